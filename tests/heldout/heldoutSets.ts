import type { Area } from './compareExpectation.ts';
import { TWENTY_THIRD_SET } from './twentyThirdSet.ts';
import { TWENTY_FOURTH_SET } from './twentyFourthSet.ts';
import { TWENTY_FIFTH_SET } from './twentyFifthSet.ts';
import { TWENTY_SIXTH_SET } from './twentySixthSet.ts';
import { TWENTY_SEVENTH_SET } from './twentySeventhSet.ts';
import { TWENTY_EIGHTH_SET } from './twentyEighthSet.ts';
import { TWENTY_NINTH_SET } from './twentyNinthSet.ts';
import { THIRTIETH_FLAT_SET, THIRTIETH_SET } from './thirtiethSet.ts';
import { THIRTY_FIRST_SET } from './thirtyFirstSet.ts';
import { THIRTY_SECOND_SET } from './thirtySecondSet.ts';
import { THIRTY_THIRD_SET } from './thirtyThirdSet.ts';
import { THIRTY_FOURTH_SET } from './thirtyFourthSet.ts';

/** A set of held-out reports and the precision and recall per area it must keep. */
export interface HeldoutSet {
  label: string;
  /** Its reports' file names (the first set: every report no later set names). */
  reports: ReadonlySet<string>;
  floors: Record<Area, { p: number; r: number }>;
}

// Held-out reports written by hand (tests/fixtures/heldout: a county, two districts, a provincial department, a state-owned
// group, a university, a town's 巡察), each with an expectation written before the extractor was run on it. The floors are
// what the extraction reached on them: a ratchet against over-fitting to the development set, not a target.
const FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 1 },
  place: { p: 1, r: 1 },
  organization: { p: 1, r: 1 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 1 },
  figures: { p: 1, r: 1 },
  links: { p: 1, r: 1 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};

// The second set: six longer reports (and a seventh, see below) (2,000 characters and more) written later, in every input form the command reads
// (a GBK file in traditional script, a saved page with site chrome, Markdown with front matter), none of them tuned on.
// First run (before any fix): person .92/.92, place .97/.94, organization .81/.65, campaign .96/.87, figures .92/.92,
// links .85/.72, sections 1/.93. The misses went to ENTITY-FINDINGS.md and FIGURE-FINDINGS.md and were fixed there, so
// these six are no longer unseen; the floors stand at the committed state.
// After the entity fixes for 清江, 成渝地区, 重庆江北国际机场, 浙江大学医学院附属第一医院, 市疾控中心 and 委党组 (02:15 UTC):
// place .98/1 → 1/1, organization .98/.94 → 1/1, links .985/.985 → .993/1.
// Campaign rules for launched …行动 (开展村庄清洁行动) and launched “X”机制 (深化“民呼我为”机制): campaign 1/.93 → 1/1.
// The issuer named as a partner after 与/同/和 is not the subject (驻厅纪检监察组与厅党组…56人次): links .993/1 → 1/1.
const LONG = new Set([
  'jiaxing-city-2019.txt',
  'yudu-county-2021.txt',
  'huayuan-construction-group-2020.txt',
  'yuexiu-district-2022-gbk.txt',
  'anji-county-2022.html',
  'shaoxing-health-commission-2023.md',
  // Written after the fixes above and run once, untuned: an autonomous county with ⑴ ⑵ items and a river, a Chongqing district,
  // a provincial department in Markdown with bold headings.
  'changyang-county-2021.txt',
  'yubei-district-2020.txt',
  'hunan-ecology-dept-2022.md',
]);
const LONG_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 1 },
  place: { p: 1, r: 1 },
  organization: { p: 1, r: 1 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 1 },
  figures: { p: 1, r: 1 },
  links: { p: 1, r: 1 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};

// The third set: two reports written after everything above had been fixed against, each .spec committed before the
// first run (2715be5): a city 生态环境局党组 on central environmental inspection rectification (rivers, industrial
// parks, many figures; 淄博) and a county 教育局党组 on a 县委巡察 (schools, villages, 1． headings; 平遥).
// First run, both together: person 1/.71, place .91/.83, organization .84/.67, regulation 1/1, campaign 1/.63,
// figures 1/1, links .83/.66, sections 1/1, measures 1/1.
// Fixes, each on sentences of its own: surname 阎 and staff posts before a name (会计, 出纳, 教师): person 1/.71 → 1/1.
// Rivers and lakes that are one word jieba guessed or took for a name (马踏湖, 小清河), 猪|龙河, no 河入小清河, 化学工业区 as
// a zone suffix: place .91/.83 → 1/.94, links .83/.67 → .92/.74.
// 会同 (together with) before the county's own body is no county of Hunan; 联合|县公安局/n is a level department:
// organization .84/.67 → .90/.75, links .92/.74 → .95/.81.
// Another place's department (晋中市|教育局: a field before a sector head; not the bare form of the report's own) and a
// branch (生态环境局临淄分局): organization .90/.75 → .91/.83.
// After the list-example correction of the 淄博 spec (README), links .95/.85; a town right after its county after 在
// (在沂源县鲁村镇、东里镇) and 实施/完成 as acts after a place (not part of a name): links → .96/.94.
// A quoted drive with a two-character field before its head (“利剑”执法专项行动): campaign 1/.63 → 1/.75.
// A numbered team of a field's inspection (中央第三生态环境保护督察组): organization .91/.83 → .91/.88.
// Schools named by their place (宁固镇中心小学, 平遥中学 by the county's short name), the town or village a local unit is
// named by kept as a place, and the body after 被 that acts on the counted things (7所学校被晋中市教育局评为):
// place 1/.94 → 1/.97, organization .91/.88 → .92/.96, links .955/.94 → .97/.955.
// A stationed team known by its number named with its sender (县纪委监委派驻第五纪检监察组): organization → .96/1.
// Units counted and then their things (10个乡镇（街道）的42所学校) are no unnamed owner: links → .97/.97.
const THIRD = new Set(['zibo-ecology-bureau-2022.txt', 'pingyao-education-bureau-2022.txt']);
const THIRD_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 1 },
  place: { p: 1, r: 0.97 },
  organization: { p: 0.96, r: 1 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 0.875 },
  figures: { p: 1, r: 1 },
  links: { p: 0.96, r: 0.97 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};

