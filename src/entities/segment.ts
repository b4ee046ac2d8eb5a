import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { gazetteerWordsBytes } from './places/gazetteerWords.ts';
import { pushAll } from '../util/arrays.ts';
import { boundWordTable, knownWordId, setTagOfId, tagOfId, wordFlag, wordId } from './wordTable.ts';

/** One word of the segmented text, with its offsets and jieba's part-of-speech tag. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Offsets where a word starts or ends, as a flat array (a Set of every offset is slow on long reports). */
export class Boundaries {
  private readonly flags: Uint8Array;
  constructor(length: number) {
    this.flags = new Uint8Array(length + 1);
  }
  add(i: number): void {
    this.flags[i] = 1;
  }
  has(i: number): boolean {
    return this.flags[i] === 1;
  }
}

/** Word boundaries and tags of one text, for the recognizers' boundary checks. */
export interface Segmentation {
  tokens: Token[];
  /** Offsets where a token starts (and the text's end). */
  boundaries: Boundaries;
  /** Token index covering each character offset. */
  tokenAt: Int32Array;
  /** Each token's word id (wordTable.ts): one number per distinct word in the process, with the word's flags. */
  ids: Int32Array;
}

let jieba: Jieba | undefined;

// The default dictionary is read from the package's dict.txt when jieba is built, not through its dict.js, which also reads
// its 6 MB of keyword weights (idf.txt, unused here) in every thread as the extractor loads.
const defaultDictionary = () => fs.readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));

/** jieba with its default dictionary plus every gazetteer name, so that rare towns (高埗镇) segment whole. Built once. */
function segmenter(): Jieba {
  if (jieba) return jieba;
  // Two loads, not one of both dictionaries joined: joining copies 5.7 MB, and one load measured no faster (CPU to jieba
  // built, 15 runs by turns: 88.0 ms for two loads, 91.7 for one).
  const j = Jieba.withDict(defaultDictionary());
  j.loadDict(gazetteerWordsBytes());
  jieba = j;
  return j;
}

/** Segments a (folded) text with HMM on, so unknown names stay whole. */
export function segment(text: string): Segmentation {
  if (boundWordTable()) tagOfCode.clear();
  const words = cutByLines(text);
  const tokens: Token[] = [];
  const boundaries = new Boundaries(text.length);
  const tokenAt = new Int32Array(text.length + 1).fill(-1);
  let at = 0;
  // Indexes, not for…of, over every word here and in assignTags: until V8 optimizes a loop, for…of makes an iterator
  // result per word.
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    // jieba works on code points: re-find each word so that offsets stay UTF-16 indices into the text.
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    const end = start + word.length;
    boundaries.add(start);
    boundaries.add(end);
    // A loop, not tokenAt.fill: most words are a character or two, too short to pay for a call.
    for (let i = start, k = tokens.length; i < end; i++) tokenAt[i] = k;
    tokens.push({ word, tag: '', start, end });
    at = end;
  }
  boundaries.add(text.length);
  const ids = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) ids[k] = wordId(tokens[k]!.word);
  assignTags(text, tokens, ids);
  return { tokens, boundaries, tokenAt, ids };
}

/**
 * Where the words of a (short) text start and end, as `segment(text).boundaries` has them, without the tokens and their
 * tags: what the tests of whether a word stands whole in a few characters around it need.
 */
export function wordBoundaries(text: string): Boundaries {
  const words = cutByLines(text);
  const boundaries = new Boundaries(text.length);
  let at = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    boundaries.add(start);
    at = start + word.length;
    boundaries.add(at);
  }
  boundaries.add(text.length);
  return boundaries;
}

// A long text is cut a stretch of lines at a time: the same words (jieba cuts between a line break and what follows it
// whatever comes before, and keeps \r\n whole), without a list of every word of a 49 MB report held at once.
const CUT_STRETCH = 1 << 18;

// A cut made ahead (cutAhead), kept until segment() or wordBoundaries() is asked for the same text.
let cutMade: { text: string; words: string[] } | undefined;

