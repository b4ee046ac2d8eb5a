import { DEMOCRATIC_PARTY_SHORT_NAMES } from '../data/democraticParties.ts';
import type { GazPlace } from '../places/gazetteer.ts';
import { provinceShortName } from '../places/shortPlaceNames.ts';
import type { HomePlace } from '../places/homePlace.ts';

// Dictionaries of body names (suffixes and departments), not of any report's answers.

/** Words that say who owns a body (集团所属, 南昌海关所属): the owner's name ends before them, the owned one's starts after. */
export const OWNERSHIP_WORDS = new Set(['所属', '下属', '直属', '旗下', '属下']);
// A word that closes a company's name (有限公司, 集团公司, 株式会社; 集团 may stand inside one: 华能集团有限公司): a name
// walked back from a later suffix ends there (国家电网有限公司|江苏省电力有限公司 is two names, the second a unit).
export const CLOSES_COMPANY = /(公司|株式会社)$/;

/**
 * Verbs that set a body up, bring it in or close it (海宁市|设立|研究院, 组建|专班): what is done to the body, never what it
 * does, so never a word of its name (中国文化|扶贫|委员会 is named by what it does).
 */
export const FOUNDING_VERBS = new Set([
  '设立',
  '成立',
  '组建',
  '建立',
  '新建',
  '筹建',
  '创建',
  '创办',
  '开办',
  '兴办',
  '设置',
  '增设',
  '新设',
  '挂牌',
  '揭牌',
  '引进',
  '引入',
  '入驻',
  '落户',
  '建成',
  '撤销',
  '撤并',
  '合并',
  '整合',
  '重组',
  '改建',
  '扩建',
]);

/** Departments of a party committee, written right after X委 (市委组织部, 省委宣传部讲师团). Longest first. */
export const PARTY_DEPARTMENTS = [
  // The party committee's own commissions (the 2018 reform's 深化党和国家机构改革方案 set them up at every level:
  // 市委审计委员会, 县委全面依法治县委员会, 省委财经委员会), before the departments whose names they hold.
  '网络安全和信息化委员会',
  '全面深化改革委员会',
  '全面依法治省委员会',
  '全面依法治市委员会',
  '全面依法治县委员会',
  '全面依法治区委员会',
  '外事工作委员会',
  '机构编制委员会',
  '审计委员会',
  '财经委员会',
  '统一战线工作部',
  '政法委员会',
  '宣传部讲师团',
  '理论学习中心组',
  '党史研究室',
  '政策研究室',
  '老干部局',
  '常委会',
  '组织部',
  '宣传部',
  '统战部',
  '政法委',
  '办公室',
  '办公厅',
  '督查室',
  '巡察办',
  '巡视办',
  '编办',
  '政研室',
  '农办',
  '网信办',
  '外办',
  '台办',
  '党校',
  '机要局',
  '改革办',
  '深改办',
  '财经办',
  '教育工委',
];

/** Suffixes of government departments after a level (市公安局, 市交警支队, 省公安厅). */
// A committee's standing office (禁毒委员会办公室, 安全生产委员会办公室) before the committee it serves.
export const DEPARTMENT_SUFFIXES = ['支队', '大队', '总队', '局', '厅', '法院', '检察院', '委员会办公室', '委员会', '委', '中心'];

/** People's organizations written right after a level word (市总工会, 市妇联, 县科协, 市贸促会: the council for the promotion of trade). */
export const MASS_BODIES = [
  '总工会',
  '妇联',
  '科协',
  '残联',
  '工商联',
  '文联',
  '侨联',
  '社科联',
  '红十字会',
  '团委',
  // The united front's bodies by their short names (台湾同胞联谊会 → 台联, 新的社会阶层人士联合会 → 新联会, 党外知识分子联谊会 →
  // 知联会): 县台联, 市新联会.
  '台联',
  '新联会',
  '知联会',
  '欧美同学会',
  '贸促会',
  // A government's offices by their short names (外事办公室 → 外办, 侨务办公室 → 侨办): 市外办, 省侨办, 县扶贫办.
  '外事办',
  '外办',
  '侨办',
  '台办',
  '扶贫办',
  '金融办',
  '信访办',
  '应急办',
  '人防办',
  // Standing committees of every level and their offices by their short names (安全生产委员会 → 安委会, 减灾委员会 → 减灾委,
  // 防汛抗旱指挥部 → 防指, 机构编制委员会办公室 → 编办): 省安委会, 市安委办, 县防指.
  '安委会',
  '安委办',
  '减灾委',
  '防指',
  '编办',
  '网信办',
  '文明办',
  // Inner Mongolia's troupe of every banner and league (旗乌兰牧骑, 盟乌兰牧骑).
  '乌兰牧骑',
  // The party working committee of a level's own organs (直属机关工作委员会 → 直属机关工委, 直机关工委): 市直机关工委, 省直机关工委.
  '直属机关工委',
  '直机关工委',
  // and a city's or a province's by its level (市级机关工作委员会 → 市级机关工委).
  '级机关工委',
];

