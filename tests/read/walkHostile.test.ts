import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { walkReportFiles } from '../../src/read/listReportFiles.ts';
import { extractCorpus } from '../../src/corpus/extractCorpus.ts';
import { readReport } from '../../src/read/readReport.ts';
import { terminalSafe } from '../../src/cli/terminalSafe.ts';
import { readFixture, tempFolder } from './inputFiles.ts';

// Folders as users have them: links that loop or point nowhere, hidden files, notes beside the reports.
const excerpt = readFixture('dongguan-excerpt.txt');
const tmp = tempFolder('rkg-walk-');
afterAll(() => tmp.remove());

const rel = (p: string) => path.relative(tmp.dir, p);

describe('the folder walk survives loops and broken links and names everything it does not read', () => {
  tmp.write('reports/a.txt', excerpt);
  tmp.write('reports/sub/b.txt', excerpt.replace('东莞', '惠州'));
  tmp.write('reports/.hidden.txt', excerpt);
  tmp.write('reports/.git/config.txt', excerpt);
  tmp.write('reports/notes.pdf', '%PDF-1.4\n');
  const dir = path.join(tmp.dir, 'reports');
  fs.symlinkSync(dir, path.join(dir, 'sub', 'loop')); // a link back to an ancestor
  fs.symlinkSync(path.join(dir, 'self.txt'), path.join(dir, 'self.txt')); // a link to itself (ELOOP)
  fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'broken.txt'));
  fs.symlinkSync(path.join(dir, 'sub'), path.join(dir, 'linked')); // a second path to a folder already read

  const { files, skipped } = walkReportFiles([dir]);
  const reasons = Object.fromEntries(skipped.map((s) => [rel(s.path), s.reason]));

  it('reads each report once', () => {
    expect(files.map(rel)).toEqual(['reports/a.txt', 'reports/sub/b.txt']);
  });

  it('lists hidden entries, other formats, broken links, link loops and second paths with their reason', () => {
    expect(Object.keys(reasons).sort()).toEqual(
      [
        'reports/.git',
        'reports/.hidden.txt',
        'reports/broken.txt',
        'reports/linked',
        'reports/notes.pdf',
        'reports/self.txt',
        'reports/sub/loop',
      ].sort(),
    );
    expect(reasons['reports/.git']).toMatch(/^hidden folder/);
    expect(reasons['reports/.hidden.txt']).toMatch(/^hidden file/);
    expect(reasons['reports/broken.txt']).toMatch(/^broken symbolic link/);
    expect(reasons['reports/self.txt']).toMatch(/^symbolic link loop/);
    expect(reasons['reports/sub/loop']).toMatch(/already read/);
    expect(reasons['reports/notes.pdf']).toMatch(/^not a report format \(\.pdf/);
  });

  it('extracts the rest of the corpus and carries the list into the extraction', () => {
    const extraction = extractCorpus([dir]);
    expect(extraction.reports.map((r) => r.file)).toEqual(['a.txt', 'b.txt']);
    expect(extraction.skipped.map((s) => rel(s.path))).toContain('reports/sub/loop');
    expect(extraction.skipped.map((s) => rel(s.path))).toContain('reports/broken.txt');
  });

  it('a looping link named on the command line is a skip with a reason, not a crash', () => {
    expect(() => readReport(path.join(dir, 'self.txt'))).toThrow(/symbolic link loop/);
  });
});

describe('a stray NUL byte does not cost the report', () => {
  it('is dropped from the text and reported as a warning', () => {
    const file = tmp.write('nul/report.txt', excerpt.replace('巡视整改', '巡视\0整改'));
    const raw = readReport(file);
    expect(raw.controlCharacters).toBe(1);
    const extraction = extractCorpus([file]);
    expect(extraction.reports).toHaveLength(1);
    expect(extraction.reports[0].text).not.toContain('\0');
    expect(extraction.reports[0].text).toContain('巡视整改');
    expect(extraction.warnings?.map((w) => w.reason)).toContainEqual(expect.stringMatching(/1 stray control character/));
  });

  it('a file full of them is still refused as binary', () => {
    const file = tmp.write('nul/binary.txt', excerpt.replace(/整/g, '\0\0\0\0'));
    expect(() => readReport(file)).toThrow(/binary file/);
  });
});

describe('file names on the terminal', () => {
  it('escape sequences, newlines and bidi overrides are shown escaped on one line', () => {
    expect(terminalSafe('skipped a\x1b[2Jb\nc\u202Ed.txt: is empty')).toBe('skipped a\\u001b[2Jb\\nc\\u202ed.txt: is empty');
    expect(terminalSafe('东莞 通报.txt')).toBe('东莞 通报.txt');
  });
});
