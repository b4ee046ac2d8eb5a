import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { gazetteerNames, loadGazetteer } from './places/gazetteer.ts';

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
}

let jieba: Jieba | undefined;

/** jieba with its default dictionary plus every gazetteer name, so that rare towns (高埗镇) segment whole. Built once. */
function segmenter(): Jieba {
  if (jieba) return jieba;
  const j = Jieba.withDict(dict);
  const names = gazetteerNames(loadGazetteer()).filter((n) => n.length >= 3);
  j.loadDict(Buffer.from(names.map((n) => `${n} 2000 ns`).join('\n'), 'utf8'));
  jieba = j;
  return j;
}

/** Segments a (folded) text with HMM on, so unknown names stay whole. */
export function segment(text: string): Segmentation {
  const tagged = segmenter().tag(text, true);
  const tokens: Token[] = [];
  const boundaries = new Boundaries(text.length);
  const tokenAt = new Int32Array(text.length + 1).fill(-1);
  let at = 0;
  for (const t of tagged) {
    // jieba works on code points: re-find each word so that offsets stay UTF-16 indices into the text.
    const start = text.startsWith(t.word, at) ? at : text.indexOf(t.word, at);
    if (start < 0) continue;
    const end = start + t.word.length;
    boundaries.add(start);
    boundaries.add(end);
    for (let i = start; i < end; i++) tokenAt[i] = tokens.length;
    tokens.push({ word: t.word, tag: t.tag, start, end });
    at = end;
  }
  boundaries.add(text.length);
  return { tokens, boundaries, tokenAt };
}

/** The tokens that overlap [start, end), found through `tokenAt` rather than a scan of every token. */
export function tokensIn(seg: Segmentation, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end && i < seg.tokenAt.length && seg.tokenAt[i]! < 0) i++;
  if (i >= end || i >= seg.tokenAt.length) return out;
  for (let k = seg.tokenAt[i]!; k < seg.tokens.length && seg.tokens[k]!.start < end; k++) out.push(seg.tokens[k]!);
  return out;
}