/**
 * Starts jieba's cut of a text that segment() will be asked for soon, on libuv's thread pool, so that this thread goes on
 * with other work meanwhile (src/corpus/extractAhead.ts: the next report's words are cut while this one is extracted).
 * Resolves when the words are kept. The same cut as the one it saves (one dictionary, the same text); a text longer
 * than a stretch is left to be cut in its turn.
 */
export async function cutAhead(text: string): Promise<void> {
  if (text.length > CUT_STRETCH) return;
  const words = (await segmenter().cutAsync(text, true)) as string[];
  cutMade = { text, words };
}

function cutByLines(text: string): string[] {
  if (cutMade !== undefined && cutMade.text === text) {
    const { words } = cutMade;
    cutMade = undefined;
    return words;
  }
  if (text.length <= CUT_STRETCH) return segmenter().cut(text, true);
  const words: string[] = [];
  for (let from = 0; from < text.length;) {
    const lineEnd = text.indexOf('\n', from + CUT_STRETCH);
    const to = lineEnd < 0 ? text.length : lineEnd + 1;
    pushAll(words, segmenter().cut(text.slice(from, to), true));
    from = to;
  }
  return words;
}

// jieba's tag is its cut plus a lookup of each word (its dictionary tag, else x, m or eng), so a word's tag does not
// depend on where it stands. Asking jieba for the tags of whole reports makes an object per token, which costs five
// times the cut itself: the tags are asked once per distinct word and kept with the word's id (wordTable.ts).
// Characters jieba never joins to a neighbour: a stretch between two of them segments as it does inside the whole text.
const BLOCK_EDGE = /[\s。，,；;：:！？!?、（）()“”‘’《》〈〉【】「」]/;

function assignTags(text: string, tokens: Token[], ids: Int32Array): void {
  const unseen = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const tag = tagOfId(ids[k]!);
    if (tag) t.tag = tag;
    else if (!/\s/.test(t.word)) unseen.add(t.word);
  }
  const missing = [...unseen];
  if (missing.length) {
    // One call for every new word, each on a line of its own (a line break always ends a block).
    const tagged = segmenter().tag(missing.join('\n'), true);
    let w = 0;
    let group: TaggedWord[] = [];
    const close = () => {
      const word = missing[w++];
      if (word !== undefined && group.length === 1 && group[0]!.word === word) setTagOfId(wordId(word), group[0]!.tag);
      group = [];
    };
    for (const t of tagged) {
      if (t.word === '\n') close();
      else group.push(t);
    }
    close();
  }
  // Words jieba reads otherwise on their own (并于 → 并|于): their tag is read in the stretch of text they stand in.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.tag) t.tag = tagOfId(ids[k]!) || tagInPlace(text, t);
  }
}

function tagInPlace(text: string, token: Token): string {
  let from = token.start;
  while (from > 0 && !BLOCK_EDGE.test(text[from - 1]!)) from--;
  let to = token.end;
  while (to < text.length && !BLOCK_EDGE.test(text[to]!)) to++;
  let at = from;
  for (const t of segmenter().tag(text.slice(from, to), true)) {
    const start = text.startsWith(t.word, at) ? at : text.indexOf(t.word, at);
    if (start < 0) break;
    if (start === token.start && t.word === token.word) {
      setTagOfId(wordId(t.word), t.tag);
      return t.tag;
    }
    at = start + t.word.length;
  }
  // Never seen on real text; the whole text's own tagging is the reference.
  return fullTag(text, token);
}

function fullTag(text: string, token: Token): string {
  let at = 0;
  for (const t of segmenter().tag(text, true)) {
    const start = text.startsWith(t.word, at) ? at : text.indexOf(t.word, at);
    if (start < 0) continue;
    if (start === token.start) return t.tag;
    at = start + t.word.length;
  }
  return 'x';
}

/** Words jieba tags as a place (ns), or whose tag is not known yet: `tokensWith(seg, PLACE_TAGGED)`, then the tag asked. */
export const PLACE_TAGGED = wordFlag((_, tag) => tag === 'ns' || tag === '');

