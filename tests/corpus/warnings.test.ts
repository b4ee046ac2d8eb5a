import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportWarnings } from '../../src/corpus/reportWarnings.ts';
import { extractReport } from '../../src/corpus/extractReport.ts';
import type { RawReport } from '../../src/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// A real Dongguan sentence with no heading around it.
const NO_HEADINGS = '根据省委统一部署,2018年3月12日至5月14日,省委第二巡视组对东莞市进行了巡视。全市新建截污次支管网1152公里。\n';
const raw = (file: string, content: string): RawReport => ({ path: file, file, format: 'txt', encoding: 'UTF-8', content, meta: {} });

describe('a report that is extracted but looks wrong', () => {
  it('warns, naming the file, when a report has no headings', () => {
    const warnings = reportWarnings('in/plain.txt', extractReport(raw('plain.txt', NO_HEADINGS)));
    expect(warnings).toEqual([{ path: 'in/plain.txt', reason: expect.stringMatching(/^has no headings/) }]);
  });

  it('gives no warning for the Dongguan report', () => {
    const text = fs.readFileSync(path.join(ROOT, 'data/reports/dongguan-2018.txt'), 'utf8');
    expect(reportWarnings('dongguan-2018.txt', extractReport(raw('dongguan-2018.txt', text)))).toEqual([]);
  });

  it('prints one warning line, keeps the report, and fails under --strict', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rkg-warn-'));
    const file = path.join(dir, 'plain.txt');
    fs.writeFileSync(file, NO_HEADINGS);
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'scripts/extract.ts', '--out', path.join(dir, 'out'), ...args, file], { cwd: ROOT, encoding: 'utf8' });
    const lenient = run();
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toMatch(/^warning .*plain\.txt: has no headings/m);
    expect(lenient.stderr).toMatch(/extracted 1 report\(s\), skipped 0, 1 warning\(s\)/);
    const strict = run('--strict');
    expect(strict.status).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
