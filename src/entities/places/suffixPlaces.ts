import type { Segmentation, Token } from '../segment.ts';

// Places the gazetteer does not list (new districts, zones, islands, rivers, villages) are read from the word they end
// with and the name-like words before it. The kinds differ in how much evidence the stem needs.

type SuffixKind = 'zone' | 'feature' | 'admin';

/** Longest first, so 高新区 wins over 新区 and 半岛 over 岛. */
const SUFFIXES: [string, SuffixKind][] = (
  [
    ['高新技术产业开发区', 'zone'], ['经济技术开发区', 'zone'], ['综合保税区', 'zone'], ['经济开发区', 'zone'],
    ['高新区', 'zone'], ['开发区', 'zone'], ['保税区', 'zone'], ['自贸区', 'zone'], ['新区', 'zone'], ['新城', 'zone'],
    ['园区', 'zone'], ['工业园', 'zone'], ['产业园', 'zone'], ['科技园', 'zone'], ['合作区', 'zone'],
    ['半岛', 'feature'], ['水道', 'feature'], ['岛', 'feature'], ['湾', 'feature'], ['港', 'feature'], ['河', 'feature'],
    ['江', 'feature'], ['湖', 'feature'],
    ['街道', 'admin'], ['社区', 'admin'], ['镇', 'admin'], ['乡', 'admin'], ['村', 'admin'], ['区', 'admin'], ['县', 'admin'],
  ] as [string, SuffixKind][]
).sort((a, b) => b[0].length - a[0].length);

/** The suffixes by their last character (a word ends with a suffix only if it ends with that character), longest first. */
const SUFFIXES_BY_LAST = new Map<string, [string, SuffixKind][]>();
for (const entry of SUFFIXES) SUFFIXES_BY_LAST.set(entry[0].at(-1)!, [...(SUFFIXES_BY_LAST.get(entry[0].at(-1)!) ?? []), entry]);

/** Suffixes that make a zone; a bare place followed by one of them is the zone's short name (滨海湾 → 滨海湾新区). */
export const ZONE_SUFFIXES = SUFFIXES.filter(([, k]) => k === 'zone').map(([s]) => s);

const MAX_STEM: Record<SuffixKind, number> = { zone: 6, feature: 4, admin: 4 };

// Stems that are ordinary words, so that 中心城区, 试点村, 城乡社区, 各园区, 建成区 are not places.
const GENERIC_STEMS = new Set([
  '全市', '全省', '全县', '全区', '全镇', '本市', '本地', '本地区', '各', '各个', '相关', '有关', '其他', '其余', '所有', '部分', '个别',
  '中心', '核心', '工作', '启动', '示范', '试点', '建成', '城市', '农村', '城乡', '基层', '法治', '民主', '重点', '生活', '办公',
  '居住', '商业', '工业', '产业', '经济', '开发', '科技', '旅游', '生态', '贫困', '软弱涣散', '涣散', '文明', '先进', '美丽',
  '特色', '重污染', '黑臭', '问题', '风险', '预警', '高负债', '负债', '改革', '试验', '禁', '边远', '偏远', '山', '港澳',
  '年度', '压实', '母亲', '护城', '老城', '新城', '主城', '城关', '新', '老', '大', '小', '东', '西', '南', '北', '市', '省', '县', '镇', '乡', '村', '区', '行政', '管理', '服务', '社会',
  '城中', '城郊', '郊', '城', '片', '湾', '海', '江', '湖', '河', '岛', '半', '内', '外', '出', '入', '两', '三', '四', '五',
]);

// Words a place name never contains: they end the stem when reading leftwards.
const FUNCTION_CHARS = new Set([
  ...'赴到在对向从把将被由为与和及或等的了是有以于至往去来经按据给让使同跟并又也都均各全本该其此这那每某今年月日中内外上下前后共约近超达已将未不再第',
]);
const STOP_TAGS = /^(p|c|u.*|d|r|m|q|f|y|e|o|t|w|x)$/;
// jieba's x (an unknown word its HMM glued) is too loose to vouch for a town or village name on its own.
const PROPER_TAGS = /^(ns|nr|nrt|nrfg|nz|j)$/;
const isProper = (t: Token) => PROPER_TAGS.test(t.tag) && !(t.tag === 'nr' && t.word.length > 3);
// Zones that are also ordinary nouns (各园区, 工业园) need a proper name before them.
const ZONES_NEEDING_PROPER_STEM = new Set(['园区', '工业园', '产业园', '科技园', '开发区', '合作区']);

/** One-character stems that make a common noun with a feature suffix (海湾, 港湾, 江河, 河湖, 大湖). */
const FEATURE_GENERIC_CHARS = new Set([...'海港江河湖岛湾水山内外大小半全沿']);

