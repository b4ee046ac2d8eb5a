import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readReport } from '../../src/read/readReport.ts';
import { normalizeReport } from '../../src/normalize/normalizeReport.ts';

const FILE = path.resolve(import.meta.dirname, '../../data/reports/dongguan-2018.txt');
const original = fs.readFileSync(FILE, 'utf8');
const report = normalizeReport(readReport(FILE));

// What the site around the report added: three lines of the publishing site, and two page-break markers.
const BOILERPLATE_LINES = ['主办单位:中共广东省纪律检查委员会 广东省监察委员会', '合作单位:南方新闻网', '粤ICP备2024185129号'];
const MARKER = '[NextPage][/NextPage]';

describe('the Dongguan report keeps every character of its body', () => {
  it('removes exactly the site lines and the page-break markers, and says so', () => {
    expect(report.removed).toEqual([...BOILERPLATE_LINES, MARKER, MARKER]);
  });

  it('every other non-whitespace character survives, in order', () => {
    let body = original;
    for (const line of BOILERPLATE_LINES) body = body.replace(line, '');
    body = body.split(MARKER).join('');
    const strip = (s: string) => s.replace(/\s+/g, '');
    expect(strip(report.text)).toBe(strip(body));
    expect(strip(report.text).length).toBeGreaterThan(19_000);
  });

  it('starts with the first sentence and ends with the signature', () => {
    expect(report.text.startsWith('根据省委统一部署,2018年3月12日至5月14日,省委第二巡视组对东莞市进行了巡视。')).toBe(true);
    expect(report.text.endsWith('中共东莞市委\n2018年11月26日')).toBe(true);
  });

  it('a marker glued to a heading leaves the heading at the start of its line', () => {
    expect(report.text).toContain('\n二、聚焦问题精准发力,确保各项整改工作落实到位\n');
  });

  it('has no blank lines, no trailing spaces, no CR', () => {
    expect(report.text).not.toMatch(/\n\n|[ \t]\n|\r/);
  });

  it('shows punctuation as written and folds it only in `folded`, one code unit for one', () => {
    expect(report.folded).toHaveLength(report.text.length);
    expect(report.folded).toBe(report.text); // already simplified and half-width: nothing to fold
    expect(report.script).toBe('zh-Hans');
  });

  it('infers title, issuer and date from the first sentence and the signature', () => {
    expect(report.title).toBe('中共东莞市委关于省委巡视整改进展情况的通报');
    expect(report.issuer).toBe('中共东莞市委');
    expect(report.date).toBe('2018-11-26');
    expect(report.id).toBe('dongguan-2018');
    expect(report.encoding).toBe('UTF-8');
  });
});