// The fourth set: two reports of kinds not yet here, each .spec committed before the first run (5cbacef, 8f903ef): a city
// 审计局's audit work report to the 人大常委会 (芜湖: audited units and companies, foreign loans) and a district 纪委监委's
// 全会 work report (涪城: 立案/处分 counts, cases of officials with their posts, …专项整治 campaigns).
// First run, both together (p/r): person 1/.73, place .96/.89, organization .87/.87, regulation 1/1, campaign 1/.91,
// figures 1/1, links .90/.76, sections 1/1, measures 1/1.
// A party committee's own commissions (市委审计委员会), the role before a company (施工单位|…有限公司), 管理处 as a head, a
// country's agency named by a verb (法国|开发署): organization .87/.87 → .93/.97, links .90/.76 → .98/.83.
// A congress or committee named with its term (芜湖市第十七届人民代表大会常务委员会, 中国共产党…第十四届纪律检查委员会):
// organization → 1/.97.
// Bylines (a post, a space and a name on a line; a name alone among the head lines) and 主任|何|光明 (任何 glued):
// person 1/.73 → 1/1, links .98/.83 → .98/.847.
// The report's own county by its short name standing as a place word (现代化|涪城/ns), and 中华人民共和国 made an optional
// place in the 涪城 spec (README): place .96/.89 → 1/.93.
// A numbered team listed after another shares its sender (区委第一巡察组、第二巡察组), and a name joined to the next by a
// separator alone is a list example only if that one is: organization → 1/1, links → .98/.898.
// 成渝地区双城经济圈 read since main's region rules (another helper's): place → 1/.96. A drive named by a long
// description of problems (…不正之风和腐败问题集中整治; 之 inside an idiom no stop): campaign 1/.91 → 1/1.
// A clause opening on 会同 a body has that body as its subject (三是会同区医保局开展…，追回…): links → .98/.915.
const FOURTH = new Set(['wuhu-audit-bureau-2023.txt', 'fucheng-district-discipline-2023.txt']);
const FOURTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 1 },
  place: { p: 1, r: 0.96 },
  organization: { p: 1, r: 1 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 1 },
  figures: { p: 1, r: 1 },
  links: { p: 0.98, r: 0.96 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};

