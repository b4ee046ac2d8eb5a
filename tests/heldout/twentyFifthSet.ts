import type { HeldoutSet } from './heldoutSets.ts';

// The twenty-fifth set, in a file of its own: two reports of kinds not yet here, each .spec committed before the first run
// (9c3af61): a county government's 政府信息公开工作年度报告 as its site publishes it (铅山, .html: a 索引号 table above the
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
    place: { p: 0.947, r: 1 },
    organization: { p: 0.904, r: 0.95 },
    regulation: { p: 1, r: 1 },
    campaign: { p: 1, r: 0.888 },
    figures: { p: 1, r: 0.67 },
    links: { p: 0.947, r: 0.9 },
    sections: { p: 0.537, r: 1 },
    measures: { p: 1, r: 1 },
  },
};
