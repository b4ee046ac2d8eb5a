import { AIM_VERBS } from '../spanBoundary.ts';
import type { Segmentation, Token } from '../segment.ts';
import { isListJoiner } from '../../text/listJoiners.ts';
// What every reading of a place by its suffix shares: the kinds of suffix, how long a stem may run, the stems that are
// ordinary words, and the record of a place so read.

export type SuffixKind = 'zone' | 'feature' | 'admin';

/** One-character stems that make a common noun with a feature suffix (海湾, 港湾, 江河, 河湖, 大湖). */
export const FEATURE_GENERIC_CHARS = new Set([...'海港江河湖岛湾水山内外大小半全沿']);

export const MAX_STEM: Record<SuffixKind, number> = { zone: 6, feature: 4, admin: 4 };

// Stems that are ordinary words, so that 中心城区, 试点村, 城乡社区, 各园区, 建成区 are not places.
// prettier-ignore
export const GENERIC_STEMS = new Set([
  '全市', '全省', '全县', '全区', '全镇', '本市', '本地', '本地区', '各', '各个', '相关', '有关', '其他', '其余', '所有', '部分', '个别',
  '中心', '核心', '工作', '启动', '示范', '试点', '建成', '城市', '农村', '城乡', '基层', '法治', '民主', '重点', '生活', '办公',
  '居住', '商业', '工业', '产业', '经济', '开发', '科技', '旅游', '生态', '贫困', '软弱涣散', '涣散', '文明', '先进', '美丽',
  '特色', '重污染', '黑臭', '问题', '风险', '预警', '高负债', '负债', '改革', '试验', '禁', '边远', '偏远', '山', '港澳',
  '年度', '压实', '母亲', '护城', '老城', '新城', '主城', '城关', '新', '老', '大', '小', '东', '西', '南', '北', '市', '省', '县', '镇', '乡', '村', '区', '行政', '管理', '服务', '社会',
  '城中', '城郊', '郊', '城', '片', '湾', '海', '江', '湖', '河', '岛', '半', '内', '外', '出', '入', '两', '三', '四', '五',
  '乡镇', '城镇', '村镇', '县直', '市直', '区直',
  // Inner Mongolia's townships and villages in general (苏木镇、嘎查村).
  '苏木', '嘎查',
  // Qualities of the communities and villages a government builds, which make a kind of them (智慧社区, 完整社区, 绿色社区,
  // 低碳社区, 数字乡村), no community's name.
  '智慧', '完整', '绿色', '低碳', '数字',
  // Kinds of land a county or village lies in, which make a class of them (山区海岛县, 牧区旗县).
  '山区', '海岛', '牧区', '林区', '库区',
  // Verbs of aim before a clause (力争/nz|村|集体经济收入突破200万元: 'strive that the village's collective income…').
  ...AIM_VERBS,
  // The ordinals of a list of points (二是|山区农村供水…: 'second, the mountain areas' rural water…').
  '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是',
]);

// Zones that are also ordinary nouns (各园区, 工业园) need a proper name before them.
// prettier-ignore
// A development or bonded zone is named by its place (随州高新区); 国家高新技术产业开发区 is a kind of zone.
export const ZONES_NEEDING_PROPER_STEM = new Set([
  // A city's cultural quarter (西九/x|文化区), not culture of a kind (历史|文化区).
  '文化区',
  '安置小区',
  '园区',
  '工业园',
  '工业园区',
  '产业园',
  '科技园',
  '开发区',
  '合作区',
  '高新技术产业开发区',
  '经济技术开发区',
  '经济开发区',
  '高新区',
  '保税区',
  '综合保税区',
  '特殊综合保税区',
  '保税港区',
  // 湖北自贸试验区武汉片区: a free trade zone and each of its areas are named by their places.
  '自由贸易试验区',
  '自贸试验区',
  '片区',
  '化学工业区',
  '工业区',
  // 光山县产业集聚区: Henan's name for a county's industrial zone, a kind of zone like 开发区.
  '产业集聚区',
  // 合肥滨湖科学城, 怀柔科学城, 沈阳浑南科技城, 中新天津生态城: a science city or eco-city is a zone named by its place.
  '科学城',
  '科技城',
  '生态城',
]);

