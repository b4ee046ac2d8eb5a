import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import type { Token } from '../segment.ts';
import { tokensOfAny } from '../wordTable.ts';
import { isHan } from '../../text/han.ts';
import { placeCandidate } from './placeCandidate.ts';
import { FUNCTION_CHARS } from './stemWords.ts';
import { GENERIC_STEMS } from './placeStems.ts';
import { GENERIC_MODIFIERS } from '../data/genericModifiers.ts';

// A housing estate (小区) is named by whatever its builder chose: a number (八一七小区), a road (省府路小区), a hill
// (金牛山小区), a pavilion (观风亭小区), words jieba cuts as it likes (八角|石, 颐|杨城). What says it is a name is where it
// stands: right after the community, village or street it lies in (锦江社区|八一七小区, 沿河村|沿河小区), after that
// community's 的 (开元社区的省府路小区), or next in a list of estates so read (、观风亭小区).

const MAX_STEM = 5;
// A settlement or division a estate is written after, as the word's end (社区, 新村, 沿河|村, 街道, 洪山镇).
const HOLDER_END = /(社区|村|街道|镇|乡|嘎查)$/;
// Words for estates of a kind, no estate's name (老旧小区, 安置小区, 无物业小区, 封闭式小区).
const ESTATE_KINDS = new Set([
  ...['老旧', '老', '旧', '新建', '新', '安置', '回迁', '拆迁', '棚改', '保障房', '商品房', '住宅', '居民', '物业', '无物业'],
  ...['开放式', '封闭式', '城中村', '小', '该', '本', '各', '辖区', '周边', '附近', '老旧住宅', '平安', '无人'],
]);
const GENERIC = new Set([...GENERIC_MODIFIERS, ...GENERIC_STEMS]);
// Tags of words no estate's name holds: prepositions, conjunctions, particles, pronouns, classifiers, adverbs.
const NOT_NAME_TAGS = /^(p|c|u.*|r|q|y|d|f)$/;

/** Housing estates named after the place they lie in, or next in a list of such estates. */
export function findEstateNames(ctx: EntityContext): EntityCandidate[] {
  const { seg, folded, text } = ctx;
  const { tokens } = seg;
  const out: EntityCandidate[] = [];
  const estateEnds = new Set<number>();
  const estates = tokensOfAny(seg, ['小区']);
  for (let n = 0; n < estates.length; n++) {
    const k = estates[n]!;
    const estate = tokens[k]!;
    let start = estate.start;
    let anchored = false;
    for (let j = k - 1; j >= 0; j--) {
      const t = tokens[j]!;
      if (t.end !== start) break;
      if (start < estate.start && holdsEstates(tokens, j, folded, estateEnds)) {
        anchored = true;
        break;
      }
      if (!isHan(t.word) || estate.start - t.start > MAX_STEM || !nameWord(t)) break;
      start = t.start;
    }
    if (!anchored) continue;
    const stem = folded.slice(start, estate.start);
    if (stem.length < 2 || FUNCTION_CHARS.has(stem[0]!) || GENERIC.has(stem) || ESTATE_KINDS.has(stem)) continue;
    if (ESTATE_KINDS.has(tokens[seg.tokenAt[start]!]!.word)) continue;
    out.push(placeCandidate(text, start, estate.end, 'village', 0.75, 'places'));
    estateEnds.add(estate.end);
  }
  return out;
}

/** A word the name may take in: no function word, and no verb of two characters (改造, 建成). */
function nameWord(t: Token): boolean {
  if (NOT_NAME_TAGS.test(t.tag)) return false;
  return !(t.word.length >= 2 && /^v/.test(t.tag));
}

/**
 * The token at `j` ends where an estate's name may open: a settlement or division it lies in (锦江社区, 沿河|村, 新村),
 * that one's 的 (开元社区|的), or the 、 after an estate this pass read (观风亭小区 after 省府路小区、).
 */
function holdsEstates(tokens: readonly Token[], j: number, folded: string, estateEnds: Set<number>): boolean {
  const t = tokens[j]!;
  if (t.word === '、') return estateEnds.has(t.start);
  if (t.word === '的') return /(社区|村)$/.test(folded.slice(Math.max(0, t.start - 2), t.start));
  return t.word.length >= 1 && HOLDER_END.test(t.word) && (t.word.length >= 2 || /[村镇乡]/.test(t.word));
}
