import type { EntityContext } from '../context.ts';
import type { Token } from '../segment.ts';
import { tagOf } from '../segment.ts';
import { hasFrequentSurname, NOT_IN_NAME, OPENS_ON_SURNAME, surnameLength, TITLES_BEFORE } from './personNames.ts';
import { cueAfter, isKnownPlaceName, wholeName, type NameHit } from './untitledNames.ts';
import { allTransliteration, TRANSLITERATED } from './transliteration.ts';
import { CUES_AFTER, CUES_BEFORE } from './nameCues.ts';
import { isHan } from '../../text/han.ts';
import { mergeTokenLists, tokensWith, tokensWithAny } from '../wordTable.ts';
import { worldNames } from '../world/worldNames.ts';

// What opens a clause: its punctuation, a line's start, or a conjunction or time word right after them (但袁正军获悉后,
// 当年柳青…).
const CLAUSE_MARK = /^[，,。；;：:！!？?“”"（(）)\n　 ]+$/;
const OPENER_TAG = /^(c|t)$/;
// What the subject of a clause does next: a verb, a preposition that opens the verb's phrase (阿巴查从…接过, 梁连起从…
// 了解到), an adverb (朱来常将…), or a count (莫斯利一记重拳).
const PREDICATE_TAG = /^(v|p|d)$/;
const PREDICATE_OR_COUNT_TAG = /^(v|p|d|m)$/;

/**
 * The subject of a clause, written without a post: a word that opens a clause and is followed at once by what the
 * subject does (阿巴查从肖内坎领导的临时政府手中接过政权, 梁连起从王学强那里了解到). Only two shapes are read so, the ones
 * that reports never write so for anything else: a name of three characters or more that jieba's dictionary holds as a
 * name and that is written all in transliteration and is no place (基里延科是, 克林顿决定), and a three-character word
 * jieba does not know that is a Chinese name by its shape (袁正军获悉后). A two-character word jieba does not know is read
 * so only when its surname is a frequent one that is no abbreviation of a country (卢亮以…为由, 高敏是…; not 苏修攻击,
 * where 苏 is the Soviet Union's short form, nor 党要有, 连饭也), and so is one jieba's dictionary tags a famous person's (郑和率船队).
 */
export function findClauseSubjects(ctx: EntityContext): NameHit[] {
  const tokens = ctx.seg.tokens;
  const out: NameHit[] = [];
  // A foreign name is written all in transliteration, a Chinese one opens on a surname, and a subject jieba split follows
  // a surname standing alone: only those words are visited.
  const afterSurname = tokensWith(ctx.seg, OPENS_ON_SURNAME).map((k) => k + 1);
  const shaped = mergeTokenLists(tokensWithAny(ctx.seg, TRANSLITERATED, OPENS_ON_SURNAME), afterSurname);
  for (let n = 0; n < shaped.length; n++) {
    const i = shaped[n]!;
    if (i >= tokens.length) break;
    const t = tokens[i]!;
    if (t.word.length < 2) continue;
    const foreign = t.word.length >= 3 && /^nrt?$/.test(t.tag) && t.word.length <= 6 && allTransliteration(t.word);
    const chinese = !foreign && t.word.length <= 3 && (t.tag === 'x' || famousTwo(t)) && chineseShape(t);
    if (!foreign && !chinese) {
      const split = splitSubject(ctx, i) ?? nameBeforeGluedWord(ctx, i);
      if (split) out.push(split);
      continue;
    }
    const next = tokens[i + 1];
    // A count after a name jieba holds as a name (莫斯利一记重拳), not after one it takes for a translated name of any
    // kind (切尔诺贝利4号机组).
    const counts = foreign && t.tag === 'nr';
    if (!next || next.start !== t.end || !(counts ? PREDICATE_OR_COUNT_TAG : PREDICATE_TAG).test(next.tag)) continue;
    // 斯诺克/nr|选手/v: a role written before its holder's name, whatever jieba tags it, is no act; the word before it names
    // the field.
    if (ROLES_BEFORE_NAMES.has(next.word)) continue;
    if (!opensClause(tokens, i)) continue;
    if (foreign && isKnownPlaceName(ctx, t.word)) continue;
    if (chinese && sideOfACountry(ctx, t.word)) continue;
    // “宋韵|开封/v”: a city's or a province's name that jieba tags as a verb is no predicate (开封 is Kaifeng).
    if (chinese && ctx.gaz.byName.get(next.word)?.some((p) => p.level !== 'town')) continue;
    if (chinese && t.word.length === 2 && modifiesANoun(ctx, t.word)) continue;
    out.push({ start: t.start, end: t.end, score: 0.6 });
  }
  return out;
}

/**
 * A two-character word jieba's dictionary tags as a famous person's name (郑和/nrfg, 荀彧/nrfg), read as a subject as a word
 * it does not know is; not one of the household or clan words the tag also holds (刘家, 杨姓) nor a verb of speech (陈说).
 */
function famousTwo(t: Token): boolean {
  return t.tag === 'nrfg' && t.word.length === 2 && !/[家姓说]$/.test(t.word);
}

function chineseShape(t: Token): boolean {
  const sl = surnameLength(t.word);
  if (sl !== 1) return false;
  // A two-character name is 'weak' only with a frequent surname that is no verb or function word (wholeName); two
  // characters of the transliteration tables are as often a Chinese name (高敏).
  if (t.word.length === 2) return wholeName(t, sl) === 'weak' && tagOf(t.word[0]!) !== 'j';
  return !allTransliteration(t.word) && wholeName(t, sl) !== undefined;
}

function opensClause(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || CLAUSE_MARK.test(prev.word)) return true;
  if (!OPENER_TAG.test(prev.tag) || prev.word.length > 2 || prev.end !== tokens[i]!.start) return false;
  const before = tokens[i - 2];
  return !before || CLAUSE_MARK.test(before.word);
}

