import type { EntityContext } from '../context.ts';
import { tagOf, type Token } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { tokenHas, tokensWithAny, wordFlag } from '../wordTable.ts';

// A state's legislature, one of its chambers or its cabinet written alone (国会, 参议院, 内阁), or the meeting of one as a
// word of jieba's (内阁会议).
const BODY_WORD = /^(国会|议会|内阁|参议院|众议院|上议院|下议院|参院|众院|国民议会|联邦议院)(会议)?$/;
// The words that may be such a body where they stand (a chamber's word, a party's, or the 议院 of 联邦|议院), flagged
// once per distinct word: the tests below are asked only of them, not of every word of a report.
const MAY_BE_BODY = wordFlag(
  (w) => BODY_WORD.test(w) || REGIONAL_WORD.test(w) || (w.length >= 2 && w.length <= 5 && w.endsWith('党')) || w === '议院',
);
// The legislatures of Hong Kong and Macao (立法会) and Taiwan's (立法院), written after their region (香港特区|立法会) or
// alone where the region is understood (提交立法会审议); not in the name of its election (香港首届立法会选举, which the
// news gold counts no body).
const REGIONAL_BODY = /^(立法会|立法院)$/;
// The same with its region as one word of jieba's (香港立法会/nt): the region is a place of the gazetteer.
const REGIONAL_WORD = /^(?:[\u4e00-\u9fff]{2,7})?(立法会|立法院)$/;
const ELECTION_AFTER = /^(议员)?(选举|换届|选委|补选|直选)/;
// Abbreviations (/j) that open with a country's first character other than China's: the words a party named after its
// country's short form opens on (see abbreviatedCountryParty).
const COUNTRY_ABBREVIATION = wordFlag((w, tag) => (tag === 'j' || tag === '') && w[0] !== '中' && countryInitials().has(w[0]!));
// 议会制度, 议会民主: the institution as a form of government, not one body.
const FORM_AFTER = /^(制|制度|民主|政治|道路|斗争)/;
const SENTENCE_END = /[。！？!?\n]/;
// Words for a party by its role or standing (执政党, 反对党, 政党) or by what its members do to it (入党, 建党), and words for
// a clique (朋党, 余党): a kind of party, no party's name. A party named by its cause (工党, 保守党, 绿党) is one.
const PARTY_KIND_STEM =
  /^(政|执政|在野|反对|参政|多数|少数|第一大|地下|革命|兄弟|大|小|友|朋|奸|乡|会|残|阉|叛|匪|贼|敌|逆|死|余|同|乱|光头|飞车|背包|黄牛|太子|暗杀|拆白|秘书)$/;
// What a one-character stem of a party is when it is the party's cause (工, 绿, 新); a pronoun, verb or numeral makes
// 该党, 入党, 两党.
const PARTY_STEM_TAGS = /^(n|a)$/;

/**
 * 国会, 参议院 and 内阁 written alone, in a sentence that names a foreign country (日本国会…，国会将于下月休会; 埃及总理…在内阁会议上):
 * that country's body, named as written; China has none of them, and as a form of government (议会制度) they are no body.
 * Written after the country they are read whole by `placeTeams` or as jieba's word (日本国会, 美国参议院). So is a party
 * jieba knows by a common noun's tag (工党/n, 保守党/n, 绿党/n): in a sentence about another country it is that country's.
 */
