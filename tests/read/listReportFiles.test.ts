import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { listReportFiles } from '../../src/read/listReportFiles.ts';
import { tempFolder } from './inputFiles.ts';

const tmp = tempFolder();
afterAll(() => tmp.remove());

describe('listReportFiles', () => {
  for (const name of ['b.txt', 'a.md', 'sub/c.html', 'sub/d.htm', 'sub/z.TXT', '.hidden.txt', '.git/e.txt', 'notes.pdf', 'image.png']) {
    tmp.write(name, '东莞');
  }

  it('expands a folder into its report files, recursively, sorted by code unit, skipping hidden files and other extensions', () => {
    const files = listReportFiles([tmp.dir]).map((f) => path.relative(tmp.dir, f));
    expect(files).toEqual(['a.md', 'b.txt', 'sub/c.html', 'sub/d.htm', 'sub/z.TXT']);
  });

  it('follows a symlink to a report file and ignores a broken one', () => {
    const linkDir = tempFolder();
    try {
      const target = tmp.write('linked/real.txt', '东莞');
      fs.symlinkSync(target, path.join(linkDir.dir, 'alias.txt'));
      fs.symlinkSync(path.join(tmp.dir, 'missing.txt'), path.join(linkDir.dir, 'broken.txt'));
      expect(listReportFiles([linkDir.dir]).map((f) => path.basename(f))).toEqual(['alias.txt']);
    } finally {
      linkDir.remove();
    }
  });

  it('skips the assets folder a browser saves next to a complete page, but not a folder that merely ends in _files', () => {
    const saved = tempFolder();
    try {
      saved.write('通报.html', '<p>东莞</p>');
      saved.write('通报_files/ad.html', '<p>广告</p>');
      saved.write('other.files/frame.htm', '<p>框架</p>');
      saved.write('old_files/report.txt', '东莞');
      expect(listReportFiles([saved.dir]).map((f) => path.relative(saved.dir, f))).toEqual([
        'old_files/report.txt',
        'other.files/frame.htm',
        '通报.html',
      ]);
    } finally {
      saved.remove();
    }
  });

  it('keeps a file named explicitly whatever its extension, so it can be reported', () => {
    const pdf = path.join(tmp.dir, 'notes.pdf');
    expect(listReportFiles([pdf])).toEqual([pdf]);
  });

  it('gives the same list whatever the order of the inputs, without duplicates', () => {
    const b = path.join(tmp.dir, 'b.txt');
    expect(listReportFiles([b, tmp.dir])).toEqual(listReportFiles([tmp.dir, b]));
    expect(listReportFiles([tmp.dir, tmp.dir])).toEqual(listReportFiles([tmp.dir]));
  });
});
