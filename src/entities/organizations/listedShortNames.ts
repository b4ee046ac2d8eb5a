import type { EntityContext } from '../context.ts';
import { LISTED_SHORT_NAMES } from '../data/listedShortNames.ts';
import { occurringWords, wordIndex } from '../../text/occurrences.ts';
import { segment, tagOf, wordStartingAt, type Token } from '../segment.ts';
import { CEDICT_BODIES } from '../data/cedictBodies.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { worldNames } from '../world/worldNames.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { isListJoiner } from '../../text/listJoiners.ts';

const INDEX = wordIndex(LISTED_SHORT_NAMES);
const CEDICT_NAMES = new Set(CEDICT_BODIES);
// Words jieba reads as names or does not know: a brand's own word (海康|威视, 比亚迪, 蒙牛) is one of them.
const NAMING_TAGS = /^(x|nz|nt|nr|nrt|nrfg|j)$/;
// What is said of a company by its short name where a place and a trade could also be the trade of that place: its
// filings, its shares, its officers, its subsidiaries (海南发展公告, 上海机场股价, 西安旅游董事长).
const COMPANY_CUE = /^(旗下|董事|总裁|总经理|公告|股价|市值|股东|年报|财报|半年报|季报)/;
// The short name begins a longer name (中国出版|集团, 长城汽车|股份有限公司): that name's own rules read it.
const LONGER_NAME = /^(集团|公司|股份(?!制)|控股|有限|分公司|子公司)/;
// The trades of finance and carmaking a firm's short name is written with (中信建投证券, 国泰君安证券, 长城汽车): one firm.
const FIRM_TRADE = /^(证券|银行|基金|保险|信托|期货|汽车)$/;
// A word of the text that carries the name on into a compound noun (中国软件产业, 贵州茅台酒): the name is its modifier.
const COMPOUND_NOUN = /^(n|vn|ng|nz)$/;

/**
 * How a short name may be read: whole wherever it stands as a word, only before a company cue, only beside another
 * listed name in a list (its words are all words of the language: 东方|财富), or never.
 */
type Reading = 'name' | 'cue' | 'list' | 'none';
interface NameReading {
  kind: Reading;
  /** It opens with a place (中国|平安). */
  placeStem: boolean;
  /** jieba knows it as one word (新世界/nz, 比亚迪/nr). */
  known: boolean;
}

/**
 * Companies by the short name they are listed under (贵州茅台, 宁德时代, 长城汽车, 中兴通讯), where the name stands as a
 * word of its own and no earlier recognizer read it. A short name that is a place (张家界, 连云港) or an ordinary word
 * (农产品, 机器人, 城市|传媒) is never read. One that is a place and a trade that several listed names give a place
 * (西安|旅游, 上海|机场: a sector of that place as often) is read only before what is said of a company (its filings,
 * shares, officers); one that opens with a place (中国|平安, 贵州|茅台) is not read as the modifier of a noun after it.
 */
export function listedShortNames(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const found = occurringWords(folded, INDEX);
  const waiting: OrgHit[] = [];
  const onlyListed = new Set<OrgHit>();
  // Only the names the text holds, in the list's order (occurringWords), not every index of thousands.
  for (let n = 0; n < found.words.length; n++) {
    const name = LISTED_SHORT_NAMES[found.words[n]!]!;
    const reading = readingOf(name, ctx.gaz);
    if (reading.kind === 'none') continue;
    for (const at of found.at[n]!) {
      const end = at + name.length;
      if (!seg.boundaries.has(at) || !seg.boundaries.has(end) || cover.any(at, end)) continue;
      // A date or count runs into it (7日电, a dispatch's date).
      if (/[0-9０-９]/.test(folded[at - 1] ?? '')) continue;
      // After 的 a word the dictionary knows is a noun with its modifier (和谐的新世界), not a company.
      if (reading.known && folded[at - 1] === '的') continue;
      if (LONGER_NAME.test(folded.slice(end, end + 3))) continue;
      // 中信建投|证券, 国泰君安|证券: the short name with the trade its firm is registered for is the firm's name.
      const trade = wordStartingAt(seg, end);
      const firm = trade && FIRM_TRADE.test(trade.word) && !name.endsWith(trade.word) ? trade.end : undefined;
      if (firm !== undefined && cover.any(at, firm)) continue;
      const cue = firm !== undefined || COMPANY_CUE.test(folded.slice(end, end + 3)) || listedWithCompany(folded, at, end, out, taken);
      const full = folded.slice(at, firm ?? end);
      const hit: OrgHit = { start: at, end: firm ?? end, kind: 'co', id: full, name: full, score: 0.7 };
      if (reading.kind === 'list') {
        waiting.push(hit);
        onlyListed.add(hit);
        continue;
      }
      if (!cue && (reading.kind === 'cue' || (reading.placeStem && COMPOUND_NOUN.test(wordStartingAt(seg, end)?.tag ?? '')))) {
        waiting.push(hit);
        continue;
      }
      out.push(hit);
      cover.add(hit);
    }
  }
  // 东方财富、华泰证券: a name whose only cue is a company beside it in a list is read once every name is (the names are
  // visited in the list's order, not the text's), and a name so read is the cue of the next one. A name of words of the
  // language only is read only beside another listed name (东方财富 beside 华泰证券), not beside any body.
  for (let more = true; more;) {
    more = false;
    for (const hit of waiting) {
      if (out.includes(hit) || cover.any(hit.start, hit.end)) continue;
      if (!listedWithCompany(folded, hit.start, hit.end, out, ...(onlyListed.has(hit) ? [] : [taken]))) continue;
      out.push(hit);
      cover.add(hit);
      more = true;
    }
  }
  return out;
}