export interface SuffixPlace {
  start: number;
  end: number;
  name: string;
  kind: SuffixKind;
  /** Where the stem ends and the suffix begins. */
  stemEnd: number;
}

const isHan = (s: string) => /^[\u4e00-\u9fff]+$/.test(s);

/** A token the stem may take in, reading leftwards. */
function nameLike(t: Token): boolean {
  if (!isHan(t.word)) return false;
  if (t.word.length === 1) return !FUNCTION_CHARS.has(t.word);
  if (GENERIC_STEMS.has(t.word)) return false;
  if (/^(ns|nr|nrt|nrfg|nz|j|x)$/.test(t.tag)) return true;
  return !STOP_TAGS.test(t.tag) && !t.tag.startsWith('v') && !t.tag.startsWith('a') && t.tag !== 'l' && t.tag !== 'i';
}

/**
 * Places by suffix: for every word that ends with a place suffix, the stem is the name-like words before it (at most a
 * few characters, stopping at verbs, function words and punctuation). Admin units (镇, 村, 社区, 区) need a proper-noun
 * stem or a gazetteer place right before them; zones and features (新区, 岛, 湾, 河) need only a stem that is no generic word.
 * `afterPlace` holds the offsets where a gazetteer place ends (东莞市|南城区).
 */
export function findSuffixPlaces(folded: string, seg: Segmentation, afterPlace: Set<number>, gazSpans: Set<string> = new Set()): SuffixPlace[] {
  const out: SuffixPlace[] = [];
  const { tokens } = seg;
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    if (!isHan(tok.word)) continue;
    // The suffix ends this word and starts inside it or at a word boundary before it (虎门港|综合|保税区).
    const entry = (SUFFIXES_BY_LAST.get(folded[tok.end - 1]!) ?? []).find(([s]) => {
      const from = tok.end - s.length;
      return from >= 0 && folded.startsWith(s, from) && (from >= tok.start || seg.boundaries.has(from));
    });
    if (!entry) continue;
    // The gazetteer already read this word (公安县): it is not the tail of a longer name.
    if (gazSpans.has(`${tok.start}:${tok.end}`)) continue;
    const [suffix, kind] = entry;
    // 滨海|湾|新区: the zone reading takes the whole name; 湾 alone is not a place here.
    const next = tokens[ti + 1];
    if (next && ZONE_SUFFIXES.includes(next.word)) continue;
    // 大湾|区: a feature word that runs on into one more character is part of a longer name.
    if (kind === 'feature' && next && next.start === tok.end && /^[区城站路桥港]$/.test(next.word)) continue;
    const stemEnd = tok.end - suffix.length;
    let stemStart = Math.min(tok.start, stemEnd);
    const inWord = folded.slice(tok.start, stemEnd);
    if (inWord.length >= 2 && GENERIC_STEMS.has(inWord)) continue;
    let proper = stemEnd > tok.start && isProper(tok);
    let k = seg.tokenAt[stemStart - 1] ?? -1;
    while (k >= 0) {
      const t = tokens[k]!;
      // A gazetteer place right before is the parent (东莞市|南城区), not part of the name.
      // A gazetteer place right before an admin unit is its parent (东莞市|南城区); before a zone it is the zone's name (随州|高新区).
      if (afterPlace.has(stemStart) && (kind !== 'zone' || stemStart < stemEnd)) break;
      if (stemEnd - t.start > MAX_STEM[kind] || !nameLike(t)) break;
      stemStart = t.start;
      if (isProper(t)) proper = true;
      k--;
    }
    // Rivers and lakes jieba knows as place words (长江, 淮河, 太湖), unlike 海湾, 港湾, 河湖.
    if (kind === 'feature' && stemStart === tok.start && tok.tag === 'ns' && stemEnd - tok.start === 1 && !FEATURE_GENERIC_CHARS.has(tok.word[0]!)) {
      out.push({ start: tok.start, end: tok.end, name: tok.word, kind, stemEnd });
      continue;
    }
    // A feature that is one ordinary word (护城河, 运河) is a common noun, not a name.
    if (kind === 'feature' && stemStart === tok.start && stemEnd > tok.start && tok.tag !== 'ns') continue;
    const stem = folded.slice(stemStart, stemEnd);
    if (stem.length < 2 || GENERIC_STEMS.has(stem) || !isHan(stem)) continue;
    if ([...GENERIC_STEMS].some((g) => g.length >= 2 && stem.startsWith(g))) continue;
    if (FUNCTION_CHARS.has(stem[0]!)) continue;
    const needsProper = kind === 'admin' || ZONES_NEEDING_PROPER_STEM.has(suffix);
    if (needsProper && !proper && !afterPlace.has(stemStart)) continue;
    out.push({ start: stemStart, end: tok.end, name: folded.slice(stemStart, tok.end), kind, stemEnd });
  }
  return out;
}