export function bareLegislatures(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const candidates = tokensWithAny(seg, MAY_BE_BODY, COUNTRY_ABBREVIATION);
  for (let n = 0; n < candidates.length; n++) {
    const i = candidates[n]!;
    const t = seg.tokens[i]!;
    const abbreviated = abbreviatedCountryParty(seg.tokens, i);
    if (abbreviated && !cover.any(t.start, abbreviated.end)) {
      const name = folded.slice(t.start, abbreviated.end);
      const hit: OrgHit = { start: t.start, end: abbreviated.end, kind: 'co', id: name, name, score: 0.65 };
      out.push(hit);
      cover.add(hit);
      continue;
    }
    if (!tokenHas(seg, i, MAY_BE_BODY)) continue;
    const prev = seg.tokens[i - 1];
    if (REGIONAL_WORD.test(t.word) && !REGIONAL_BODY.test(t.word)) {
      const region = t.word.slice(0, -3).replace(/(特别行政区|特区)$/, '');
      if (!ctx.gaz.byName.get(region)?.some((p) => p.level === 'province') || cover.any(t.start, t.end)) continue;
      const hit: OrgHit = { start: t.start, end: t.end, kind: 'co', id: t.word, name: t.word, score: 0.65 };
      out.push(hit);
      cover.add(hit);
      continue;
    }
    if (REGIONAL_BODY.test(t.word)) {
      // 香港特区|立法会: the region before it is the front of its name.
      const start = prev && prev.end === t.start && prev.tag === 'ns' ? prev.start : t.start;
      if (start === t.start && ELECTION_AFTER.test(folded.slice(t.end, t.end + 4))) continue;
      if (FORM_AFTER.test(folded.slice(t.end, t.end + 2)) || cover.any(start, t.end)) continue;
      const name = folded.slice(start, t.end);
      const hit: OrgHit = { start, end: t.end, kind: 'co', id: name, name, score: 0.65 };
      out.push(hit);
      cover.add(hit);
      continue;
    }
    const body = BODY_WORD.exec(t.word)?.[1] ?? (isPartyWord(t) || federalChamber(t, prev) ? t.word : undefined);
    if (!body || cover.any(t.start, t.end)) continue;
    const end = t.start + body.length;
    // 北大西洋|议会: a name before it makes a longer name, not read here; a country's (日本|众议院) is read with it.
    const country = prev && prev.end === t.start ? countryOpening(prev) : undefined;
    if (country === undefined && prev && prev.end === t.start && /^(ns|nz|nt|nr|nrt|j|x)$/.test(prev.tag) && prev.word.length > 1) continue;
    if (FORM_AFTER.test(folded.slice(end, end + 2)) || !(country || foreignCountryInSentence(ctx, i))) continue;
    // 联邦|参议院, 德国联邦|议院: the federal chamber is named with 联邦, and with its country where jieba glued them.
    const start = country ? prev!.start : prev?.end === t.start && prev.word === '联邦' ? prev.start : t.start;
    if (cover.any(start, end)) continue;
    const name = folded.slice(start, end);
    const hit: OrgHit = { start, end, kind: 'co', id: name, name, score: 0.65 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/** A party's name jieba knows as a common noun or a name (工党/n, 绿党/n, 保守党/n), not a kind of party (政党, 执政党, 该党). */
function isPartyWord(t: Token): boolean {
  if (t.word.length < 2 || t.word.length > 5 || !t.word.endsWith('党') || !/^(n|nt|nz)$/.test(t.tag)) return false;
  const stem = t.word.slice(0, -1);
  if (PARTY_KIND_STEM.test(stem)) return false;
  return stem.length > 1 || PARTY_STEM_TAGS.test(tagOf(stem));
}

/**
 * A party named after its country's one-character short form (罗|社会民主主义|党, 俄共/j, 日共/j): the short form is a
 * word jieba tags as an abbreviation and a country's name begins with it; 中共 is read as China's party elsewhere.
 */
function abbreviatedCountryParty(tokens: readonly Token[], i: number): { end: number } | undefined {
  const t = tokens[i]!;
  if (t.tag !== 'j' || t.word[0] === '中' || !countryInitials().has(t.word[0]!)) return undefined;
  // 中|苏共|管 is 中苏 共管: a character on either side that makes a word with the abbreviation's is read with it.
  if (t.word.length === 2 && t.word[1] === '共') return gluedEdge(tokens, i) ? undefined : { end: t.end };
  if (t.word.length !== 1) return undefined;
  // The party's name: nouns up to 党, none of them a kind of party (罗|主要|政党).
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const w = tokens[k]!;
    if (w.start !== tokens[k - 1]!.end || !/^(n|nz|vn|nt)$/.test(w.tag)) return undefined;
    if (w.word === '党') return k > i + 1 ? { end: w.end } : undefined;
    if (w.word.endsWith('党')) return isPartyWord(w) ? { end: w.end } : undefined;
  }
  return undefined;
}

function gluedEdge(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const glued = (a: Token | undefined, pair: (a: Token) => string) =>
    !!a && a.word.length === 1 && /[\u4e00-\u9fff]/.test(a.word) && tagOf(pair(a)) !== 'x';
  return (
    glued(before?.end === t.start ? before : undefined, (b) => b.word + t.word[0]) ||
    glued(after?.start === t.end ? after : undefined, (a) => t.word[1] + a.word)
  );
}

let initials: Set<string> | undefined;
/** The first characters of countries' names (罗 of 罗马尼亚, 俄 of 俄罗斯). */
function countryInitials(): Set<string> {
  if (initials) return initials;
  initials = new Set();
  for (const [form, w] of worldNames()) if (w.place?.level === 'country') initials.add(form[0]!);
  return initials;
}

/** 德国联邦|议院: the chamber jieba cut off from its country's federation. */
function federalChamber(t: Token, prev: Token | undefined): boolean {
  return t.word === '议院' && prev?.end === t.start && prev.word.endsWith('联邦');
}

/** A foreign country that a word is or opens with 联邦 (德国|日本, 德国联邦): '' for none of them. */
function countryOpening(prev: Token): string | undefined {
  const country = prev.word.endsWith('联邦') ? prev.word.slice(0, -2) : prev.word;
  return isForeignCountry(country) ? country : undefined;
}

const isForeignCountry = (w: string) => w !== '中国' && worldNames().get(w)?.place?.level === 'country';

/** Whether a country other than China is named in the sentence of token `i`, before or after it. */
function foreignCountryInSentence(ctx: EntityContext, i: number): boolean {
  const { tokens } = ctx.seg;
  // 日本国会/nt, 英国工党/nt, 德国联邦/nt: a word jieba reads whole that opens with a country names the country too.
  const isForeign = (w: string) => {
    for (let n = Math.min(w.length, 9); n >= 2; n--) if (isForeignCountry(w.slice(0, n))) return true;
    return false;
  };
  for (let k = i - 1; k >= 0 && !SENTENCE_END.test(tokens[k]!.word); k--) if (isForeign(tokens[k]!.word)) return true;
  for (let k = i + 1; k < tokens.length && !SENTENCE_END.test(tokens[k]!.word); k++) if (isForeign(tokens[k]!.word)) return true;
  return false;
}
