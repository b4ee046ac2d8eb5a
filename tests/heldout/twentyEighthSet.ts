import type { HeldoutSet } from './heldoutSets.ts';

// The twenty-eighth set, in a file of its own: two reports of kinds not yet here, each .spec committed before the first run
// (c1c1b17): a city 科学技术局党组's 巡察整改进展情况通报 as a site exports it (金华, .md: front matter, ## / ### headings, bold
// 1． problem headings with bold 整改措施 lines of 一是…三是, a pipe table of problems, measures, deadlines and the divisions
// responsible, a contact line with a phone, a street number and a postcode) and a county 供销合作社联合社's year work summary
// saved as UTF-16LE with CRLF (沭阳, .txt: full-width-space indents, the system's companies and a cooperative named by its
// town and village, joint work after 会同/联合/与, a village it helps, inline （一） headings of next year's plan, a
// signature and an 附件 list of numbered documents).
export const TWENTY_EIGHTH_SET: HeldoutSet = {
  label: 'twenty-eighth set',
  reports: new Set(['jinhua-science-technology-bureau-2024.md', 'shuyang-supply-marketing-cooperative-2024-utf16.txt']),
  // The first run, untouched (main e0a1998).
  floors: {
    person: { p: 1, r: 1 },
    place: { p: 1, r: 0.975 },
    organization: { p: 0.88, r: 0.814 },
    regulation: { p: 1, r: 1 },
    campaign: { p: 1, r: 1 },
    // heldout28: a list's number before a year is no span of years (附件：…3．2024年…汇总表; src/figures/findFigures.ts):
    // .993/1 → 1/1.
    figures: { p: 1, r: 1 },
    // heldout28: a space where a Markdown page's bold label ends (**整改措施：** 一是联合市财政局…) no longer hides the partner
    // opening the clause (src/document/clauseSubject.ts LEADING_ADVERBS); a cooperative named by its county, town and village
    // does the town's and village's work (src/link/enclosingPlaces.ts); a village a body is tied to for aid (挂钩帮扶/定点帮扶/
    // 对口帮扶 X村) shares its counts (src/link/jointWork.ts): .705/.756 → .737/.890. The issuer read from a title or a
    // signature naming a union of cooperatives (…供销合作社联合社, whose signature stands above an 附件 list), and called 县联社
    // (src/normalize/inferReportMeta.ts, src/link/linkReport.ts): its joint counts are no longer its own: .737 → .802.
    links: { p: 0.802, r: 0.89 },
    sections: { p: 1, r: 1 },
    measures: { p: 1, r: 1 },
  },
};
