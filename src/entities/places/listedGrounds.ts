import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import type { Token } from '../segment.ts';
import { isHan } from '../../text/han.ts';
import { isLandmarkClass } from './namedLandmarks.ts';
import { placeCandidate } from './placeCandidate.ts';

// A scenic ground is listed beside others of its kind (龙亭公园、铁塔公园、清明上河园等8个分会场; 开封府、龙亭景区、
// 万岁山武侠城分别接待游客): many such names are words of the language to jieba (铁塔/n|公园, 清明/a|上/f|河园/x,
// 万岁/m|山|武侠|城), so only the list says what they are. Listed with a 、 beside a ground another reading found, a run
// of words that ends as a ground ends (园, 城, 府, 宫, 楼, 公园, 景区 …) is a ground too, and a list read so goes on.

const SOURCE = 'listed-grounds';
// The readings whose grounds vouch for a list: named landmarks and buildings, and the grounds this pass adds.
const GROUND_SOURCES = new Set(['landmarks', 'facilities', SOURCE]);
// How a ground's name ends: a garden or park, a walled town or a seat of government, a palace, a tower or hall, a
// temple, a hill or lake, a street, and the class nouns of scenic grounds.
const GROUND_END = /(园|城|府|宫|楼|阁|塔|寺|庙|山|湖|街|巷|景区|广场|古镇|古城|遗址|口岸)$/;
// Words that end a member: the list's conjunctions and 等 closing it, besides any mark (read folded: ；is ;).
const CLOSE = /^(、|等|和|及|与)$/;
// Tags of words no ground's name holds: verbs, adverbs, prepositions, conjunctions, particles, pronouns, classifiers.
const NOT_NAME_TAGS = /^(v|vd|vn|d|p|c|u|uj|ul|uz|r|q|y)$/;
const MIN = 3;
const MAX = 7;

/** Members of lists of scenic grounds that no other reading made a place. */
export function findListedGrounds(ctx: EntityContext, found: readonly EntityCandidate[]): EntityCandidate[] {
  const { seg, folded, text } = ctx;
  const out: EntityCandidate[] = [];
  const read = found.filter((c) => c.type !== 'person');
  const covered = (s: number, e: number) => read.some((c) => c.start < e && s < c.end) || out.some((c) => c.start < e && s < c.end);
  const queue = found.filter((c) => c.type === 'place' && GROUND_SOURCES.has(c.source) && c.place?.level === 'feature');
  for (let q = 0; q < queue.length; q++) {
    const c = queue[q]!;
    const members = [
      folded[c.end] === '、'
        ? memberAfter(seg.tokens, seg.tokenAt[c.end + 1] ?? -1, classOf(seg.tokens, seg.tokenAt[c.end - 1]!, c))
        : undefined,
      folded[c.start - 1] === '、' ? memberBefore(seg.tokens, seg.tokenAt[c.start - 2] ?? -1) : undefined,
    ];
    for (const found of members) {
      // 苏州|拙政园、虎丘景区: the city the first member opens with is where it lies, no part of its name.
      const city = found && read.find((p) => p.type === 'place' && p.source === 'places' && p.start === found.start && p.end < found.end);
      const m = city && found.end - city.end >= MIN ? { start: city.end, end: found.end } : found;
      if (!m || covered(m.start, m.end)) continue;
      const name = folded.slice(m.start, m.end);
      if (!GROUND_END.test(name) || isLandmarkClass(name) || !isHan(name)) continue;
      const ground = placeCandidate(text, m.start, m.end, 'feature', 0.6, SOURCE);
      out.push(ground);
      queue.push(ground);
    }
  }
  return out;
}

/**
 * The class noun a ground ends with as a word of its own (深圳湾|口岸), which the next member of its list ends with too
 * (皇岗/n|口岸): the member ends there, whatever follows it.
 */
function classOf(tokens: readonly Token[], k: number, c: EntityCandidate): string | undefined {
  const last = tokens[k];
  return last && last.start > c.start && last.end === c.end && last.word.length >= 2 ? last.word : undefined;
}

/** The name words from token `k` on, closed by a mark, 等 or a conjunction, by an adverb (分别, 均) or by `cls`. */
function memberAfter(tokens: readonly Token[], k: number, cls?: string): { start: number; end: number } | undefined {
  const first = tokens[k];
  if (!first) return undefined;
  let j = k;
  while (tokens[j] && isNameWord(tokens[j]!) && tokens[j]!.end - first.start <= MAX && tokens[j - 1]?.word !== cls) j++;
  const next = tokens[j];
  const closed = j > k + 1 && tokens[j - 1]!.word === cls;
  if (j === k || (next && isHan(next.word) && !CLOSE.test(next.word) && next.tag !== 'd' && !closed)) return undefined;
  const end = tokens[j - 1]!.end;
  return end - first.start >= MIN ? { start: first.start, end } : undefined;
}

/** The name words ending with token `k`, after a mark or a verb that opens the list (设置|龙亭公园、…). */
function memberBefore(tokens: readonly Token[], k: number): { start: number; end: number } | undefined {
  const last = tokens[k];
  if (!last) return undefined;
  let j = k;
  while (j >= 0 && isNameWord(tokens[j]!) && last.end - tokens[j]!.start <= MAX) j--;
  const prev = tokens[j];
  if (j === k || (prev && isHan(prev.word) && !CLOSE.test(prev.word) && !/^(v|vn)$/.test(prev.tag))) return undefined;
  const start = tokens[j + 1]!.start;
  return last.end - start >= MIN ? { start, end: last.end } : undefined;
}

const isNameWord = (t: Token) => isHan(t.word) && !NOT_NAME_TAGS.test(t.tag) && !/[0-9]/.test(t.word);