/** The tokens that overlap [start, end), found through `tokenAt` rather than a scan of every token. */
export function tokensIn(seg: Segmentation, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end && i < seg.tokenAt.length && seg.tokenAt[i]! < 0) i++;
  if (i >= end || i >= seg.tokenAt.length) return out;
  for (let k = seg.tokenAt[i]!; k < seg.tokens.length && seg.tokens[k]!.start < end; k++) out.push(seg.tokens[k]!);
  return out;
}

/** The word jieba reads that ends exactly at `at`, if one does (the word right before a name or a body's head). */
export function wordEndingAt(seg: Segmentation, at: number): Token | undefined {
  const t = seg.tokens[seg.tokenAt[at - 1] ?? -1];
  return t && t.end === at ? t : undefined;
}

/** The word jieba reads that starts exactly at `at`, if one does (the word right after a name). */
export function wordStartingAt(seg: Segmentation, at: number): Token | undefined {
  const t = seg.tokens[seg.tokenAt[at] ?? -1];
  return t && t.start === at ? t : undefined;
}

/**
 * A word ends at `at`: jieba cuts there, or the word it glued across `at` is made of dictionary words that part there
 * (协会|会员 read as 协会会员, 商会|会长 as 商会会长).
 */
export function wordEndsAt(seg: Segmentation, at: number): boolean {
  if (seg.boundaries.has(at)) return true;
  const t = seg.tokens[seg.tokenAt[at] ?? -1];
  if (!t) return false;
  let end = t.start;
  for (const p of wordParts(t.word)) if ((end += p.length) === at) return true;
  return false;
}

/** jieba's tag of a word on its own (its dictionary tag; x for a word it does not know). */
export function tagOf(word: string): string {
  const seen = knownWordId(word);
  const known = seen < 0 ? '' : tagOfId(seen);
  if (known) return known;
  const tagged = segmenter().tag(word, false);
  const tag = tagged.length === 1 && tagged[0]!.word === word ? tagged[0]!.tag : 'x';
  setTagOfId(seen < 0 ? wordId(word) : seen, tag);
  return tag;
}

// tagOf of one character, by its code: reading a Han character out of a word makes a string each time, and the count
// words' test asks it of the first two characters of most words. It holds what tagOf answered, so it is emptied with it.
const tagOfCode = new Map<number, string>();

/** tagOf(word[i]), without making the string of that character once its tag is known. */
export function tagOfCharAt(word: string, i: number): string {
  const code = word.charCodeAt(i);
  let tag = tagOfCode.get(code);
  if (tag === undefined) {
    tag = tagOf(word[i]!);
    tagOfCode.set(code, tag);
  }
  return tag;
}

const MAX_CACHED_PARTS = 500_000;
const partsOfWord = new Map<string, string[]>();

/**
 * The longest-first tiling of `word` from `at` by the words of `inside`, allowing at most `singles` one-character pieces
 * that no word covers (大|城市); undefined when there is none.
 */
function tile(word: string, inside: Set<string>, at: number, singles: number): string[] | undefined {
  if (at === word.length) return [];
  for (let len = word.length - at - (at === 0 ? 1 : 0); len >= 1; len--) {
    const piece = word.slice(at, at + len);
    const known = inside.has(piece);
    if (!known && (len > 1 || singles === 0)) continue;
    const rest = tile(word, inside, at + len, known ? singles : singles - 1);
    if (rest) return [piece, ...rest];
  }
  return undefined;
}

/**
 * The dictionary words a word is made of, left to right, when jieba's search cut tiles it with shorter words (严肃查处 →
 * 严肃|查处); the word itself otherwise.
 */
export function wordParts(word: string): string[] {
  const known = partsOfWord.get(word);
  if (known) return known;
  let parts = [word];
  if (word.length >= 3) {
    // The search cut lists the shorter words inside a long one, then the word; the longest tiling from the left is kept.
    const inside = new Set(
      segmenter()
        .cutForSearch(word, false)
        .filter((w) => w.length < word.length),
    );
    const tiling = tile(word, inside, 0, 1);
    if (tiling && tiling.length > 1) parts = tiling;
  }
  if (partsOfWord.size > MAX_CACHED_PARTS) partsOfWord.clear();
  partsOfWord.set(word, parts);
  return parts;
}
