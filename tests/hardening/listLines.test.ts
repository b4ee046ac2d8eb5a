// Issue 14's repro: a list of 10,000 unpunctuated lines `N、整改落实N件`. The hard-wrap repair read the lines from 100 on
// (long enough to look wrapped) as one paragraph, so each figure's clause ran over hundreds of lines: 2.7 GB of output for
// 160 KB of input before the bounds, 10 MB after them. Each numbered item is now a line and a sentence of its own.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { outputBytes } from '../../src/corpus/outputBound.ts';
import type { RawReport } from '../../src/types.ts';

const HEAD = '关于东莞市巡视整改进展情况的通报\n根据省委统一部署,省委第二巡视组对东莞市进行了巡视。\n';
/** The python line: the head, then `i、整改落实i件` for i = 1…n, one a line. */
const listOf = (n: number) => HEAD + Array.from({ length: n }, (_, i) => `${i + 1}、整改落实${i + 1}件\n`).join('');
const extract = (content: string) =>
  extractReport({ path: 'l.txt', file: 'l.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} } satisfies RawReport);

describe('a numbered list of unpunctuated lines', () => {
  it('reads every item as its own sentence, and every figure in its own item', () => {
    const x = extract(listOf(400));
    const text = x.report.text;
    const items = x.report.sentences.filter((s) => /^\d+、/.test(text.slice(s.start, s.end)));
    expect(items).toHaveLength(400);
    for (const s of items) expect(text.slice(s.start, s.end)).toMatch(/^(\d+)、整改落实\1件$/);
    expect(x.figures).toHaveLength(400);
    for (const f of x.figures) expect(f.context).toMatch(/^(\d+)、整改落实\1件$/);
  });

  it('grows its output in proportion to the list (1,000 → 4,000 lines)', () => {
    const [small, large] = [1000, 4000].map((n) => {
      const content = listOf(n);
      return { input: Buffer.byteLength(content), output: outputBytes(extract(content)) };
    });
    const inputGrowth = large!.input / small!.input;
    const outputGrowth = large!.output / small!.output;
    expect(outputGrowth, `output ×${outputGrowth.toFixed(2)} for input ×${inputGrowth.toFixed(2)}`).toBeLessThanOrEqual(inputGrowth * 1.1);
    // About 26 bytes of extraction per byte of list (an item is a sentence, a figure and its context); 37 when each figure's
    // context was a 120-character slice of the joined lines.
    expect(large!.output / large!.input).toBeLessThan(30);
  });

  it('still joins a line wrapped inside a sentence, and keeps 2、3月份 inside its sentence', () => {
    const wrapped = [
      '关于某县巡视整改进展情况的通报',
      '一、整改工作总体情况',
      '县委高度重视巡视反馈意见整改工作,制定了整改方案并于',
      '2、3月份召开专题会议研究部署整改工作,明确责任分工',
      '和完成时限,推动整改任务逐项落实到位,取得阶段性成效。',
      '全县共清理规范各类文件材料和制度规定共计一百余项并',
      '建立长效机制防止问题反弹回潮确保整改工作取得实效。',
    ].join('\n');
    const x = extract(wrapped);
    const text = x.report.text;
    const sentence = x.report.sentences.find((s) => text.slice(s.start, s.end).includes('2、3月份'))!;
    expect(text.slice(sentence.start, sentence.end)).toContain('并于\n2、3月份召开');
  });
});
