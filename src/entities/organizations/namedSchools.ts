import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { isHan } from '../../text/han.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';

// A school named by a name of its own that jieba does not know (长郡|双语|实验学校, 雅礼洋湖|实验|中学), or that jieba reads
// with the school's word as one word it takes for a person's name (长郡中学/nr): an unknown word names one school, where
// a known one (重点|中学, 普通|中学) is a kind of school and a place's school is read by the place (placeLedBodies).
const SCHOOL_HEAD = /^(中学|小学|学校|实验学校|实验中学|实验小学|高级中学|初级中学)$/;
const SCHOOL_WORD = wordFlag((w) => w.length >= 2 && w.length <= 6 && /(中学|小学|学校)$/.test(w));
// The kinds a school's name may hold between its own name and its word (长郡|双语|实验学校, 雅礼洋湖|实验|中学).
const SCHOOL_KIND = /^(双语|实验|外国语|国际|民族|艺术|体育)$/;
const NAME_WORD_TAGS = /^(nr|nrt|nz|x)$/;

export function namedSchools(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const heads = tokensWith(seg, SCHOOL_WORD);
  if (heads.length === 0) return out;
  const cover = coverage(folded.length, taken);
  for (let n = 0; n < heads.length; n++) {
    const k = heads[n]!;
    const head = seg.tokens[k]!;
    // 长郡中学/nr: the name and the school's word jieba took together for a person's.
    const whole = /^(.{2,4})(中学|小学)$/.exec(head.word);
    if (whole && NAME_WORD_TAGS.test(head.tag) && unknownName(whole[1]!)) {
      addNamedBody(out, cover, folded, head.start, head.end, 0.7);
      continue;
    }
    if (!SCHOOL_HEAD.test(head.word)) continue;
    // 眉山|东坡|驾驶员|培训|学校: a training school registered by its place, its own name and its trade.
    const trained = trainingSchoolStart(ctx, k);
    if (trained !== undefined) {
      addNamedBody(out, cover, folded, trained, head.end, 0.7);
      continue;
    }
    let j = k - 1;
    while (j >= 0 && k - j <= 2 && SCHOOL_KIND.test(seg.tokens[j]!.word)) j--;
    const name = seg.tokens[j];
    if (!name || name.tag !== 'x' || !unknownName(name.word)) continue;
    // The words run on from the name to the school's (no mark or space between them).
    if (seg.tokens.slice(j, k).some((t, i) => t.end !== seg.tokens[j + i + 1]!.start)) continue;
    addNamedBody(out, cover, folded, name.start, head.end, 0.7);
  }
  return out;
}

// What makes a word of a kind of its end (普惠性, 寄宿制, 新型, 标准化): a kind of school, however unknown the word.
const KIND_END = /[性型化式制类级等]$/;
// A level's or a count's word glued to what follows (县直|学校, 积石山|县灾后|学校): the level's schools, or its place's.
const LEVEL_START = /^[省市县区乡镇村各全本该每]/;

/** Two to four Han characters jieba knows no word of: a name of a school's own, not a kind (重点, 普通, 普惠性). */
function unknownName(word: string): boolean {
  return word.length >= 2 && word.length <= 4 && isHan(word) && !KIND_END.test(word) && !LEVEL_START.test(word) && tagOf(word) === 'x';
}

// The words of a training school's trade (职业技能, 驾驶员, 电脑) and its own name: nouns and names, no verb or count.
const TRADE_OR_NAME_TAGS = /^(n|nz|ns|nr|nrt|x|j|vn|l)$/;
const PROPER = /^(nz|ns|nr|nrt|x|j)$/;
const MAX_TRAINING_NAME = 20;

/**
 * Where a training school's name starts (成都|蓉城|职业技能|培训|学校, 山西|晋阳|职业技能培训学校): 培训 before the school's
 * word and, before it, nouns of the trade opened by a place or a name of its own; undefined where nothing proper opens it
 * (各类|职业技能|培训|学校 is a kind).
 */
function trainingSchoolStart(ctx: EntityContext, k: number): number | undefined {
  const { seg } = ctx;
  const head = seg.tokens[k]!;
  if (head.word !== '学校' || seg.tokens[k - 1]?.word !== '培训' || seg.tokens[k - 1]!.end !== head.start) return undefined;
  let start: number | undefined;
  let at = seg.tokens[k - 1]!.start;
  for (let j = k - 2; j >= 0; j--) {
    const t = seg.tokens[j]!;
    if (
      t.end !== at ||
      !isHan(t.word) ||
      !TRADE_OR_NAME_TAGS.test(t.tag) ||
      LEVEL_START.test(t.word) ||
      head.end - t.start > MAX_TRAINING_NAME
    )
      break;
    at = t.start;
    if (PROPER.test(t.tag)) start = t.start;
  }
  return start;
}
