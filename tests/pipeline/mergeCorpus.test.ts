import { describe, expect, it } from 'vitest';
import { mergeCorpus } from '../../src/corpus/mergeCorpus.ts';
import { extractReport } from '../../src/corpus/extractReport.ts';
import type { RawReport } from '../../src/types.ts';

const raw = (file: string, content: string): RawReport => ({ path: file, file, format: 'txt', encoding: 'UTF-8', content, meta: {} });

describe('mergeCorpus', () => {
  it('skips a second report with the same id and keeps the first', () => {
    const a = extractReport(raw('a.txt', '根据省委统一部署,省委第二巡视组对东莞市进行了巡视。'));
    const b = extractReport(raw('a.txt', '另一份报告。'));
    const merged = mergeCorpus([a, b]);
    expect(merged.reports).toHaveLength(1);
    expect(merged.skipped).toHaveLength(1);
    expect(merged.skipped[0].reason).toMatch(/duplicate report id "a"/);
  });
});
