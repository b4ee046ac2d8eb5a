import type { HeldoutSet } from './heldoutSets.ts';

// The twenty-fourth set, in a file of its own: two reports of kinds not yet here, each .spec committed before the first run
// (350281a): a county 财政局's 预算执行情况和预算草案的报告 to the county's people's congress (霍山, .txt: four budgets' revenue
// and spending against the year's budget, debt and its limit, 1. items of the year's work, next year's draft, towns and 乡,
// a park and a reservoir, hospitals and a county firm, joint checks after 会同) and a city 医疗保障局's 2024 summary and 2025
// plan as its site publishes it (邢台, .html: a TRS_Editor article with bold （一） headings opening their paragraphs, insured
// numbers, payment rates, fraud checks after 会同, two hospitals' rates after 分别, the director's visits, a county bureau's
// joint check, 京津冀 settlement, site chrome with selects of other bureaus' sites).
export const TWENTY_FOURTH_SET: HeldoutSet = {
  label: 'twenty-fourth set',
  reports: new Set(['huoshan-county-budget-report-2025.txt', 'xingtai-medical-insurance-bureau-2024.html']),
  // The first run, untouched (main f51f13d).
  floors: {
    person: { p: 1, r: 1 },
    place: { p: 1, r: 0.954 },
    organization: { p: 1, r: 1 },
    regulation: { p: 1, r: 1 },
    campaign: { p: 1, r: 1 },
    figures: { p: 1, r: 1 },
    // heldout24: 分别 in a clause naming nobody goes back over clauses naming nobody to the names the sentence opened on
    // (邢台市人民医院、邢台市第三医院牵头…，医保基金实行总额付费，2家医院…分别下降8.3%和6.9%); a subjectless clause building up
    // several bodies, each with the part built (支持霍山县医院新院区、霍山县中医院康复楼建设，安排资金4300万元): .965/.949 → 1/.983.
    links: { p: 1, r: 0.983 },
    sections: { p: 1, r: 1 },
    measures: { p: 1, r: 1 },
  },
};
