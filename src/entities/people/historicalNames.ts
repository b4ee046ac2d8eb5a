import type { EntityContext } from '../context.ts';
import { isNameShaped, surnameLength } from './personNames.ts';
import { NOT_NAME_END, wholeName, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';
import { REIGN_TIME } from './dictionaryPeople.ts';
import { wordFlag, tokensWith } from '../wordTable.ts';

// A dynasty or an age written right before a name dates the person (汉代张骞, 明朝郑和, 北宋苏轼, 战国时期李冰): history
// and the reports that recall it write a person of the past so, and a place of the past takes 的 or its own kind after
// the dynasty (汉代的长安, 唐代长安城). The dynasties of the standard chronology (夏 to 清, with their 东/西/南/北/前/后
// halves, and the Liao and Jin of the north beside the Song), written alone or with 代, 朝, 初 or 末, and the ages between
// them (春秋, 战国, 三国, 五代, 魏晋, 南北朝), alone or with 时期 or 时.
const DYNASTIES = '夏商周秦汉晋隋唐宋辽金元明清';
const DYNASTY = new RegExp(
  `^(?:(?:[东西南北前后]?[${DYNASTIES}])(?:代|朝|初|末|朝初|朝末)?|春秋|战国|三国|五代|魏晋|南北朝|南朝|北朝)(?:时期|时)?$`,
);
const DYNASTY_WORD = wordFlag((w) => w.length >= 2 && w.length <= 5 && DYNASTY.test(w));

// Words for a monk of an age (唐代高僧鉴真, 东晋僧人法显), which jieba may read as a surname's name (高僧/nr).
const MONKS = new Set(['高僧', '僧人', '名僧', '禅师', '和尚', '法师', '大师']);

/** A name right after a dynasty or an age: a word jieba reads as a name, or one it does not know shaped as one. */
export function historicalNames(ctx: EntityContext): NameHit[] {
  const { seg } = ctx;
  const out: NameHit[] = [];
  const dynasties = tokensWith(seg, DYNASTY_WORD);
  for (let n = 0; n < dynasties.length; n++) {
    let i = dynasties[n]! + 1;
    // 三国|时期|诸葛亮: the age may stand apart from 时期.
    if (seg.tokens[i]?.word === '时期' || seg.tokens[i]?.word === '时') i++;
    // 唐代|高僧/nr|鉴真/nz, 东晋|高僧|法显/x: a monk of the age is named by his dharma name, which has no surname; the
    // kind itself is no one.
    if (MONKS.has(seg.tokens[i]?.word ?? '')) {
      const name = seg.tokens[i + 1];
      if (name && name.start === seg.tokens[i]!.end && name.word.length === 2 && isHan(name.word) && /^(nr|nrfg|nz|x)$/.test(name.tag))
        out.push({ start: name.start, end: name.end, score: 0.7 });
      continue;
    }
    const t = seg.tokens[i];
    if (!t || t.start !== seg.tokens[i - 1]!.end || !isHan(t.word)) continue;
    const sl = surnameLength(t.word);
    if (!sl || NOT_NAME_END.has(t.word[t.word.length - 1]!)) continue;
    // jieba's dictionary holds it as a name (张骞/nr, 郑和/nrfg), or the word is a whole name by its shape (卫青/x).
    // 清代|康熙/nrfg|年间: an emperor's name before a span of his reign is the reign, a time.
    if (REIGN_TIME.test(ctx.folded.slice(t.end, t.end + 4))) continue;
    const known = /^(nr|nrfg)$/.test(t.tag) && isNameShaped(t.word);
    if (known || (t.tag === 'x' && wholeName(t, sl) !== undefined) || (t.tag === 'x' && isNameShaped(t.word)))
      out.push({ start: t.start, end: t.end, score: 0.7 });
  }
  return out;
}

// Two dynasties, then the word for the age they span (宋元时期, 明清两代, 隋唐之际).
const TWO_DYNASTIES = new RegExp(`^[${DYNASTIES}]{2}(?:时期|时代|年间|之际|两代|两朝|以来|以后|之后|时)`);

/** The two characters at `start` are two dynasties before their age (宋元|时期), no person surnamed 宋. */
export const twoDynastiesAt = (folded: string, start: number): boolean => TWO_DYNASTIES.test(folded.slice(start, start + 6));

// A dynasty's name of two characters, its half or its own style (北宋, 东汉, 大宋, 大唐, 大明).
const DYNASTY_OF_TWO = new RegExp(`^[大东西南北前后][${DYNASTIES}]$`);

/**
 * The name at `start` opens on a dynasty's character that the one-character word before it makes a dynasty (大/a|宋东京/nr
 * in 《大宋东京梦》): jieba cut the dynasty's name apart, and what follows is of that age, not a person surnamed 宋.
 */
export function opensOnDynasty(ctx: EntityContext, start: number): boolean {
  const before = ctx.seg.tokens[ctx.seg.tokenAt[start - 1] ?? -1];
  return before !== undefined && before.end === start && before.word.length === 1 && DYNASTY_OF_TWO.test(before.word + ctx.folded[start]);
}

// A dynasty's one character as a word of its own (汉/j|长安城, 宋/nr|东京城, 金/nr|上京): jieba tags it a name or an
// abbreviation, never a verb, an adverb or a function word.
const DYNASTY_CHARACTER = new RegExp(`^[${DYNASTIES}]$`);
const NOT_DYNASTY_TAG = /^(v|vd|vn|d|c|p|u|uj|r|q|m)$/;

/**
 * Where a dynasty written right before `at` starts (北宋|东京城, 南宋|临安城, 汉|长安城, 大宋|·|东京), or undefined: an old
 * capital or a site named after its dynasty is of that age (北宋东京城遗址 is Kaifeng's ruins, not Tokyo's).
 */
export function dynastyEndingAt(ctx: EntityContext, at: number): number | undefined {
  const { seg, folded } = ctx;
  const end = folded[at - 1] === '·' ? at - 1 : at;
  const t = seg.tokens[seg.tokenAt[end - 1] ?? -1];
  if (!t || t.end !== end) return undefined;
  if (t.word.length >= 2 && (DYNASTY.test(t.word) || DYNASTY_OF_TWO.test(t.word))) return t.start;
  return DYNASTY_CHARACTER.test(t.word) && !NOT_DYNASTY_TAG.test(t.tag) ? t.start : undefined;
}

// A monarch named by dynasty and temple or posthumous name (汉武帝, 唐太宗, 宋徽宗, 明太祖, 隋炀帝, 秦始皇): the dynasties
// above and those of the Northern and Southern Dynasties and the Three Kingdoms (魏, 梁, 陈, 齐, 吴, 蜀), then the name,
// then 帝, 宗 or 祖. jieba's dictionary holds these as names, with phrases of the same ending it also tags so (于武帝, 明国皇帝,
// 宋皇帝): the middle is no word of grammar, country, age or rank.
const MONARCH = new RegExp(`^[${DYNASTIES}魏梁陈齐吴蜀][^国朝代为之皇二于]{1,2}[帝宗祖]$|^秦始皇$`);
const MONARCH_WORD = wordFlag((w, tag) => /^(nr|nrfg|nrt)$/.test(tag) && MONARCH.test(w));

/** Monarchs by dynasty and temple or posthumous name (汉武帝派张骞出使西域). */
export function monarchNames(ctx: EntityContext): NameHit[] {
  const { seg } = ctx;
  return Array.from(tokensWith(seg, MONARCH_WORD), (k) => ({ start: seg.tokens[k]!.start, end: seg.tokens[k]!.end, score: 0.7 }));
}

// What is named after a person of the past: the age of a ruler (武丁时期, 成吉思汗时代), a tomb, shrine or former home
// (成吉思汗陵, 王昭君墓, 司马迁祠, 鲁迅故居).
const NAMED_AFTER = /^(时期|时代|陵|墓|祠|故居|纪念馆|衣冠冢)$/;

/**
 * A name jieba's dictionary holds (武丁/nr, 成吉思汗/nr) right before the age, tomb or home named after its bearer: of two
 * characters only when shaped as a Chinese name and no household word (刘家); never a place's name.
 */
export function namesOfAgesAndTombs(ctx: EntityContext): NameHit[] {
  const { seg } = ctx;
  const out: NameHit[] = [];
  const words = tokensWith(seg, DICTIONARY_NAME);
  for (let n = 0; n < words.length; n++) {
    const k = words[n]!;
    const t = seg.tokens[k]!;
    const next = seg.tokens[k + 1];
    if (!next || next.start !== t.end || !NAMED_AFTER.test(next.word)) continue;
    if (t.word.length === 2 && (!isNameShaped(t.word) || /[家姓]$/.test(t.word))) continue;
    // A shrine jieba read whole before the tomb it stands by (司马迁祠/nr|墓) is the shrine's name, not a person's.
    if (/[祠墓陵庙]$/.test(t.word)) continue;
    if (ctx.gaz.byName.has(t.word)) continue;
    out.push({ start: t.start, end: t.end, score: 0.65 });
  }
  return out;
}

const DICTIONARY_NAME = wordFlag((w, tag) => /^(nr|nrfg)$/.test(tag) && w.length >= 2 && w.length <= 4 && isHan(w));
