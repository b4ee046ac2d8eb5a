import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/entities/segment.ts';

// A long report is cut a stretch of lines at a time (no list of every word of 49 MB at once): the words are those of
// one cut of the whole, since jieba cuts between a line break and what follows it whatever came before (\r\n kept whole).
describe('segmenting a long text', () => {
  it('gives every line the words it has on its own, across the stretches the text is cut in', () => {
    const report = fs
      .readFileSync('data/reports/dongguan-2018.txt', 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r/g, '');
    const lines = report
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => (i % 3 === 0 ? `${l}\r` : l));
    const long = Array.from({ length: 14 }, () => lines.join('\n')).join('\n');
    expect(long.length).toBeGreaterThan(1 << 18);
    const expected = long.split('\n').flatMap((line, i, all) => {
      const crlf = line.endsWith('\r');
      const own = segment(crlf ? line.slice(0, -1) : line).tokens.map((t) => t.word);
      const last = i === all.length - 1;
      return [...own, ...(crlf ? [last ? '\r' : '\r\n'] : last ? [] : ['\n'])];
    });
    expect(segment(long).tokens.map((t) => t.word)).toEqual(expected);
  });
});
