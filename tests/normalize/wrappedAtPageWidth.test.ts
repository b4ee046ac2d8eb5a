import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { cleanText } from '../../src/normalize/cleanText.ts';
import type { RawReport } from '../../src/types.ts';
import { HELDOUT_DIR } from '../heldout/runHeldout.ts';

const raw = (file: string, content: string): RawReport => ({ path: file, file, format: 'txt', encoding: 'UTF-8', content, meta: {} });

/** The report as a PDF copy gives it: every line cut at `width` characters, with a blank line after each paragraph or not. */
function wrap(text: string, width: number, gaps = true): string {
  const out: string[] = [];
  for (let line of text.split('\n')) {
    if (!line.trim()) continue;
    for (; line.length > width; line = line.slice(width)) out.push(line.slice(0, width));
    out.push(line);
    if (gaps) out.push('');
  }
  return out.join('\n');
}
const wrapWithGaps = (text: string, width: number) => wrap(text, width);

const squeeze = (s: string) => s.replace(/\s/g, '');
const readings = (file: string, content: string) => {
  const got = extractReport(raw(file, content));
  return {
    measures: got.measures.map((m) => squeeze(m.heading)),
    figures: got.figures.map((f) => squeeze(f.text)),
    sections: got.report.sections.map((s) => [s.level, squeeze(s.heading)]),
  };
};

// Held-out reports whose lines a wrap cut inside an enumerated action or a number on a line that opens with a heading or an
// ordinal: 泉州 (…；二是⏎开展…, …；二是界别⏎作用…), 常德 (一是…资金40⏎00万元), 安溪 (（一）产业转型步伐加快。…稳定在6⏎0万亩),
// 温州 (the title …和2⏎024年工作思路, 基层商会… measures).
describe('a report wrapped at a page width, its paragraphs parted by blank lines', () => {
  for (const file of [
    'quanzhou-cppcc-standing-committee-2024.txt',
    'changde-ethnic-religious-affairs-2023.txt',
    'anxi-county-government-2023.txt',
    'wenzhou-federation-industry-commerce-2023.txt',
  ]) {
    it(`reads the measures, figures and sections of ${file} as written unwrapped`, () => {
      const text = fs.readFileSync(path.join(HELDOUT_DIR, file), 'utf8');
      const wrapped = readings(file, wrapWithGaps(text, 30));
      const whole = readings(file, text);
      expect(wrapped.measures).toEqual(whole.measures);
      expect(wrapped.figures).toEqual(whole.figures);
      expect(wrapped.sections).toEqual(whole.sections);
    });
  }

  // The 湖北 report's (2) item and the 温州 report's title cut inside a number (the title's lines have no clause punctuation);
  // a heading line written for this test with its body on the next line.
  const PAGE = [
    '温州市工商业联合会（总商会）2023年工作总结和2',
    '024年工作思路',
    '',
    '（一）坚持党的领导，筑牢共同思想政治基础',
    '全年召开常委会会议4次、主席会议11次。',
    '',
    '（2）开展招投标领域突出问题专项整治，抽查项目23',
    '6个，清退违规收取的保证金3200万元。',
    '',
    ...Array.from({ length: 10 }, (_, i) => `全市第${i + 1}批项目已全部完工。\n`),
  ].join('\n');

  it('joins a number a line break cut, and keeps a heading line apart from the body line under it', () => {
    expect(cleanText(PAGE).text.split('\n').slice(0, 4)).toEqual([
      '温州市工商业联合会（总商会）2023年工作总结和2024年工作思路',
      '（一）坚持党的领导，筑牢共同思想政治基础',
      '全年召开常委会会议4次、主席会议11次。',
      '（2）开展招投标领域突出问题专项整治，抽查项目236个，清退违规收取的保证金3200万元。',
    ]);
  });
});

// The same reports one line after another (no blank lines), where the structure stage judges the report wrapped: a line ending
// in a closing quote after a term (察布查尔 …隐形变异的“四风”⏎问题, 安庆 培训“皖嫂”⏎家政人员) and a (2) item the wrap made look
// like a heading line (湖北 …保证金32⏎00万元).
describe('a report wrapped at a page width, one line after another', () => {
  for (const [file, width] of [
    ['qapqal-county-discipline-2024.txt', 28],
    ['anqing-womens-federation-2024.txt', 25],
    ['hubei-transport-dept-2023.txt', 40],
  ] as const) {
    it(`reads the measures and figures of ${file} at ${width} characters as written unwrapped`, () => {
      const text = fs.readFileSync(path.join(HELDOUT_DIR, file), 'utf8');
      const wrapped = readings(file, wrap(text, width, false));
      const whole = readings(file, text);
      expect(wrapped.measures).toEqual(whole.measures);
      expect(wrapped.figures).toEqual(whole.figures);
    });
  }
});