// Words that end with an admin suffix but name a kind of place, not a place (新建|乡镇 'newly built township').
// prettier-ignore
// prettier-ignore
export const GENERIC_ADMIN_WORDS = new Set([
  '乡镇', '城镇', '村镇', '集镇', '市镇', '乡村', '农村', '城乡', '山村', '渔村',
  // The whole of a level (惠及|全县|人民): no name ends in one.
  '全省', '全市', '全县', '全区', '全镇', '全乡', '全村', '全州',
  // A grid's transformer area (配变|台区, 高损|台区, 38个台区), whatever jieba tags it (台区/ns): no division; 丰台区 is
  // read whole by the gazetteer.
  '台区',
  // The old offices that govern a level (江宁|知县, 知州, 知府: the magistrate of a county, a department, a prefecture): a
  // post, no division.
  '知县', '知州', '知府',
  // A housing estate (老旧|小区, 颐|杨城|小区), no district: estateNames reads the estates named where they lie.
  '小区',
]);
// A numeral before a suffix counts places or makes a phrase (一湖秀水, 两岸): it is no part of a name.
// prettier-ignore
export const NUMERAL_CHARS = new Set([...'一二三四五六七八九十两几百千万0123456789']);
// One-character admin suffixes that jieba may glue to the next word (石湾|村原|党支部书记, 'former … of 石湾村').
// prettier-ignore
export const GLUED_ADMIN_SUFFIXES = new Set(['村', '镇', '乡']);

/** A level named by a pronoun (我镇 'our town', 本县, 该乡): the report's own division or the one just named, no name. */
export const OWN_LEVEL = /^[我本该][县市区旗镇乡]$/;
/** The words OWN_LEVEL reads, for finding them by their word ids (wordTable's tokensOfAny). */
export const OWN_LEVEL_WORDS: readonly string[] = [...'我本该'].flatMap((own) => [...'县市区旗镇乡'].map((level) => own + level));

export interface SuffixPlace {
  start: number;
  end: number;
  name: string;
  kind: SuffixKind;
  /** Where the stem ends and the suffix begins. */
  stemEnd: number;
  /** Read as the next member of a list of places of its suffix (杭埠河、丰乐河), which vouches for its name. */
  listed?: true;
}

// The words a place read by its suffix ends with (suffixPlaces.ts) and the kind each makes.
/** Longest first, so 高新区 wins over 新区 and 半岛 over 岛. */
// prettier-ignore
export const SUFFIXES: [string, SuffixKind][] = (
  [
    ['高新技术产业开发区', 'zone'], ['经济技术开发区', 'zone'], ['综合保税区', 'zone'], ['经济开发区', 'zone'],
    ['化学工业区', 'zone'], ['工业区', 'zone'], ['产业集聚区', 'zone'],
    ['工业园区', 'zone'], ['经开区', 'zone'], ['高新区', 'zone'], ['开发区', 'zone'], ['保税区', 'zone'], ['自贸区', 'zone'], ['新区', 'zone'], ['新城', 'zone'],
    ['特殊综合保税区', 'zone'], ['保税港区', 'zone'], ['自由贸易试验区', 'zone'], ['自贸试验区', 'zone'], ['片区', 'zone'],
    ['园区', 'zone'], ['工业园', 'zone'], ['产业园', 'zone'], ['科技园', 'zone'], ['合作区', 'zone'],
    ['科学城', 'zone'], ['科技城', 'zone'], ['生态城', 'zone'], ['新发展区', 'zone'], ['文化区', 'zone'], ['安置小区', 'zone'],
    ['半岛', 'feature'], ['水道', 'feature'], ['岛', 'feature'], ['湾', 'feature'], ['港', 'feature'], ['河', 'feature'],
    ['江', 'feature'], ['湖', 'feature'], ['溪', 'feature'], ['港区', 'feature'], ['渔港', 'feature'],
    ['街道', 'admin'], ['社区', 'admin'], ['镇', 'admin'], ['乡', 'admin'], ['村', 'admin'], ['区', 'admin'], ['县', 'admin'],
  ] as [string, SuffixKind][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * 永川、江津、合川|三区/ns: a count of divisions that closes a list counts its members (the three districts), however jieba
 * tags it; it ends no name, though a residential block may be named so (望京|三区) where no list runs before it.
 */
export function countClosingList(tokens: readonly Token[], ti: number): boolean {
  const last = tokens[ti - 1];
  const join = tokens[ti - 2];
  return !!last && !!join && last.end === tokens[ti]!.start && isListJoiner(join.word) && join.end === last.start;
}

/**
 * The suffix that ends `tok` and starts inside it or at a word boundary before it. A function of its own, not a closure in
 * the loop over every word: a closure that captures the loop's word makes V8 allocate a context for every word read
 * (so is startsWithAny).
 */
export function suffixEnding(
  ending: [string, SuffixKind][],
  tok: Token,
  folded: string,
  seg: Segmentation,
): [string, SuffixKind] | undefined {
  for (const e of ending) {
    const from = tok.end - e[0].length;
    if (from >= 0 && folded.startsWith(e[0], from) && (from >= tok.start || seg.boundaries.has(from))) return e;
  }
  return undefined;
}
