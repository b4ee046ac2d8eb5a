import type { HeldoutSet } from './heldoutSets.ts';

// The thirtieth set, in a file of its own: two reports of kinds not yet here, each .spec committed before the first run
// (b95322a): a city 住房和城乡建设局党组's 巡察整改进展情况通报 as an old site's page saved in GBK (九江, .html, charset=gb2312:
// layout tables around the article, a data <table> of 问题/整改措施/责任科室/完成时限/进展, 老旧小区 and 保障性住房 counts, named
// 小区 in their 街道 and 社区, a property firm and a gas firm, a cadre's case) and an economic-technological development zone's
// 党工委 巡察整改通报 (濮阳, .txt: 第一部分 parts, half-width (一) headings with their body on the line, 1. problems with
// half-width (1) items, towns, a township and villages, a river, joint work after 联合/会同/与).
export const THIRTIETH_SET: HeldoutSet = {
  label: 'thirtieth set',
  reports: new Set(['jiujiang-housing-construction-bureau-2024-gbk.html', 'puyang-economic-development-zone-2024.txt']),
  // The first run, untouched (main 90ea0d4).
  floors: {
    person: { p: 1, r: 0.8 },
    place: { p: 0.95, r: 0.826 },
    organization: { p: 0.958, r: 0.92 },
    regulation: { p: 1, r: 1 },
    campaign: { p: 0.875, r: 0.875 },
    figures: { p: 0.992, r: 0.992 },
    links: { p: 0.919, r: 0.838 },
    sections: { p: 1, r: 1 },
    measures: { p: 1, r: 1 },
  },
};
