import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/read/decodeBytes.ts';
import { readHtml } from '../../src/read/readHtml.ts';
import { readMarkdown } from '../../src/read/readMarkdown.ts';
import { Unreadable } from '../../src/read/readError.ts';
import { normalizeReport } from '../../src/normalize/normalizeReport.ts';
import { DONGGUAN, fixture } from './inputFiles.ts';
import { seededRandom } from '../../src/util/seededRandom.ts';

// Mutated real pages and bytes: the readers may refuse input (Unreadable, with a reason) but never throw anything else,
// and what they accept normalizes to a text whose fold has the same length.
const SEEDS = {
  text: fs.readFileSync(DONGGUAN, 'utf8').slice(0, 6000),
  html: fs.readFileSync(fixture('dongguan-page.html'), 'utf8'),
  md: fs.readFileSync(fixture('dongguan-frontmatter.md'), 'utf8'),
};
const SNIPPETS = [
  '<',
  '>',
  '</p>',
  '<div class="nav">',
  '<script>',
  '---\n',
  '\n\n',
  '# ',
  '**',
  '[',
  '](',
  '\uFFFD',
  '\0',
  '\ud800',
  '[NextPage]',
  '　',
  '&amp;',
  '&#x',
  '`',
  '|',
  '\r',
];

function mutate(source: string, r: () => number): string {
  let s = source;
  const edits = 1 + Math.floor(r() * 12);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(r() * (s.length + 1));
    const op = r();
    if (op < 0.4) s = s.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + s.slice(at);
    else if (op < 0.7) s = s.slice(0, at) + s.slice(at + Math.floor(r() * 200));
    else s = s.slice(0, at) + s.slice(Math.floor(r() * s.length), Math.floor(r() * s.length)) + s.slice(at);
  }
  return s;
}

function check(run: () => { content: string }, format: 'txt' | 'md' | 'html'): string | null {
  let content: string;
  try {
    content = run().content;
  } catch (e) {
    return e instanceof Unreadable ? null : `${(e as Error).name}: ${(e as Error).message}`;
  }
  const report = normalizeReport({ path: 'x', file: 'x.txt', format, encoding: 'UTF-8', content, meta: {} });
  return report.folded.length === report.text.length ? null : 'folded length differs';
}

describe('readers on mutated input', () => {
  const CASES = 300;

  it('html and markdown readers never throw but Unreadable', () => {
    const r = seededRandom(20181126);
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const html = mutate(SEEDS.html, r);
      const f1 = check(() => readHtml(html), 'html');
      if (f1) failures.push(`html ${i}: ${f1}`);
      const md = mutate(SEEDS.md, r);
      const f2 = check(() => readMarkdown(md), 'md');
      if (f2) failures.push(`md ${i}: ${f2}`);
    }
    expect(failures).toEqual([]);
  });

  it('decodeBytes never throws but Unreadable on mutated bytes in every encoding', () => {
    const r = seededRandom(7);
    const failures: string[] = [];
    const encodings = ['utf8', 'gbk', 'utf16le', 'utf16be', 'big5'];
    for (let i = 0; i < CASES; i++) {
      const bytes = Buffer.from(iconv.encode(mutate(SEEDS.text, r).slice(0, 2000), encodings[i % encodings.length]));
      for (let k = 0; k < 1 + Math.floor(r() * 5); k++) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
      const f = check(() => ({ content: decodeBytes(bytes).text }), 'txt');
      if (f) failures.push(`bytes ${i}: ${f}`);
    }
    expect(failures).toEqual([]);
  });
});
