import type { Segmentation } from '../segment.ts';
import { lengthBit, loadGazetteer, placesIn, prefixReach, type Gazetteer, type GazPlace } from './gazetteer.ts';
import { tagOf, tagOfCharAt } from '../segment.ts';
import { countiesByStem, countyStems } from './countyStems.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

const NAME_CHAR_TAGS = /^(ns|nr|g|zg|ng|x)$/;
// Words that follow a place's name and that jieba joins to it in one word (台湾|同胞, 台湾|当局, 南京|大屠杀, 西安|事变,
// 香港|回归 and 台湾|光复: the place's return or recovery).
const PLACE_FOLLOWERS = /^(同胞|当局|独立|回归|光复|人民|市民|居民|问题|大屠杀|事变|起义|事件|战役|会战)$/;
// Tags jieba gives such words (台湾同胞/n, 台湾当局/nz, 台湾独立/nr); a body it knows whole (nt) or a place (ns) is read
// by other rules.
const FOLLOWER_TAGS = /^(n|nz|nr|l|v|vn)$/;

// A word that may open a place's name where it stands: its first two characters open a gazetteer name, or it is a short
// form of a county. Only these (and words of one character, whose name may go on into the next word) are asked of the
// gazetteer: most words of a report open none, and what else the loop below asks of them depends on the word alone.
// Only words that open with a Chinese character are flagged, the first test the loop makes of each.
const MAY_OPEN_PLACE = wordFlag((w) => {
  const code = w.charCodeAt(0);
  if (code < 0x4e00 || code > 0x9fff) return false;
  const gaz = loadGazetteer();
  return w.length < 2 || prefixReach(gaz, w, 0) !== undefined || gaz.shortCounties.has(w) || countyStems(gaz).has(w);
});

/** A gazetteer name found in the text, with every place of that name (names repeat across China). */
export interface GazMatch {
  start: number;
  end: number;
  /** The name as it reads in the folded text (东莞, 东莞市, 大朗镇). */
  name: string;
  places: GazPlace[];
}

/**
 * Every gazetteer name that stands as a word of its own in the text: the longest name starting at each word boundary
 * that also ends at one (so 东莞 inside 东莞市 is not read twice, and 和平区 inside 和平区域 not at all).
 */
export function matchGazetteer(folded: string, seg: Segmentation, gaz: Gazetteer): GazMatch[] {
  const found: GazMatch[] = [];
  const { tokens } = seg;
  const opening = tokensWith(seg, MAY_OPEN_PLACE);
  // The last token a name read takes in: the words inside it open no name of their own.
  let taken = -1;
  for (let n = 0; n < opening.length; n++) {
    let k = opening[n]!;
    if (k <= taken) continue;
    const start = tokens[k]!.start;
    // A county of one character (莒县, 歙县) is a word of the language as often as a place (乡镇和县直单位, which jieba
    // cuts 和县): a name only where jieba reads the pair as one place word and the character as no word of the language
    // (a place, a surname or a bound character: 莒/ns, 隰/g, 萧/nr; not 和/c, 新/a, 兴/v).
    // Right after the province or city it lies in (安徽省|和县), the pair is that county whatever its character is elsewhere.
    const short =
      tokens[k]!.word.length === 2 && tokens[k]!.tag === 'ns'
        ? NAME_CHAR_TAGS.test(tagOfCharAt(tokens[k]!.word, 0))
          ? gaz.shortCounties.get(tokens[k]!.word)
          : countyOfParentBefore(gaz, tokens[k]!.word, found.at(-1), start)
        : undefined;
    const stemmed = short ?? countiesByStem(gaz, tokens, k);
    if (stemmed) {
      // 积石山|县/zg: the county's stem and its level word jieba left alone, one short name (积石山县 for 积石山保安族…自治县).
      const level = tokens[k + 1];
      const withLevel = !short && level?.word === '县' && level.start === tokens[k]!.end && stemmed.every((p) => p.name.endsWith('县'));
      const end = withLevel ? level.end : tokens[k]!.end;
      found.push({ start, end, name: folded.slice(start, end), places: stemmed });
      if (withLevel) taken = k + 1;
      continue;
    }
    const lengths = prefixReach(gaz, folded, start);
    if (lengths === undefined) continue;
    const { reach, mask } = lengths;
    // Candidate ends are word ends within reach of the longest name with this prefix; the longest name wins.
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1]!.end - start <= reach) last++;
    let hit: GazMatch | undefined;
    for (let e = last; e >= k && !hit; e--) {
      const end = tokens[e]!.end;
      if (end - start < 2) break;
      // No name of this prefix is that long: no string is made to ask.
      if (!(mask & lengthBit(end - start))) continue;
      const name = folded.slice(start, end);
      const places = gaz.byName.get(name);
      if (places) hit = { start, end, name, places };
    }
    const word = tokens[k]!.word;
    const tag = tokens[k]!.tag;
    // 上海浦东新区/ns, 云南省西双版纳傣族自治州/ns: jieba knows a place written with its parent as one word; both are named
    // there (before the parent alone is read at the word's front).
    if (!hit && word.length >= 4 && tag === 'ns') {
      const pair = parentAndChild(gaz, word);
      if (pair) {
        found.push({ start, end: start + pair.split, name: word.slice(0, pair.split), places: pair.parent });
        hit = { start: start + pair.split, end: tokens[k]!.end, name: word.slice(pair.split), places: pair.child };
      }
    }
    // 上海南京路/ns, 承德避暑山庄/ns: jieba knows a street or a sight written after its city as one word; the city (or
    // province) is named at the word's front where the rest is a place word of its own (sightsAfterCity reads the rest).
    if (!hit && word.length >= 4 && tag === 'ns') {
      const front = placeAtFront(gaz, word, start, mask, 2, word.length - 2, restIsPlaceWord);
      if (front?.places.some((p) => p.level === 'province' || p.level === 'city')) hit = front;
    }
    // jieba knows some bodies whole (广东省教育厅, 杭州市委): the place they start with is still named there.
    if (!hit && word.length >= 4 && /^(nt|ns|nz|x|j)$/.test(tag))
      hit = placeAtFront(gaz, word, start, mask, 3, word.length - 1, endsAsDivision);
    // 台湾同胞, 台湾当局, 南京大屠杀: jieba knows a place and a word that follows places as one word; so 香港市民/ns, which
    // it takes for a place.
    if (!hit && word.length >= 4 && (FOLLOWER_TAGS.test(tag) || tag === 'ns'))
      hit = placeAtFront(gaz, word, start, mask, 2, word.length - 2, restFollowsPlace);
    if (hit) {
      found.push(hit);
      while (k + 1 < tokens.length && tokens[k + 1]!.start < hit.end) k++;
      taken = k;
    }
  }
  return found;
}