// The fifth set: two reports of kinds not yet here, each .spec committed before the first run (dee6fb4): a city
// intermediate people's court's work report to the people's congress (潍坊: 审结/执结 counts, named cases, laws with and
// without 《》, basic courts and a 人民法庭, towns of circuit courts, a river) and a county government's work report (安溪:
// outcomes against targets, towns and villages, a park, named projects, companies, cooperation with 宁夏 and 厦门, a
// Malaysian sister city).
// First run, both together (p/r): person 1/.71, place .91/.85, organization .93/.96, regulation 1/.67, campaign 1/.71,
// figures 1/1, links 1/.79, sections 1/1, measures 1/1.
// A report judged wrapped by its body, not its head lines and not its heading lines' headings (the court's byline):
// person → 1/.86; then people before 等17人 (another helper's): person → 1/1. Unmarked laws as a field's kind of law
// (行政|诉讼法) and after 宣传/适用: regulation 1/.67 → 1/1. 市人大 is the congress, not its standing committee:
// organization .93/.96 → 1/.96. A one-character river jieba does not know before 流域/河道 (弥河), and bodies named by a
// river (弥河流域环境资源巡回法庭): place → .91/.88, organization → 1/1, links → 1/.82. A struggle launched (开展扫黑除恶斗争)
// and a …工程 by its phase or investment: campaign 1/.71 → 1/1. 全县 ends no place (惠及/ns|全县): place → .94/.88.
// links10: a partner after 与 opening a clause of joint work (与厦门市思明区共建…，引进项目9个), with other helpers' fixes
// of the session: links → 1/1.
const FIFTH = new Set(['weifang-intermediate-court-2023.txt', 'anxi-county-government-2023.txt']);
const FIFTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 1 },
  place: { p: 0.93, r: 0.88 },
  organization: { p: 1, r: 1 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 1 },
  figures: { p: 1, r: 1 },
  links: { p: 1, r: 1 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The sixth set: two reports of kinds not yet here, each .spec committed before the first run: a county 纪委监委's 全会 work
// report in Xinjiang (察布查尔锡伯自治县: towns and villages with Xibe, Kazakh and Uyghur names, transliterated names with ·,
// a 口岸, the 伊犁河, a 兵团 regiment's 纪委) and a city 商务局's work summary on trade and foreign ties (连云港: countries,
// foreign cities and regions, international bodies, foreign and Chinese companies, trade fairs, ports and zones).
// First run, both together (p/r): person .60/.50, place .88/.73, organization .93/.75, regulation 1/1, campaign 1/.59,
// figures 1/.98, links .58/.61, sections 1/1, measures 1/1.
// Names joined by a middle dot with the Turkic names' characters (阿不都热合曼·买买提): person → 1/.83. A village's long name
// run back to its town (琼博拉镇|索墩|布拉克|村原), Japan's 府, Korea's 道 and a one-character city after a country (日本|堺|市),
// a hyphened division (北莱茵-威斯特法伦州): place → .96/.85. A company from its foreign country on (韩国星和…株式会社), no
// 三是 in a company's name: organization → .97/.81. Named fairs after their edition or a verb of taking part
// (第七届中国国际进口博览会): campaign 1/.59 → 1/.91; 列 and 对 as units: figures → 1/1. 海关 and 贸促会 as heads, a port by its
// city (连云港|港), no country in a port's name (韩国|釜山港): organization → .97/.86, place → .98/.89. A later 分别 pairs the
// names of the one before. Zones named 'X（place）…区/园/基地' (中国（江苏）自由贸易试验区连云港片区): place → .98/.94,
// links → .98/.91. 乡长 and 旗长 as posts before a name (副乡长马成林): person → 1/.92, links → .98/.93.
// …专项整治 after a field of three characters (校园餐专项整治): campaign → 1/.95.
// The county's own company opened by the county's short name and level (察布查尔|县|城乡建设投资有限责任公司): organization
// → 1/.91.
const SIXTH = new Set(['qapqal-county-discipline-2024.txt', 'lianyungang-commerce-bureau-2024.txt']);
const SIXTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 0.91 },
  place: { p: 0.98, r: 0.93 },
  organization: { p: 1, r: 0.91 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 0.95 },
  figures: { p: 1, r: 1 },
  links: { p: 0.98, r: 0.94 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The seventh set: two reports of kinds not yet here, each .spec committed before the first run: a banner government's work
// report in Inner Mongolia (阿鲁科尔沁旗: 苏木, 嘎查 and 镇, Mongolian names with and without ·, cooperatives, herding and
// farming figures, next year's targets) and a city 市场监督管理局's work summary (宜宾: enforcement cases with companies,
// shops and people, fines, food and drug campaigns, laws with and without 《》).
// First run, both together (p/r): person .83/.45, place .86/.72, organization .85/.49, regulation 1/1, campaign .93/.81,
// figures .97/.97, links .72/.54, sections 1/1, measures 1/1.
// 旗 and 盟 as level words in a banner's or league's own report (旗委, 旗人大常委会, 旗林业和草原局), hospitals of a minority's
// medicine (旗蒙医医院), a level's numbered or kind schools (旗第一中学, 县第二中学), 乌兰牧骑: organization → .94/.83,
// links → .74/.64 (the banner itself, named only in its bodies' names, is no longer a place of its own: place → .86/.70).
// 嘎查 after its 苏木 or 镇 (阿民温都尔嘎查, 查干花嘎查), 苏木镇 and 嘎查村 as kinds, a town after a word of two jieba read
// (其中|天山口镇): place → .90/.84, links → .77/.72.
// Mongolian names of two name words (孟和巴特尔, 乌云其木格), Mongolian characters between middle dots (包·额尔敦), 牧民 and
// 个体工商户 before a name (个体工商户刘德明): person → 1/.91, links → .78/.74.
// 头只 and 台件 as units (318.6万头只, 2.4万台件): figures → .99/.99; a level's hospital named in full (旗蒙医医院 →
// 阿鲁科尔沁旗蒙医医院): links → .80/.77.
// links13: a village's collective income and the places a cooperative is named by (阿民温都尔嘎查, 巴彦花镇沙日哈达村), and
// the floors of the eighth, fourteenth to seventeenth sets, raised where links13's rules lift them: links → .93/.93.
const SEVENTH = new Set(['ar-horqin-banner-government-2025.txt', 'yibin-market-regulation-2024.txt']);
const SEVENTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 0.9 },
  place: { p: 0.9, r: 0.83 },
  organization: { p: 0.93, r: 0.82 },
  regulation: { p: 1, r: 1 },
  // links15: ordinal national campaigns (第32个全国税收宣传月, 第四次全国文物普查), a quoted name with a kind noun and 工程, named works across 及/与 or with their stage or investment after them (“三北”工程科尔沁沙地歼灭战): .92/.81 → 1/.875.
  // links16: a festival numbered by its edition, whatever its first word (第十届阿鲁科尔沁那达慕大会): r .875 → .938.
  campaign: { p: 1, r: 0.93 },
  // heldout24: a duration counted with 个 keeps its unit (企业开办时间压缩至0.5个工作日, read as 0.5个): .99/.99 → 1/1.
  figures: { p: 1, r: 1 },
  // links14: a penalty a person pays is the person's alone; 其 stands for the person named before; what is given to people named is theirs: p .93 → .96.
  // links15: a fine a named body pays keeps no places of the incident (对宜宾市翠屏区福满园餐饮管理有限公司罚款8.5万元): p .96 → .98.
  links: { p: 0.98, r: 0.93 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The eighth set: two reports of kinds not yet here, each .spec committed before the first run: a county 县委's report to
// its party congress (光山: five years back and five ahead, targets, towns and villages, parks, companies, cadres and a model
// worker) and a city 妇联's work report (安庆: women named with honours, 巾帼 campaigns, charity projects and funds,
// foundations, schools, a court, social organizations).
// First run, both together (p/r): person 1/.86, place .90/.78, organization .86/.79, regulation .88/.88, campaign .84/.67,
// figures 1/1, links .91/.78, sections 1/1, measures 1/1.
// A quoted fund or loan product, “X”…公益/救助/检查项目 as a project of its own, “X”创建行动 whole, a two-part slogan known by
// its first part, named festivals: campaign → .96/.96. A family named after a member (何永红家庭): person → 1/1. A county's
// zone named by a field (光山县|电子商务|产业园), 产业集聚区, a one-character river listed after another, no place from a
// built-up area (潢河|城区), a village glued to the next word after its town (平峰|村章): place → .98/.89, links → 1/.84.
// 反 kept in an unmarked law (反家庭暴力法): regulation → 1/1.
// With other helpers' organization rules of the same session and 市立医院 (安庆市|立|医院): organization → .87/.87, links → 1/.86.
const EIGHTH = new Set(['guangshan-county-party-congress-2021.txt', 'anqing-womens-federation-2024.txt']);
const EIGHTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 1 },
  place: { p: 0.97, r: 0.88 },
  organization: { p: 0.87, r: 0.87 },
  regulation: { p: 1, r: 1 },
  // links16: waters listed before a work's head share it (官渡河、潢河城区段综合治理工程): p .96 → 1.
  campaign: { p: 1, r: 0.95 },
  figures: { p: 1, r: 1 },
  // links15: the places an item after ； works on (三是推进光山县羽绒产业园建设，到2025年园区入驻企业…): r .89 → .918.
  links: { p: 1, r: 0.918 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The ninth set: two reports of kinds not yet here, each .spec committed before the first run: a provincial government's
// work report (辽宁: cities, counties and new areas, provincial departments, central bodies, foreign countries, regions and
// companies, fairs, railways, airports and ports, five-year and next year's targets) and a city 人大常委会's work report
// (株洲: laws and local regulations, 执法检查 and 专题询问, appointments and removals of named officials, 专门委员会,
// 代表联络站 in towns and streets, deputies named with their posts).
// First run, both together (p/r): person 1/.50, place .97/.87, organization .87/.60, regulation .95/.95, campaign .88/.61,
// figures 1/.99, links .80/.78 (.74/.72 before links were read by any of the expectation's names), sections 1/1, measures 1/1.
// Names in appointments and removals (appointedNames.ts): person → 1/1. A congress's and CPPCC's committees
// (assemblyCommittees.ts), a city's name at a body's front whatever jieba tags it, bracketed companies, a body opening a
// project's name: organization → .97/.87, links → .90/.91. Fairs listed after the first, 全面 after 是, 攻坚年: campaign →
// .95/.83. Rivers of a bound character listed after a river (渌水, 洣水): place → .97/.90.
// An institute after its academy (中国科学院|沈阳自动化研究所), no unit out of a hospital's national rank (…附属第一医院|国家区域
// 医疗中心): organization → 1/.94. A level's 监察委员会 written in full (市监察委员会, orgs11): organization → 1/.955.
const NINTH = new Set(['liaoning-provincial-government-2025.txt', 'zhuzhou-congress-standing-committee-2025.txt']);
const NINTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 1 },
  place: { p: 0.97, r: 0.89 },
  organization: { p: 1, r: 0.955 },
  regulation: { p: 0.94, r: 1 },
  // links15: ordinal national campaigns (第32个全国税收宣传月, 第四次全国文物普查), a quoted name with a kind noun and 工程, named works across 及/与 or with their stage or investment after them: .95/.82 → 1/.956.
  campaign: { p: 1, r: 0.956 },
  figures: { p: 1, r: 1 },
  // links15: 312亿元 linked to the named work 华锦阿美精细化工及原料工程: .93/.95 → .946/.972.
  // links15: a person whose suggestion drove the work (谭志红提出的…建议，推动…; 曾凡英反映的…问题): r .972 → .99.
  // links16: the ends of a route qualify what is counted (开通至俄罗斯、蒙古国的海铁联运班列23条): p .948 → .965.
  links: { p: 0.96, r: 0.99 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The tenth set: two reports of kinds not yet here, each .spec committed before the first run: a county 水利局's summary and
// plan (舒城: reservoirs, rivers and their sections, 灌区 and a canal, 河长 by name, sand-mining fines, drinking-water works by
// town and village, builders) and a city 民族宗教事务局's summary (常德: ethnic townships, temples, mosques, churches and a
// Taoist temple, religious associations and figures with their titles, festivals, a forest park, a book in 《》).
const TENTH = new Set(['shucheng-water-bureau-2023.txt', 'changde-ethnic-religious-affairs-2023.txt']);
// First run, both together (p/r): person 1/.81, place .84/.71, organization .91/.70, regulation 1/.77, campaign .68/.57,
// figures 1/1, links .75/.54, sections 1/1, measures 1/1.
// A township of a people by its short name (枫树乡), works, grounds and places of worship by the word before their class
// noun (方冲|水库, 夹山|国家森林公园, 乾明|寺), villages after their town (后河|村, 龙潭|村村, 普庆村/x), a river in a list:
// place → .99/.97, links → .86/.78. A level's associations, headquarters, stations and 河长 office (with other helpers'
// organization rules): organization → .95/.91. Clergy before their title, 村民 before a name: person → 1/.95. Projects by
// their stage: campaign → .75/.65. A level's numbered waterworks (县第二水厂, orgs11) with other helpers' rules of the
// eleventh session: organization → .955/.977.
const TENTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 0.95 },
  place: { p: 0.98, r: 0.96 },
  organization: { p: 0.955, r: 0.977 },
  regulation: { p: 1, r: 0.92 },
  // links15: a programme whose name holds a stop word, run by 实施 (农村饮水安全巩固提升工程): .85/.78 → .86/.82.
  // links16: a quoted festival hosted (举办土家族“社巴节”), a quoted 助学金: .875/.826 → .875/.913.
  // heldout24: a drive searching out a field's problems (开展妨碍河道行洪突出问题排查整治): .875/.913 → .88/.956.
  campaign: { p: 0.88, r: 0.956 },
  figures: { p: 1, r: 1 },
  // links14: a penalty a person pays is the person's alone; 其 stands for the person named before; what is given to people named is theirs: .94/.86 → .96/.89.
  // links14: what a subject relies on (邵福寺村依托夹山寺发展民宿14家) is no part of its count: p .96 → .97.
  // links15: the places an item after ； works on (三是推进七门堰灌区…改造，新增…3万亩), a class noun standing for the places named before (力争民族乡接待游客…): .97/.89 → .972/.916.
  // links16: where a thing lies (夹山寺位于夹山国家森林公园内，全年接待…63万人次): r .916 → .921.
  links: { p: 0.972, r: 0.92 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The eleventh set: two reports of kinds not yet here, each .spec committed before the first run: a county 退役军人事务局's
// summary (永新: veterans with their honours, 光荣院, a 烈士陵园 named by its county, 双拥 campaigns, companies hiring veterans,
// pension figures) and a city 税务局's summary (常州: taxes by kind and district, named companies and cases with people,
// district 税务局 with their 税务所 and 税务分局, 便民办税春风行动, laws with and without 《》, a treaty with 德国).
const ELEVENTH = new Set(['yongxin-veterans-affairs-2023.txt', 'changzhou-tax-bureau-2023.txt']);
// First run (untouched, main e48e842), both together (p/r): person 1/.57, place .87/.90, organization .98/.78, regulation
// 1/.71, campaign .85/.85, figures 1/1, links .69/.48, sections 1/1, measures 1/1. After the lead's fixes of the same
// session (veterans as a cue, a bureau's units, no body inside a place): person 1/.71, place .90/.90, organization
// .98/.88, links .81/.56; floors there. links10: a body's sub-unit after it (武进区税务局|湖塘税务所), partners after 联合 as
// examples (…、常州海关等部门), 与 opening joint work (与常州大学共建…), with other helpers' fixes: links → .85/.73.
// A county's armed forces' department (县人民武装部, orgs11) with other helpers' rules: organization → .98/.91.
// A tax office by its town's short name, whatever words jieba cut it into (茶山税务所, orgs12): organization → .98/.93.
// A company opened by its province's and county's short names (江西|永新|华能电子科技有限公司, companies13): organization → 1/.95.
const ELEVENTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 0.7 },
  place: { p: 0.89, r: 0.89 },
  organization: { p: 0.99, r: 0.94 },
  regulation: { p: 1, r: 1 },
  // links15: ordinal national campaigns (第32个全国税收宣传月, 第四次全国文物普查), a quoted name with a kind noun and 工程, named works across 及/与 or with their stage or investment after them: .84/.84 → .92/.92.
  // links16: quoted targets one after another before one drive, with the verb of its target (打击“假企业”“假出口”“假申报”专项行动): .92/.92 → 1/1.
  campaign: { p: 1, r: 1 },
  figures: { p: 1, r: 1 },
  // links14: a penalty a person pays is the person's alone; 其 stands for the person named before; what is given to people named is theirs: .87/.82 → .97/.86.
  // links15: whom a body serves after 为 (为博世汽车部件（常州）有限公司的德国股东办理…，减免税款4200万元), partners of a cooperation set up (与吉安市中心医院、永新县中医院建立…合作) and a body gone to (赴井冈山干部学院): .97/.86 → .976/.92.
  links: { p: 0.976, r: 0.92 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The twelfth set: two reports of kinds not yet here, each .spec committed before the first run: a city 外事办公室's annual
// summary (洛阳: sister cities abroad with their countries, foreign officials in transliteration with their titles, consulates,
// international organizations, foreign companies' investments, fairs, forums and a festival) and a county 人民检察院's work
// report to the county's people's congress (龙游: cases with defendants named in full and masked as 某某, which are no names,
// towns, villages and rivers, laws with and without 《》, 专项行动 and 专项监督).
const TWELFTH = new Set(['luoyang-foreign-affairs-office-2023.txt', 'longyou-procuratorate-2023.txt']);
// First run (untouched, main a0cb621), both together (p/r): person .92/.73, place .96/.89, organization .97/.80, regulation
// 1/.78, campaign .93/.74, figures 1/1, links .83/.60, sections 1/1, measures 1/1; floors there. Two corrections of the
// 洛阳 spec to its own written conventions after the run (韩国公州市议会 an alias of the optional 公州市议会, 欧洲 in
// 欧洲研发中心 an optional place) read place .98/.89, organization 1/.80. After the same session's general fixes (people's
// surnames and glued names, laws without marks, named events and projects, case topics): person .93/.87, place .98/.89,
// organization 1/.80, regulation 1/1, campaign 1/1, links .89/.81; floors raised there. A place's procuratorate whose 人民检察院
// jieba reads as one word (衢州市|人民检察院/nt) is no bare 检察院 of the report's own: organization 1/.84. A body's division
// after its name (县检察院第三检察部, 市公安局出入境管理支队): organization 1/.88, links .92/.83. A county's jail (县看守所,
// orgs11): organization 1/.918. An office's section after it (市外办国际交流科, orgs15): organization 1/.938.
const TWELFTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 0.92, r: 0.86 },
  place: { p: 0.97, r: 0.88 },
  organization: { p: 1, r: 0.938 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 1 },
  figures: { p: 1, r: 1 },
  // links16: the places a delegation visits and the body it is of (率市政府代表团访问日本冈山市和韩国公州市，签署…协议5项), an heir of a craft as a title (代表性传承人王素芬), the body that builds a named work (X投资38亿元建设的…工程): .921/.833 → .925/.881.
  links: { p: 0.925, r: 0.88 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The thirteenth set: two reports of kinds not yet here, each .spec committed before the first run: a city 应急管理局's annual
// work summary (荆门: accidents with the companies and towns where they happened and the people held responsible, fines,
// inspection drives, flood and forest-fire drills, rescue teams named by place) and a county 统计局's 国民经济和社会发展统计公报
// (婺源: figures by sector with growth, parks, towns, the largest taxpayers, scenic areas).
const THIRTEENTH = new Set(['jingmen-emergency-management-2023.txt', 'wuyuan-statistics-bureau-2023.txt']);
// First run (untouched, main ea071cd), both together (p/r): person 1/.83, place 1/.91, organization .86/.71, regulation -
// (none), campaign 1/1, figures 1/1, links .76/.61, sections 1/1, measures 1/1. After the lead's fixes of the same session
// (a place's department after its full name, a company after its town, 工业园区, 减灾委员会, 赵/nr|志强/nrfg): person 1/1,
// place 1/.93, organization .97/.88, links .90/.80; floors there. Rescue teams named by their place (石牌镇应急救援队, 沙洋县
// 汉江防汛抢险突击队) and a national bureau's unit named with it (国家统计局婺源调查队): organization .97/.97, links .91/.81.
// links10: a list closing the clause before 分别 (企业为A、B和C，分别缴纳…), the county and town before a company kept
// (钟祥市胡集镇|湖北金磷化工有限公司): links → .91/.88.
// companies13: a company after its town named from its trade name on (沙洋县后港镇|鑫盛建材有限公司): organization → 1/1.
const THIRTEENTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 1 },
  place: { p: 1, r: 0.92 },
  organization: { p: 0.99, r: 0.99 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 1 },
  figures: { p: 1, r: 1 },
  // links14: a penalty a person pays is the person's alone; 其 stands for the person named before; what is given to people named is theirs: .92/.89 → .96/.93.
  // links15: a fine a named body pays keeps no places of the incident (施工单位…公司被罚款48万元): p .96 → .987.
  links: { p: 0.987, r: 0.93 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
const FOURTEENTH = new Set(['yanxia-town-government-2023.txt', 'guizhou-health-commission-2023.txt']);
// First run (untouched, main 0c13b99), both together (p/r): person .80/1, place .88/.73, organization .97/.95, regulation
// 1/.75, campaign .91/.83, figures 1/.99, links .90/.72, sections 1/1, measures 1/1. After the fixes of the same session (a
// rate per 10万, the places after 赴, the issuer before its 会同 partner, no event in a congress of deputies, a staged work named by a hospital): campaign 1/.92,
// figures 1/1, links .93/.77; floors there.
// orgs13: a museum its own site names is a body (昭陵博物馆), not a place: place p .93 → .96, organization r .95 → .97.
const FOURTEENTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 0.8, r: 1 },
  place: { p: 0.96, r: 0.73 },
  organization: { p: 0.97, r: 0.97 },
  regulation: { p: 1, r: 1 },
  // links16: a festival numbered by its edition (第五届烟霞乡村旅游文化节): r .91 → 1.
  campaign: { p: 1, r: 1 },
  figures: { p: 1, r: 1 },
  links: { p: 0.95, r: 0.89 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
const FIFTEENTH = new Set(['gansu-education-dept-2023.txt', 'liuzhou-sasac-2023.txt']);
// First run (untouched, main a2fc141), both together (p/r): person .75/1, place .98/.95, organization .89/.97, regulation
// 1/1, campaign 1/.79, figures 1/1, links .92/.83, sections 1/1, measures 1/1. The spec's one change after the run (习近平, named
// inside the 主题教育's name, an optional person as in the sets before): person 1/1. A quoted programme before what it does
// (“国培计划”培训): campaign 1/.86. A stationed discipline team named with the body that sends it, written right before it
// (市纪委监委驻市国资委纪检监察组, orgs11): organization → .918/1.
const FIFTEENTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 1 },
  place: { p: 0.97, r: 0.95 },
  organization: { p: 0.918, r: 1 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 0.92 },
  figures: { p: 1, r: 1 },
  links: { p: 0.97, r: 0.91 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
const SIXTEENTH = new Set(['shiyan-civil-affairs-bureau-2023.txt', 'rizhao-sports-bureau-2023.txt']);
// A city 民政局's summary (social assistance, elderly care, registered social bodies) and a city 体育局's (events, athletes,
// venues), each .spec committed (536bc2c) before the first run. First run (untouched, main e7a15f2), both together (p/r):
// person 1/.63, place .97/.89, organization .97/.80, regulation 1/1, campaign .78/.47, figures .99/1, links .88/.80,
// sections 1/1, measures 1/1. After the fixes of the same session (sports contests held under a name, a drive named across a
// word inside it, no drive named after the places visited to supervise it, 周岁): campaign 1/1, figures 1/1, links .88/.81.
const SIXTEENTH_FLOORS: Record<Area, { p: number; r: number }> = {
  // people14: a name after a noun of staff ending in 员 (教练员陈海燕, 二级调研员张建华): person r .62 → .88.
  person: { p: 1, r: 0.87 },
  place: { p: 0.97, r: 0.89 },
  // orgs14: departments named by a verb of their work (十堰市乡村振兴局): organization r .80 → .829, links r .87 → .892.
  // orgs16: a place's funeral home (十堰市殡仪馆): r .829 → .853.
  organization: { p: 0.97, r: 0.853 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 1 },
  figures: { p: 1, r: 1 },
  links: { p: 0.98, r: 0.892 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
const SEVENTEENTH = new Set(['shigatse-city-government-2025.txt', 'qujing-public-security-bureau-2023.txt']);
// A Tibetan prefecture-level city's 政府工作报告 (border ports, herding, Tibetan names, 援藏 partners) and a city 公安局's
// summary (branches, stations by town, 支队 and 大队, cases with 某 names, police campaigns), each .spec committed (ab62402)
// before the first run. First run (untouched, main 269ea0c), both together (p/r): person 1/.86, place .97/.93,
// organization .95/.85, regulation 1/.71, campaign 1/.94, figures 1/1, links .91/.87, sections 1/1, measures 1/1.
const SEVENTEENTH_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 0.85 },
  place: { p: 0.96, r: 0.92 },
  // orgs13: a company's whole name ends the walk back of the name after it, and 有限责任/l|公司 is one legal form:
  // organization .95/.85 → .976/.872, links p .92 → .93.
  // orgs14: a committee's standing office (曲靖市禁毒委员会办公室): organization r .872 → .893, links r .86 → .872; a school
  // one city built in another (日喀则市上海实验学校): organization .977/.914.
  // orgs17: a police bureau's corps jieba knows by its work (公安分局|交警大队/nt) or names by a distinguishing word (公安局|刑事/b|
  // 侦查|支队), read with the bureau: .977/.914 → .978/.957.
  organization: { p: 0.978, r: 0.957 },
  regulation: { p: 1, r: 1 },
  // links14: a quoted programme before a thing named after it (“雪亮工程”平台): r .93 → 1.
  campaign: { p: 1, r: 1 },
  figures: { p: 1, r: 1 },
  // 0.86 → 0.85: 坚孜村集体经济收入突破80万元 now reads the village opening its clause (a village before its own 集体), which
  // then is the figure's only subject; the spec also links the district and township written before its first mention.
  // links14: a penalty a person pays is the person's alone; 其 stands for the person named before; what is given to people named is theirs: r .872 → .879.
  // links14: the places the issuer aids (帮扶A、B发展…，引进帮扶资金860万元) own the aid: .93/.879 → .94/.907.
  // orgs14: a school one city built in another (日喀则市上海实验学校) is read, and its figures go to it: → .955/.914.
  // links15: a body listed with the places that aid (在上海市…和中国中化控股有限责任公司的对口支援下) and whom a body serves after 为 (为曲靖经济技术开发区企业…): .955/.914 → .956/.936.
  // heldout22: the issuer named before its partner after 与 works with it as after 会同 (市公安局与曲靖师范学院…，定向培养…45名): p → .963.
  // orgs17: the figures of those corps linked to them, not to the bureau: → .971/.950; with heldout22's 与 rule → .978/.950.
  links: { p: 0.978, r: 0.95 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The eighteenth set: a 直属海关's 2023 summary facing Macao (ports, the cooperation zone, trade by city and country, smuggling
// drives, subordinate customs) and a county 自然资源和规划局's 2023 summary (planning, land supply, farmland, mines, forestry,
// registration; 1. and (1) levels), each .spec committed (fc16cfb) before the first run. First run (untouched, main 520f166),
// both together (p/r): person 1/.83, place .89/.82, organization .83/.52, regulation 1/1, campaign .82/.90, figures .99/.99,
// links .70/.71, sections 1/1, measures 1/1.
// companies13: a company read by its registered name's structure (浙江|长兴|和平建材有限公司, 江门市|鹏|达|摩托车有限公司,
// 中山市|华晟|照明科技有限公司).
const EIGHTEENTH = new Set(['gongbei-customs-2023.txt', 'changxing-natural-resources-bureau-2023.txt']);
const EIGHTEENTH_FLOORS: Record<Area, { p: number; r: number }> = {
  // people14: a name after a noun of staff ending in 员 (关员梁志鸿): person r .83 → 1.
  person: { p: 1, r: 1 },
  place: { p: 0.89, r: 0.82 },
  // .83/.51 → .86/.65: other helpers' rules of the same session read the issuer 拱北海关 and its units (缉私局, 横琴海关, 斗门海关).
  // → .96/.76: companies read by their registered name's structure (companies13).
  // → 1/.931: a body's mention takes in its party committee written after it (海关总署党委, orgs14); → 1/.965: a town's
  // station by its short name and field (泗安自然资源所).
  organization: { p: 1, r: 0.965 },
  regulation: { p: 1, r: 1 },
  // links14: two works joined by 与 are one programme (全域土地综合整治与生态修复工程), a launched action counted by times no drive (开展海上打私行动9次): .81/.9 → 1/1.
  campaign: { p: 1, r: 1 },
  // .98/.98 → 1/1: 千升 and 种次 as units (2.8万千升 of wine, 326种次 of pests intercepted).
  figures: { p: 1, r: 1 },
  // .69/.70 → .71/.75: the 缉私局's figures (9次, 14艘, 1860吨) once it is read.
  // → .80/.81 with the companies (companies13).
  // links16: a road named as a reference point (长兴大道以东…地块以12.6亿元成交): p .831 → .843.
  links: { p: 0.84, r: 0.8 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The nineteenth set: a city 文化广电和旅游局's 2023 summary (scenic areas, festivals, heritage sites, a museum, a library, a
// troupe, villages of crafts and rural tourism, exchanges abroad and with Hong Kong) and a 人民银行 city branch's 2023 summary
// (credit totals, relending, banks and a guarantee fund, pilots by town, cross-border settlement, fines on a bank, its former
// head and an exporter), each .spec committed (32da8d8) before the first run. First run (untouched, main 4a39480), both
// together (p/r): person .40/.67, place .88/.77, organization .94/.86, regulation 1/1, campaign 1/.67, figures .99/.99,
// links .89/.75, sections 1/1 (with the spec's one correction, a heading the text gained after the spec was written),
// measures 1/1.
const NINETEENTH = new Set(['kaifeng-culture-tourism-bureau-2023.txt', 'taizhou-pboc-branch-2023.txt']);
const NINETEENTH_FLOORS: Record<Area, { p: number; r: number }> = {
  // .40/.67 → 1/1: a name cut before its last character after a kind of person (艺人郭长/x|福带/x), no person where a
  // one-character word and the name's first make a dynasty (大/a|宋东京/nr), nor before a city jieba tags as a verb (宋韵|开封/v).
  person: { p: 1, r: 1 },
  // places15: grounds listed beside others (铁塔公园, 清明上河园, 开封府), dated sites (北宋东京城遗址, 州桥及汴河遗址), 户田市: .87/.76 → .98/1.
  place: { p: 0.97, r: 0.99 },
  // orgs15: a region's bureau after its name without 政府 (香港特别行政区康乐及文化事务署): organization .94/.857 → .939/.885.
  // orgs16: a verb jieba files as a noun before the place opening a bank (指导|台州银行): .939/.885 → .969/.914; a city's
  // station by the city jieba tags as a verb (开封/v|广播电视台): → .970/.942.
  organization: { p: 0.97, r: 0.942 },
  regulation: { p: 1, r: 1 },
  // links15: ordinal national campaigns (第32个全国税收宣传月, 第四次全国文物普查), a quoted name with a kind noun and 工程, named works across 及/与 or with their stage or investment after them: 1/.66 → 1/.81.
  // links16: a loan product in quotes (推广“共富贷”产品), festivals and shows hosted under a quoted name (暨“宋韵开封”汉服花朝节, 举办“宋风雅韵”汴绣艺术展): r .81 → .926.
  campaign: { p: 1, r: 0.92 },
  // .99/.99 → 1/1: 盆 and 尊 as counters, 个基点 and BP as units (菊花300余万盆, 同比下降38个基点).
  figures: { p: 1, r: 1 },
  // links14: 分别 before a list of which only some members are read gives each figure its own member (开封府、龙亭景区、万岁山武侠城 …): p .88 → .90.
  // links15: figures linked to the works now read (开封城墙西墙段修缮工程, 宋都古城保护与修缮工程): .90/.74 → .928/.79.
  // links15: the places a clause works on beside a quoted programme (推动临海市杜桥镇眼镜产业集群“一链一策”融资…): r .79 → .808.
  // orgs16: 开封广播电视台's figures linked to it, not to the city: .943/.870 → .952/.878.
  // links16: the places a delegation visits and the body that builds a named work: r .878 → .896.
  links: { p: 0.952, r: 0.89 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
const TWENTIETH = new Set(['shihezi-eighth-division-government-2024.txt', 'wenzhou-federation-industry-commerce-2023.txt']);
// The first run, untouched (main 5e2a81e).
const TWENTIETH_FLOORS: Record<Area, { p: number; r: number }> = {
  // people16: a unit's worker after its chain of names (一四七团十二连职工刘桂兰): r .75 → 1.
  person: { p: 1, r: 1 },
  // places15: the Corps' regiments (一四三团, 一二一团 …): r .82 → .96.
  place: { p: 0.95, r: 0.95 },
  // orgs16: chambers named with their county (苍南县金乡镇商会), host city by its short name (北京温州企业商会) or foreign
  // country (意大利温州商会): .88/.84 → .921/.921; 促进会/v as the body's word (温州市光彩事业促进会), no chamber 异地 'in
  // other places' and no trade name of a verb that enlarges a plant (泰顺县|扩建|竹木制品加工厂): → .960/.941.
  organization: { p: 0.96, r: 0.941 },
  regulation: { p: 1, r: 1 },
  // links16: a loan product and a fund in quotes (“商会贷”专属信贷产品, 设立“光彩助学”基金1000万元): r .78 → .929.
  campaign: { p: 1, r: 0.92 },
  // .99/.99 → 1/1: 锭 and 纱锭 as units of spinning capacity (纺纱产能30万锭), with 亩次 and 台套 of the same genres.
  figures: { p: 1, r: 1 },
  // places15: the regiments' figures: r .66 → .70.
  // orgs16: the chambers' figures, now linked to the chambers read whole: .87/.70 → .948/.774 → .965/.795.
  // links16: partners who sign a tie and then build together (与沙湾市、玛纳斯县签订…协议，共建产业园区2个), a partner after 与 with joint work and the town whose firms are organised (组织柳市镇电气企业与宁德时代…开展产业链对接), places paired with (与文成县南田镇结对帮扶, 结对柳市镇后西垟村), a body co-built (与温州大学共建温州民营经济学院), a cooperative a village founds (成立…专业合作社): .966/.796 → .970/.908.
  links: { p: 0.969, r: 0.9 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
const TWENTY_FIRST = new Set(['quanzhou-cppcc-standing-committee-2024.txt', 'sanming-forestry-bureau-2023.html']);
// The first run, untouched (main 3348da3).
const TWENTY_FIRST_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 0.71, r: 1 },
  place: { p: 0.91, r: 0.87 },
  // orgs17: a CPPCC's standing committee (市政协常委会, 政协泉州市第十四届委员会|常务委员会), a committee whose last field jieba
  // tags a verb (文化文史|和|学习/v|委员会), the federations of a place's fellowships in another (香港|福建社团联会, 澳门|福建同乡总会):
  // .95/.85 → .977/.934.
  organization: { p: 0.977, r: 0.934 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 0.9, r: 0.58 },
  figures: { p: 1, r: 1 },
  // heldout22: the issuer before its partner after 与 (市林业局与福建农林大学…，联合培养…120名) is not linked: p .91 → .923;
  // with orgs17's bodies read whole → .958/.856.
  links: { p: 0.958, r: 0.856 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// The twenty-second set: two reports of kinds not yet here, each .spec committed before the first run (5e89229): a city
// 审计局's report on the rectification of what its audit found, read to the 人大常委会 (南充: 整改率 and amounts handed back,
// departments, a hospital, a school, companies, towns and a village, a lake, 1. items under (一)) and a county's 政府工作报告
// as its site publishes it (洛川, .html: bold inline (一) headings, a fair, a park, 苏陕协作 with 吴江区, next year's targets).
const TWENTY_SECOND = new Set(['nanchong-audit-rectification-2024.txt', 'luochuan-county-government-2024.html']);
// The first run, untouched (main 947f5bf).
const TWENTY_SECOND_FLOORS: Record<Area, { p: number; r: number }> = {
  person: { p: 1, r: 1 },
  place: { p: 0.97, r: 0.97 },
  organization: { p: 1, r: 0.94 },
  regulation: { p: 1, r: 1 },
  campaign: { p: 1, r: 0.87 },
  figures: { p: 1, r: 1 },
  // heldout22: the body whose head reads the report under its dateline is its issuer (南充市审计局局长　罗文彬: 23个, 9个 of
  // 市审计局会同市财政局… no longer the bureau's), a firm's part in the works before its name opens the clause on it (；施工单位
  // 四川嘉陵建设工程有限公司已退回…1270万元), a hospital, school or firm built up owns the counts after (推进洛川县人民医院新院区建设，
  // 新增床位300张): .91/.91 → .939/.921.
  links: { p: 0.939, r: 0.92 },
  sections: { p: 1, r: 1 },
  measures: { p: 1, r: 1 },
};
// links11 (a body before its head's post is a title; a list or a title-only body opening a clause ends the subject; 全旗/县域
// scope openers; what the unnamed issuer works on after 对…开展/实施) raised the link floors of the fourth, sixth, seventh,
// ninth, tenth, eleventh, thirteenth, fourteenth and fifteenth sets to what they reach.
// Then a person after places and a descriptor (村民X, 一家…企业负责人X, 党支部书记、退役军人X), 赴 a place, a firm or a university
// supported (支持X扩大生产): seventh .91/.86 (a village secretary linked to his 嘎查's income, which its gold leaves to the
// places), ninth .93/.95, tenth .94/.86, eleventh .87/.82, fifteenth .92/.86.
// regs13: unmarked laws jieba cuts otherwise than subject|法 (落实/学习 as verbs of law, 食品|安全法, 反电诈法/x, 水法 among
// laws, 军人地位和权益保障法 over its inner 和, 乡村振兴促进法实施情况): regulation recall of the ninth set .94 → 1, tenth
// .77 → .92, eleventh .71 → 1, fourteenth .75 → 1, seventeenth .71 → 1.
// regs13: a short quoted name launched or carried out as work or a policy that ends the clause (深化“双减”工作，落实“双减”
// 政策。), a launched …创建活动 (开展民族团结进步创建活动): campaign recall of the third set .75 → .875, tenth .65 → .78 (p
// .75 → .86), fifteenth .85 → .93; floors raised there.

/** The sets after the first, in the order they were written. */
export const LATER_SETS: readonly HeldoutSet[] = [
  { label: 'long set', reports: LONG, floors: LONG_FLOORS },
  { label: 'third set', reports: THIRD, floors: THIRD_FLOORS },
  { label: 'fourth set', reports: FOURTH, floors: FOURTH_FLOORS },
  { label: 'fifth set', reports: FIFTH, floors: FIFTH_FLOORS },
  { label: 'sixth set', reports: SIXTH, floors: SIXTH_FLOORS },
  { label: 'seventh set', reports: SEVENTH, floors: SEVENTH_FLOORS },
  { label: 'eighth set', reports: EIGHTH, floors: EIGHTH_FLOORS },
  { label: 'ninth set', reports: NINTH, floors: NINTH_FLOORS },
  { label: 'tenth set', reports: TENTH, floors: TENTH_FLOORS },
  { label: 'eleventh set', reports: ELEVENTH, floors: ELEVENTH_FLOORS },
  { label: 'twelfth set', reports: TWELFTH, floors: TWELFTH_FLOORS },
  { label: 'thirteenth set', reports: THIRTEENTH, floors: THIRTEENTH_FLOORS },
  { label: 'fourteenth set', reports: FOURTEENTH, floors: FOURTEENTH_FLOORS },
  { label: 'fifteenth set', reports: FIFTEENTH, floors: FIFTEENTH_FLOORS },
  { label: 'sixteenth set', reports: SIXTEENTH, floors: SIXTEENTH_FLOORS },
  { label: 'seventeenth set', reports: SEVENTEENTH, floors: SEVENTEENTH_FLOORS },
  { label: 'eighteenth set', reports: EIGHTEENTH, floors: EIGHTEENTH_FLOORS },
  { label: 'nineteenth set', reports: NINETEENTH, floors: NINETEENTH_FLOORS },
  { label: 'twentieth set', reports: TWENTIETH, floors: TWENTIETH_FLOORS },
  { label: 'twenty-first set', reports: TWENTY_FIRST, floors: TWENTY_FIRST_FLOORS },
  { label: 'twenty-second set', reports: TWENTY_SECOND, floors: TWENTY_SECOND_FLOORS },
  TWENTY_THIRD_SET,
  TWENTY_FOURTH_SET,
  TWENTY_FIFTH_SET,
  TWENTY_SIXTH_SET,
  TWENTY_SEVENTH_SET,
  TWENTY_EIGHTH_SET,
  TWENTY_NINTH_SET,
  THIRTIETH_SET,
  THIRTIETH_FLAT_SET,
  THIRTY_FIRST_SET,
  THIRTY_SECOND_SET,
  THIRTY_THIRD_SET,
  THIRTY_FOURTH_SET,
];

const later = (name: string) => LATER_SETS.some((s) => s.reports.has(name));

/** The first set: the reports of tests/fixtures/heldout no later set names. */
export const isInFirstSet = (name: string): boolean => !later(name);
export const FIRST_SET_FLOORS = FLOORS;