/**
 * A two-character word that the report writes elsewhere right before a noun of the language that is no post or form of
 * address (林票|制度, 林票|持有人): a thing that names a kind of things, not a person (林票让村民受益 is no 林票 acting).
 */
function modifiesANoun(ctx: EntityContext, word: string): boolean {
  const { folded, seg } = ctx;
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    const next = seg.tokens[seg.tokenAt[at + word.length] ?? -1];
    if (next && next.start === at + word.length && next.word.length >= 2 && /^(n|vn)$/.test(next.tag) && !ADDRESSED.has(next.word))
      return true;
  }
  return false;
}

/**
 * 巴方愿同中方…: a country's first character and 方 are that country's side in talks (巴方 after 巴西, 美方 after 美国),
 * not a surname and a given name, where the text names a country starting with that character.
 */
function sideOfACountry(ctx: EntityContext, word: string): boolean {
  if (word[1] !== '方') return false;
  const { folded } = ctx;
  for (let at = folded.indexOf(word[0]!); at >= 0; at = folded.indexOf(word[0]!, at + 1))
    for (let len = 2; len <= 6; len++) if (worldNames().get(folded.slice(at, at + len))?.place?.level === 'country') return true;
  return false;
}

// The roles of CUES_BEFORE, not its acts (判处, 嫁给).
const ROLES_BEFORE_NAMES: ReadonlySet<string> = new Set(CUES_BEFORE.filter((c) => !/^(判处|嫁给)/.test(c)));
// Words for people and posts that a surname word may stand before (王|书记, 刘|老师): a way to address someone, no given name.
const ADDRESSED = new Set([...TITLES_BEFORE, ...CUES_BEFORE, ...CUES_AFTER]);
// Tags of a two-character word after the surname that no given name takes: function words, numbers, times, places.
const NOT_GIVEN = /^(p|c|u[a-z]?|r|m|mq|q|f|t|s|ns|nt|y|e|o|l|i|x|eng)$/;

/**
 * A subject jieba cut into a surname read alone and a word of two characters after it (周/nr|立新/d|表示, 贺/nr|长青/nr|随即
 * 安排, 郑/ns|全军/n|又安排): at a clause's opening, a frequent surname jieba holds as a name or a place when alone, and a
 * two-character word that is no function word, post or form of address, followed by a word of speech (表示, 指出) or by
 * an adverb and a verb (又安排, 随即安排). A subject so placed and so followed is one who speaks or acts; the words of
 * the language that open clauses so start with a surname jieba reads as an adjective or verb (高|质量, 严|格), not a name.
 */
function splitSubject(ctx: EntityContext, i: number): NameHit | undefined {
  const tokens = ctx.seg.tokens;
  const s = tokens[i - 1];
  const t = tokens[i]!;
  if (!s || s.word.length !== 1 || s.end !== t.start || !/^(nr|ns)$/.test(s.tag) || !hasFrequentSurname(s.word)) return undefined;
  if (surnameLength(s.word) !== 1 || t.word.length !== 2 || !isHan(t.word)) return undefined;
  // A given name jieba reads as a place (庞/nr|卫国/ns) only after a surname it reads as one.
  if (NOT_GIVEN.test(t.tag) && !(t.tag === 'ns' && s.tag === 'nr')) return undefined;
  if ([...t.word].some((c) => NOT_IN_NAME.has(c)) || ADDRESSED.has(t.word) || !opensClause(tokens, i - 1)) return undefined;
  if (!actsAfter(ctx, i + 1) || isKnownPlaceName(ctx, s.word + t.word)) return undefined;
  return { start: s.start, end: t.end, score: 0.6 };
}

/** Speech at tokens[k], or an adverb of one or two characters and then a verb. */
function actsAfter(ctx: EntityContext, k: number): boolean {
  const tokens = ctx.seg.tokens;
  const a = tokens[k];
  if (!a || a.start !== tokens[k - 1]!.end) return false;
  if (cueAfter(ctx, a.start) && !/^[一二两三四五六七八九十几]/.test(a.word)) return true;
  const v = tokens[k + 1];
  return a.tag === 'd' && a.word.length <= 2 && !!v && v.start === a.end && v.tag === 'v';
}

// Function words jieba glues to the end of a name it does not know (徐虎为/x|居民, 张海迪在/x): they end the name.
const GLUED_FUNCTION = /[为在把将对向从被也又就是已曾]$/;

/**
 * A name of two or three characters with a frequent surname that jieba read, at a clause's opening, as one unknown word
 * with the preposition or adverb after it (徐虎为/x|居民|修好了水管): the name ends before that function word.
 */
function nameBeforeGluedWord(ctx: EntityContext, i: number): NameHit | undefined {
  const tokens = ctx.seg.tokens;
  const t = tokens[i]!;
  if (t.tag !== 'x' || t.word.length < 3 || t.word.length > 4 || !GLUED_FUNCTION.test(t.word) || !isHan(t.word)) return undefined;
  const name = { ...t, word: t.word.slice(0, -1), end: t.end - 1 };
  if (surnameLength(name.word) !== 1 || !hasFrequentSurname(name.word) || !opensClause(tokens, i)) return undefined;
  if (wholeName(name, 1) === undefined || isKnownPlaceName(ctx, name.word)) return undefined;
  const next = tokens[i + 1];
  if (!next || next.start !== t.end || !/^(n|nr|ns|nt|nz|r|v|vn|m)$/.test(next.tag)) return undefined;
  return { start: name.start, end: name.end, score: 0.6 };
}
