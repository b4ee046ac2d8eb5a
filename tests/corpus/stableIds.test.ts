import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { mergeCorpus } from '../../src/corpus/mergeCorpus.ts';
import type { Extraction, RawReport, ReportExtraction } from '../../src/types.ts';

// A: an excerpt of the Dongguan report (real text). B: a follow-up we wrote about the same towns. B-hant: B in traditional script.
const raw = (file: string): RawReport => {
  const content = fs.readFileSync(path.join('tests/fixtures/corpus', file), 'utf8');
  return { path: file, file, format: 'txt', encoding: 'UTF-8', content, meta: {} };
};
const A = extractReport(raw('dongguan-excerpt.txt'));
const B = extractReport(raw('town-followup.txt'));
const BHant = extractReport(raw('town-followup-hant.txt'));

const entityIds = (x: Extraction) => new Map(x.entities.map((e) => [`${e.type}:${e.name}`, e.id]));
const otherIds = (x: Extraction, report: string) => [
  ...x.reports.filter((r) => r.id === report).flatMap((r) => [r.id, ...r.sections.map((s) => s.id), ...r.sentences.map((s) => s.id)]),
  ...x.measures.filter((m) => m.report === report).map((m) => m.id),
  ...x.figures.filter((f) => f.report === report).map((f) => f.id),
  ...x.cases.filter((c) => c.report === report).map((c) => c.id),
];

describe('ids are stable when reports are added or removed', () => {
  const a = mergeCorpus([A]);
  const b = mergeCorpus([B]);
  const ab = mergeCorpus([A, B]);

  it('the corpora are not empty (the test would prove nothing otherwise)', () => {
    expect(a.entities.length).toBeGreaterThan(0);
    expect(b.entities.length).toBeGreaterThan(0);
    const shared = ab.entities.filter((e) => new Set(e.mentions.map((m) => m.report)).size === 2);
    expect(shared.length).toBeGreaterThan(0);
  });

  it('every entity of {A} and of {B} keeps its id in {A, B}', () => {
    const both = entityIds(ab);
    for (const single of [a, b]) for (const [key, id] of entityIds(single)) expect(both.get(key), key).toBe(id);
  });

  it('report, section, sentence, measure, figure and case ids of A and of B are the same in {A, B}', () => {
    expect(otherIds(ab, A.report.id)).toEqual(otherIds(a, A.report.id));
    expect(otherIds(ab, B.report.id)).toEqual(otherIds(b, B.report.id));
  });

  it('no id is used twice in the merged corpus', () => {
    for (const list of [ab.entities, ab.measures, ab.figures, ab.cases, ab.reports]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('a place named in both reports is one entity with mentions from each, grouped by report', () => {
    const dalang = ab.entities.filter((e) => e.type === 'place' && e.name === '大朗镇');
    expect(dalang).toHaveLength(1);
    const reports = dalang[0].mentions.map((m) => m.report);
    expect(new Set(reports)).toEqual(new Set([A.report.id, B.report.id]));
    expect(reports).toEqual([...reports].sort());
  });

  it('a traditional-script report merges with its simplified twin: the same entities, each mentioned in both', () => {
    const twin = mergeCorpus([B, BHant]);
    const simplified = entityIds(b);
    for (const [key, id] of simplified) expect(entityIds(twin).get(key), key).toBe(id);
    const dalang = twin.entities.find((e) => e.type === 'place' && e.name === '大朗镇')!;
    expect(new Set(dalang.mentions.map((m) => m.report))).toEqual(new Set([B.report.id, BHant.report.id]));
    for (const m of dalang.mentions) {
      const text = [B, BHant].find((p: ReportExtraction) => p.report.id === m.report)!.report.text;
      expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
  });
});
