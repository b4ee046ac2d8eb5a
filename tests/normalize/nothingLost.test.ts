import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { cleanText } from '../../src/normalize/cleanText.ts';

// Whatever cleanText does to a text, each visible character ends up either in the text or in `removed`: nothing is lost
// silently. Checked on the Dongguan report cut, shuffled and salted with chrome lines, markers and stray whitespace.
const REAL = fs.readFileSync(path.resolve(import.meta.dirname, '../../data/reports/dongguan-2018.txt'), 'utf8').split('\n');
const SALT = [
  '主办单位：某某网',
  '当前位置：首页 > 正文',
  '【打印】【关闭】',
  '[NextPage]',
  '[/NextPage]',
  '#p#分页#e#',
  '　　',
  '\r',
  '\t',
  ' ',
  '\u00A0',
  '',
  '来源：新华网',
  '版权所有 ©',
];

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const visible = (s: string) => [...s.replace(/[\s\u3000\u00A0\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')].sort().join('');

describe('cleanText loses nothing silently', () => {
  it('every visible character of the input is in the text or in removed (400 salted variants)', () => {
    const r = rng(42);
    const failures: number[] = [];
    for (let n = 0; n < 400; n++) {
      const lines: string[] = [];
      const start = Math.floor(r() * REAL.length);
      for (let i = start; i < Math.min(REAL.length, start + 1 + Math.floor(r() * 8)); i++) {
        let line = REAL[i];
        if (r() < 0.3) line = SALT[Math.floor(r() * SALT.length)] + line;
        if (r() < 0.3) line += SALT[Math.floor(r() * SALT.length)];
        lines.push(line);
        if (r() < 0.3) lines.push(SALT[Math.floor(r() * SALT.length)]);
      }
      if (r() < 0.5) lines.unshift(...SALT.slice(0, Math.floor(r() * 4)));
      const input = lines.join(r() < 0.5 ? '\n' : '\r\n');
      const { text, removed } = cleanText(input);
      if (visible(input) !== visible(text + removed.join(''))) failures.push(n);
      if (/\n\n|[ \t]\n|\r/.test(text)) failures.push(-n);
    }
    expect(failures).toEqual([]);
  });
});
