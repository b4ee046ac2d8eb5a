// Text of the shapes that once made extraction quadratic or unbounded (issue 14), grown to a given length.
import fs from 'node:fs';
import path from 'node:path';

const DONGGUAN = fs.readFileSync(path.resolve(import.meta.dirname, '../../data/reports/dongguan-2018.txt'), 'utf8');
const HEAD = '关于东莞市巡视整改进展情况的通报\n根据省委统一部署,省委第二巡视组对东莞市进行了巡视。\n';
// The Dongguan body without any punctuation or line break: one clause as long as the text.
const RUN = DONGGUAN.split('\n')
  .slice(3)
  .join('')
  .replace(/[\s,，。、;；:：!！?？“”"()（）《》\-—[\]/]/g, '');

const grow = (n: number, piece: (i: number) => string) => {
  let s = HEAD;
  for (let i = 1; s.length < n; i++) s += piece(i);
  return s;
};

export const HOSTILE_SHAPES: Record<string, (n: number) => string> = {
  /** No punctuation and no line break: every figure's clause is the whole text. */
  'unpunctuated run': (n) => HEAD + RUN.repeat(Math.ceil(n / RUN.length)).slice(0, n),
  /** 1、整改落实1件 … one short unpunctuated line each: the hard-wrap repair joined them into one clause. */
  'line list': (n) => grow(n, (i) => `${i}、整改落实${i}件\n`),
  /** Brackets and quotes opened and never closed, then closed deep down. */
  'deep brackets': (n) => grow(n, (i) => (i % 2 ? `《（“关于整改${i}件` : `”）》处理${i}人`)),
  /** Headings of every level, one a line. */
  'many headings': (n) => {
    const nums = '一二三四五六七八九十';
    return grow(n, (i) =>
      i % 3 === 0
        ? `${nums[i % 10]}、关于第${i}项问题\n`
        : i % 3 === 1
          ? `（${nums[i % 10]}）整改${i}项\n`
          : `${(i % 9) + 1}.落实措施${i}个\n`,
    );
  },
  /** One sentence of figures separated only by spaces. */
  'figure run': (n) => grow(n, (i) => `东莞市${i}个 `),
};
