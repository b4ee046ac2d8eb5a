import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { downloadContents } from '../../src/site/downloads/writeDownloads.ts';
import { neutralizeFormula } from '../../src/site/downloads/neutralizeFormula.ts';
import { extractCorpus } from '../../src/corpus/extractCorpus.ts';

// A report is data: a regulation named 《=HYPERLINK(…)》 or a line starting with + must not run when a CSV is opened.
const REPORT = [
  '关于东莞市巡视整改进展情况的通报',
  '根据省委统一部署,省委第二巡视组对东莞市进行了巡视。',
  '一、整改情况',
  '根据《=HYPERLINK("http://evil.example/","x")管理办法》和《+SUM(1,2)条例》，东莞市委立案审查12件，处分干部3人，问责5人。',
  '=东莞市委整改落实25件，收回资金300万元。',
  '+1+1东莞市纪委立案7件，给予党纪处分4人。',
  '-2东莞市政府追缴资金100万元。',
  '@SUM(1)大朗镇党委整改问题12个。',
].join('\n');

/** RFC 4180 cells of a CSV text (quoted fields with doubled quotes, commas and newlines inside). */
function cells(csv: string): string[] {
  const out: string[] = [];
  const re = /(?:^|,|\r?\n)(?:"((?:[^"]|"")*)"|([^,\r\n]*))/g;
  for (const m of csv.replace(/^\ufeff/, '').matchAll(re)) out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
  return out;
}

describe('CSV downloads cannot run a formula', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rkg-csv-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'dongguan-hostile.txt');
  fs.writeFileSync(file, REPORT);
  const files = downloadContents(extractCorpus([file]));
  const csvs = Object.entries(files).filter(([name]) => name.endsWith('.csv'));

  it('the report yields cells that would start a formula, and every one is neutralized', () => {
    const all = csvs.flatMap(([, text]) => cells(text));
    expect(all.filter((c) => c.startsWith("'=") || c.startsWith("'+") || c.startsWith("'@")).length).toBeGreaterThan(0);
    expect(all.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('numbers stay numbers and ordinary text is untouched', () => {
    expect(neutralizeFormula('大朗镇')).toBe('大朗镇');
    expect(neutralizeFormula('=1+1')).toBe("'=1+1");
    expect(neutralizeFormula('\t=1')).toBe("'\t=1");
    expect(cells(files['figures.csv'])).toContain('12');
  });
});