/** The one-character counties of `word` that lie in the place matched right before it (安徽省|和县, not 乡镇|和县). */
function countyOfParentBefore(gaz: Gazetteer, word: string, before: GazMatch | undefined, start: number): GazPlace[] | undefined {
  const counties = before?.end === start ? gaz.shortCounties.get(word) : undefined;
  const inIt = counties && placesIn(counties, before!.places);
  return inIt?.length ? inIt : undefined;
}

// Module functions, not closures per word: matching runs over every word of every report.
const endsAsDivision = (name: string) => /[省市县区]$/.test(name);
const restFollowsPlace = (_: string, rest: string) => PLACE_FOLLOWERS.test(rest);
// Not a street's side (南京|东路 of 南京东路/ns, 中山|北路): the city's name is the street's own there.
const restIsPlaceWord = (_: string, rest: string) => tagOf(rest) === 'ns' && !(rest.length === 2 && /[路街道巷]$/.test(rest));

/**
 * The longest gazetteer name of `shortest` to `longest` characters that a word starting at `start` begins with, where
 * `fits` accepts the name and the rest of the word; `mask` holds the lengths of the names opening with the word's first
 * two characters (`PrefixLengths`), so that no string is made for a length no name has.
 */
function placeAtFront(
  gaz: Gazetteer,
  word: string,
  start: number,
  mask: number,
  shortest: number,
  longest: number,
  fits: (name: string, rest: string) => boolean,
): GazMatch | undefined {
  for (let len = Math.min(longest, gaz.maxNameLength); len >= shortest; len--) {
    if (!(mask & lengthBit(len))) continue;
    const name = word.slice(0, len);
    const places = fits(name, word.slice(len)) ? gaz.byName.get(name) : undefined;
    if (places) return { start, end: start + len, name, places };
  }
  return undefined;
}

/**
 * A word that is a gazetteer place and, right after it, a place that lies in it: of three characters or more, or of two
 * after a province (广西南宁/ns: 广西 and 南宁).
 */
function parentAndChild(gaz: Gazetteer, word: string): { split: number; parent: GazPlace[]; child: GazPlace[] } | undefined {
  for (let split = 2; split <= word.length - 2; split++) {
    const parent = gaz.byName.get(word.slice(0, split));
    const child = parent && gaz.byName.get(word.slice(split));
    if (!parent || !child || (word.length - split < 3 && !parent.some((p) => p.level === 'province'))) continue;
    const inIt = placesIn(child, parent);
    if (inIt.length) return { split, parent, child: inIt };
  }
  return undefined;
}
