import type { Span } from '../../types.ts';
import type { ChangeWord } from './readPhrase.ts';

/**
 * What a figure measures, as read in its sentence. `start`/`end` point into the sentence (for a number that shares the
 * indicator of an earlier one, at that one's words); `text` may join two stretches (城镇 + 居民人均收入).
 */
export interface IndicatorRead extends Span {
  text: string;
  /** The change word read with it (增长 → increase, 下降 → decrease, 上涨/涨幅 → price), else null. */
  change: ChangeWord | null;
  /**
   * before: the words before the number; after: the noun a counting unit quantifies (153条整改措施);
   * previous: an earlier figure's or clause's indicator (国内生产总值达到67.7万亿元，增长6.9%);
   * respectively: one part of a subject shared by 分别 (城镇和农村居民人均收入分别增长8.8%和9.6%);
   * clause: nothing better than the clause's own words.
   */
  from: 'before' | 'after' | 'previous' | 'respectively' | 'clause';
  /** The clause refers back (这个比重, 其中…) to what no earlier words of the sentence name: the noun it refers with ('' for 其中). */
  anaphor?: string;
  /** The number is a level of what the read names, not the change a word before it says (提升40%职工的工资级别: a share). */
  level?: true;
}

/** The read of a span of the sentence, its words as they stand. */
export function readSpan(sentence: string, span: Span, change: ChangeWord | null, from: IndicatorRead['from']): IndicatorRead {
  return { start: span.start, end: span.end, text: sentence.slice(span.start, span.end), change, from };
}

/**
 * Renames reads in place: each read `rename` gives a new text takes it, and a later read that takes the same text from
 * an earlier figure (from 'previous') takes the same new text, so the figures of one clause keep one key.
 */
export function renameReads(out: IndicatorRead[], rename: (read: IndicatorRead, i: number) => string | undefined): void {
  const renamed = new Map<string, string>();
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    const earlier = read.from === 'previous' ? renamed.get(read.text) : undefined;
    if (earlier !== undefined) {
      out[i] = { ...read, text: earlier };
      continue;
    }
    const text = rename(read, i);
    if (text === undefined) continue;
    renamed.set(read.text, text);
    out[i] = { ...read, text };
  }
}