/**
 * The name is a member of a list (…、…, … 和 …) whose neighbour right before or after it is a company already read
 * (中国中免、中国中车和中国铁建): it is named among companies.
 */
function listedWithCompany(folded: string, at: number, end: number, ...lists: readonly (readonly OrgHit[])[]): boolean {
  const before = isListJoiner(folded[at - 1] ?? '');
  const after = isListJoiner(folded[end] ?? '');
  if (!before && !after) return false;
  return lists.some((hits) => hits.some((h) => h.kind === 'co' && ((before && h.end === at - 1) || (after && h.start === end + 1))));
}

const readings = new Map<string, NameReading>();

/** How a listed short name may be read, from its words (each name once per process). */
export function readingOf(name: string, gaz: Gazetteer): NameReading {
  let r = readings.get(name);
  if (r) return r;
  r = judge(name, gaz);
  readings.set(name, r);
  return r;
}

function judge(name: string, gaz: Gazetteer): NameReading {
  const none: NameReading = { kind: 'none', placeStem: false, known: false };
  if (isPlace(name, gaz)) return none;
  const words = segment(name).tokens;
  const tag = words[0]!.tag;
  if (words.length === 1) {
    if (!NAMING_TAGS.test(tag)) return none;
    // A word jieba knows but not as a body (红太阳/nr, 万年青/nr, 新世界/nz) is a word of the language as often, unless
    // the dictionary of bodies glosses it as a company (比亚迪).
    const plain = tag !== 'x' && tag !== 'nt' && tag !== 'j' && !CEDICT_NAMES.has(name);
    return { kind: plain ? 'cue' : 'name', placeStem: false, known: tag !== 'x' };
  }
  const stem = placeStemLength(words, gaz);
  if (stem > 0) {
    const tail = name.slice(words[stem - 1]!.end);
    // 中国 before a word jieba knows (中国|软件, 中国|卫星, 中国|平安) is China's trade or state as often: a company only
    // where the text says so, like a place's sector; before a word it does not know (中国|中车) it is a name.
    const country = !gaz.byName.has(name.slice(0, words[stem - 1]!.end));
    const common = country && !/^(x|nt)$/.test(tagOf(tail));
    return { kind: common || sectorTails(gaz).has(tail) ? 'cue' : 'name', placeStem: true, known: false };
  }
  // No place before it: a word of its own must name it (海康|威视, 蒙牛|乳业), not only words of the language (国际|医学,
  // 东方|财富), which name it only among other listed names.
  const naming = words.some((w) => NAMING_TAGS.test(w.tag) && !isGenericWord(w));
  return naming ? { kind: 'name', placeStem: false, known: false } : { kind: 'list', placeStem: false, known: false };
}

/** A province, city or county (full name or short form), or a country of the world data (中国). */
export function isPlace(word: string, gaz: Gazetteer): boolean {
  return gaz.byName.has(word) || worldNames().get(word)?.type === 'place';
}

/** How many of the name's first words are places (贵州|茅台: 1), leaving at least one word after them. */
function placeStemLength(words: readonly Token[], gaz: Gazetteer): number {
  let k = 0;
  while (k < words.length - 1 && isPlace(words[k]!.word, gaz)) k++;
  return k;
}

let sectors: Set<string> | undefined;

/**
 * The trades that follow two or more different places among the listed names (西安旅游 and 桂林旅游, 上海建工 and
 * 安徽建工, 宁波银行 and 江苏银行): a place's sector (西安旅游 is also the tourism of 西安), not one company's brand. Read
 * from the names' characters (a place of two or three characters first), once.
 */
export function sectorTails(gaz: Gazetteer): Set<string> {
  if (sectors) return sectors;
  const stems = new Map<string, Set<string>>();
  for (const name of LISTED_SHORT_NAMES) {
    const place = placeStemOf(name, gaz);
    if (!place) continue;
    const tail = name.slice(place.length);
    if (!stems.has(tail)) stems.set(tail, new Set());
    stems.get(tail)!.add(place);
  }
  sectors = new Set([...stems].filter(([, places]) => places.size >= 2).map(([tail]) => tail));
  return sectors;
}

/** The place of two or three characters a listed name opens with, leaving two characters or more (贵州|茅台 → 贵州). */
export function placeStemOf(name: string, gaz: Gazetteer): string | undefined {
  for (const n of [3, 2]) if (name.length - n >= 2 && isPlace(name.slice(0, n), gaz)) return name.slice(0, n);
  return undefined;
}
