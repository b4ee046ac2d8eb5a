import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import type { RawReport, SourceFormat } from '../../src/types.ts';
import { mutatedText, prng, randomText } from './fuzzInput.ts';
import { corpusProblems, offsetProblems } from './offsetProblems.ts';
import { mergeCorpus } from '../../src/corpus/mergeCorpus.ts';

// FUZZ_CASES and FUZZ_SEED replay or widen a run; the defaults keep the suite fast and the same on every machine.
// Each case is a whole extraction: 3,000 take 13–21 s on an idle machine, past the suite's 120 s default on a loaded one,
// so the two big loops get a budget of their own (a bound on work, not a timed test).
const FUZZ_BUDGET_MS = 600_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20181126);
const CASES = Number(process.env.FUZZ_CASES ?? 3000);
const REAL = fs.readFileSync('data/reports/dongguan-2018.txt', 'utf8');
const FORMATS: SourceFormat[] = ['txt', 'txt', 'txt', 'md', 'html'];

const raw = (content: string, i: number, format: SourceFormat): RawReport => ({
  path: `fuzz/case-${i}.${format}`,
  file: `case-${i}.${format}`,
  format,
  encoding: 'UTF-8',
  content,
  meta: {},
});

/** What is wrong with the extraction of `content`, or null. */
function failure(content: string, i: number, format: SourceFormat): string | null {
  let x;
  try {
    x = extractReport(raw(content, i, format));
  } catch (e) {
    const err = e as Error;
    return `threw ${err.name}: ${err.message}\n${(err.stack ?? '').split('\n').slice(1, 4).join('\n')}`;
  }
  const problems = offsetProblems(x);
  return problems.length ? problems.join('\n') : null;
}

/** Deletes chunks of a failing input while it still fails the same way (first word of the failure), for a short repro. */
function shrink(content: string, i: number, format: SourceFormat, kind: string): string {
  let s = content;
  for (let chunk = Math.ceil(s.length / 2); chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let at = 0; at < s.length && s.length > 1;) {
      const candidate = s.slice(0, at) + s.slice(at + chunk);
      const f = candidate ? failure(candidate, i, format) : null;
      if (f && f.split(/[:\s]/)[0] === kind) s = candidate;
      else at += chunk;
    }
  }
  return s;
}

function fuzz(label: string, make: (r: ReturnType<typeof prng>) => string, offset: number) {
  const failures: string[] = [];
  let shrunk = 0;
  for (let n = 0; n < CASES / 2; n++) {
    const i = offset + n;
    const r = prng(SEED + i * 7919);
    const format = r.pick(FORMATS);
    const content = make(r);
    const f = failure(content, i, format);
    if (!f) continue;
    let repro = content;
    if (shrunk++ < 3) repro = shrink(content, i, format, f.split(/[:\s]/)[0]);
    failures.push(
      `${label} case ${i} (FUZZ_SEED=${SEED}, ${format}): ${f.split('\n').slice(0, 4).join(' | ')}\n  input ${JSON.stringify(repro.slice(0, 300))}`,
    );
  }
  return failures;
}

describe('the extractor on random and mutated input', () => {
  it(
    'never throws, and every offset reads its own text (random strings)',
    () => {
      const failures = fuzz('random', (r) => randomText(r, REAL), 0);
      expect(failures.slice(0, 8), `${failures.length} failing cases`).toEqual([]);
    },
    FUZZ_BUDGET_MS,
  );

  it(
    'never throws, and every offset reads its own text (mutated real report)',
    () => {
      const failures = fuzz('mutated', (r) => mutatedText(r, REAL), 1_000_000);
      expect(failures.slice(0, 8), `${failures.length} failing cases`).toEqual([]);
    },
    FUZZ_BUDGET_MS,
  );

  it('gives the same extraction twice for the same input', () => {
    for (let i = 0; i < 40; i++) {
      const r = prng(SEED - i);
      const content = i % 2 ? randomText(r, REAL) : mutatedText(r, REAL);
      expect(JSON.stringify(extractReport(raw(content, i, 'txt')))).toBe(JSON.stringify(extractReport(raw(content, i, 'txt'))));
    }
  });

  it('merges fuzzed reports with the real one without breaking an offset or an id', () => {
    const real = extractReport(raw(REAL, 0, 'txt'));
    const parts = [real];
    for (let i = 0; i < 60; i++) {
      const r = prng(SEED + 31 * i);
      parts.push(extractReport(raw(i % 2 ? randomText(r, REAL) : mutatedText(r, REAL), 5_000_000 + i, 'txt')));
    }
    const merged = mergeCorpus(parts);
    expect(merged.reports).toHaveLength(61);
    expect(corpusProblems(merged)).toEqual([]);
  });

  it('the whole real report passes the same checks', () => {
    expect(offsetProblems(extractReport(raw(REAL, 0, 'txt')))).toEqual([]);
  });
});

describe('the offset checks themselves', () => {
  it('catch a mention that does not read its surface, a figure out of bounds and a NaN value', () => {
    const x = extractReport(raw('大朗镇共清退120万元。', 0, 'txt'));
    x.entities = [
      {
        id: 'place:da-lang-zhen',
        type: 'place',
        name: '大朗镇',
        aliases: [],
        mentions: [{ report: x.report.id, start: 1, end: 4, surface: '大朗镇' }],
      },
    ];
    x.figures = [
      {
        id: 'f1',
        report: x.report.id,
        section: null,
        measure: null,
        value: NaN,
        unit: '万元',
        normalizedValue: 1,
        baseUnit: '元',
        text: '120万元',
        context: '',
        start: 6,
        end: 99,
        change: null,
        approximate: false,
        entities: [],
        indicator: 'x',
        indicatorText: 'x',
        period: null,
        status: 'outcome',
        sentence: null,
      },
    ];
    const problems = offsetProblems(x).join('\n');
    expect(problems).toMatch(/mention of place:da-lang-zhen: text reads "朗镇共"/);
    expect(problems).toMatch(/figure f1: span \[6, 99\) out of bounds/);
    expect(problems).toMatch(/figure f1: value NaN/);
  });
});