/** National bodies, by the names they are written with, and the one name each goes by. */
export const NATIONAL_BODIES: [string, string][] = [
  // Bodies whose names hold 中央 or 国务院 but are not the party centre or the State Council (the Communist Youth League's
  // central committee, the State Council's assets commission, the national broadcaster: 中国机构编制网 lists them so).
  ['共青团中央', '共青团中央'],
  ['团中央', '共青团中央'],
  ['国务院国资委', '国务院国资委'],
  ['中央广播电视总台', '中央广播电视总台'],
  ['中央纪委国家监委', '中央纪委国家监委'],
  ['中共中央', '党中央'],
  ['党中央', '党中央'],
  ['中央纪委', '中央纪委国家监委'],
  ['国家监委', '中央纪委国家监委'],
  ['中央组织部', '中央组织部'],
  ['中央宣传部', '中央宣传部'],
  ['中央政法委', '中央政法委'],
  ['中央军委', '中央军委'],
  ['国务院', '国务院'],
  ['全国人大常委会', '全国人大常委会'],
  ['全国人大', '全国人民代表大会'],
  ['全国政协', '全国政协'],
  // The CPPCC as an institution of every level, by the short name its own charter gives it (人民政协; 接受人民政协的民主监督).
  ['人民政协', '人民政协'],
  // and by its full name, which holds the word of a meeting (会议) that no meeting recognizer reads as a body (中国人民政治协商
  // 会议第五届全国委员会, 1978: only the 中国 inside it was read).
  ['中国人民政治协商会议', '人民政协'],
  ['最高人民法院', '最高人民法院'],
  ['中央人民政府', '中央人民政府'],
  ['中央政府', '中央人民政府'],
  ['最高人民检察院', '最高人民检察院'],
];

export type Level = '省' | '市' | '区' | '县' | '州' | '旗' | '盟';

/**
 * Level words that name a body only in their own place's report (旗委, 盟委, 州公安局) or where the level word opens a
 * clause as a word of its own (levelOpensClause: 旗农牧局 in a sentence alone): elsewhere 旗, 盟 and 州 end names and words
 * (红旗, 广州).
 */
export function namedOnlyAtHome(level: string): boolean {
  return level === '旗' || level === '盟' || level === '州';
}

/** The home place a level word refers to: 省 the province, 市 the city (the county-level city itself in its own report), 区/县 the county or district. */
export function placeOfLevel(level: string, home: HomePlace): GazPlace | undefined {
  // A municipality (北京市) has no 省: a province's body there is another place's.
  if (level === '省') return home.province?.name.endsWith('市') ? undefined : home.province;
  if (level === '自治区') return home.province?.name.endsWith('自治区') ? home.province : undefined;
  // 自治州, 自治县, 自治旗: an autonomous prefecture's, county's or banner's own, in its own report.
  if (level === '自治州') return home.city?.name.endsWith(level) ? home.city : undefined;
  if (level === '自治县' || level === '自治旗') return home.county?.name.endsWith(level) ? home.county : undefined;
  // A county-level city's own report (都江堰市) says 市委 for its own committee, not its prefecture's (成都市).
  if (level === '市') return home.county?.name.endsWith('市') ? home.county : home.city;
  if ((level === '区' || level === '县') && home.county?.name.endsWith(level)) return home.county;
  if (level === '州' && home.city?.name.endsWith('州')) return home.city;
  if (level === '地区' && home.city?.name.endsWith('地区')) return home.city;
  // Inner Mongolia's banners and leagues, the county and the prefecture of its own: 旗委, 旗政府, 盟委.
  if (level === '旗' && home.county?.name.endsWith('旗')) return home.county;
  if (level === '盟' && home.city?.name.endsWith('盟')) return home.city;
  return undefined;
}

/** The party committee of a place: 中共广东省委, 中共东莞市委, 中共上海市委, 中共新昌县委, 中共上海市虹口区委员会. */
export function partyCommitteeName(place: GazPlace): string {
  if (place.name.endsWith('自治区')) return `中共${place.name}委员会`;
  // A district or county of a municipality goes by its full official name (中共上海市虹口区委员会), which says where it is.
  if (place.level === 'county' && place.path.length === 1 && place.path[0]!.endsWith('市'))
    return `中共${place.path[0]}${place.name}委员会`;
  if (place.level === 'province' && place.name.endsWith('省')) return `中共${provinceShortName(place.name)}省委`;
  return `中共${place.name}委`;
}

/** The written prefix of bodies under a place's party committee: 广东省委…, 东莞市委…, 新昌县委…. */
export function committeePrefix(place: GazPlace): string {
  if (place.name.endsWith('自治区')) return `${place.name}党委`;
  return `${place.name}委`;
}

/**
 * Owners of a place's committee or congress other than the Communist Party, written right before the place: the Youth
 * League (共青团四川省委, 共青团绍兴市第十四次代表大会) and the democratic parties (民盟永嘉县委会).
 */
export const LEAGUE_OR_PARTY = ['共青团', ...DEMOCRATIC_PARTY_SHORT_NAMES].join('|');

/** 上市公司/nt, 挂牌公司: a company's standing on a market is a kind (科创板上市公司), never the end of a company's name. */
export const LISTING_STATUS = /^(拟?上市|挂牌)公司$/;
