// Citations that last: a paragraph inserted near the top of the Dongguan report (line 6, after the first heading)
// renumbers every later position id, but the content anchors of the last sentence and of the figure 437宗 stay.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/corpus/extractCorpus.ts';
import { createSiteData } from '../../src/site/data.ts';
import type { Extraction } from '../../src/types.ts';

const SOURCE = 'data/reports/dongguan-2018.txt';
const INSERTED = '市委常委会专题研究巡视整改工作,逐条对照反馈意见制定整改方案,明确责任领导和完成时限。';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-anchors-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function extract(text: string): Extraction {
  const file = path.join(dir, 'dongguan-2018.txt');
  fs.writeFileSync(file, text);
  return extractCorpus([file]);
}

describe('anchors after a paragraph is inserted near the top', () => {
  const original = fs.readFileSync(SOURCE, 'utf8');
  const lines = original.split('\n');
  const edited = [...lines.slice(0, 5), INSERTED, ...lines.slice(5)].join('\n');
  const before = extract(original);
  const after = extract(edited);
  const [a, b] = [createSiteData(before), createSiteData(after)];
  const report = before.reports[0]!.id;

  const lastSentence = (x: Extraction) => {
    const r = x.reports[0]!;
    const s = [...r.sentences]
      .filter((s) => r.text.slice(s.start, s.end).trim())
      .sort((p, q) => p.start - q.start)
      .at(-1)!;
    return { id: s.id, text: r.text.slice(s.start, s.end) };
  };
  const figure437 = (x: Extraction) => x.figures.find((f) => f.text === '437宗')!;

  it('renumbers the position ids (what the content anchors are for)', () => {
    expect(lastSentence(before).text).toBe(lastSentence(after).text);
    expect(lastSentence(before).id).not.toBe(lastSentence(after).id);
  });

  it('keeps the anchor of the last sentence', () => {
    expect(a.anchor(report, lastSentence(before).id)).toBe(b.anchor(report, lastSentence(after).id));
    expect(a.anchor(report, lastSentence(before).id)).toMatch(/^s-[0-9a-z]+$/);
  });

  it('keeps the anchor of the figure 437宗, and of the sentence holding it', () => {
    const [f1, f2] = [figure437(before), figure437(after)];
    expect(a.anchor(report, f1.id)).toBe(b.anchor(report, f2.id));
    expect(a.anchorAt(report, f1.start)).toBe(b.anchorAt(report, f2.start));
  });

  it('shows the content anchors in the reader and keeps the old position id as a second anchor', () => {
    const blocks = b.reader(report).blocks;
    const parts = blocks.flatMap((x) => x.parts).filter((p) => p.kind === 'sentence');
    const last = parts.at(-1)!;
    expect(last.kind === 'sentence' && last.id).toBe(a.anchor(report, lastSentence(before).id));
    expect(last.kind === 'sentence' && last.positionId).toBe(lastSentence(after).id.replace(/[^A-Za-z0-9_-]+/g, '-'));
  });
});
