import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readReport } from '../../src/read/readReport.ts';
import { ReadError } from '../../src/read/readError.ts';
import { readFixture, tempFolder } from './inputFiles.ts';

const excerpt = readFixture('dongguan-excerpt.txt');
const tmp = tempFolder();
afterAll(() => tmp.remove());

/** The one-line reason readReport gives for the file, or a failure when it reads it. */
function reasonFor(file: string, options?: { maxBytes?: number }): string {
  try {
    readReport(file, options);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    const err = e as ReadError;
    expect(err.path).toBe(file);
    expect(err.message).toBe(`${file}: ${err.reason}`);
    expect(err.reason).not.toMatch(/\n|at .*\.ts:\d+/);
    return err.reason;
  }
  throw new Error(`${file} was read without complaint`);
}

describe('bad input gets a one-line reason naming what is wrong', () => {
  it('empty file', () => {
    expect(reasonFor(tmp.write('empty.txt', ''))).toBe('is empty');
  });

  it('file of blank lines', () => {
    expect(reasonFor(tmp.write('blank.txt', '\n \r\n\t\n'))).toMatch(/^is empty/);
  });

  it('binary file with NUL bytes', () => {
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    expect(reasonFor(tmp.write('noise.txt', bytes))).toMatch(/^is a binary file/);
  });

  it('a PDF saved with a .txt name is recognised as one', () => {
    expect(reasonFor(tmp.write('report.txt', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1')))).toBe(
      'is a binary file (looks like a PDF document), not a text report',
    );
  });

  it('unknown extension (checked before the file is even opened)', () => {
    expect(reasonFor(tmp.write('report.pdf', excerpt))).toMatch(/^unknown extension "\.pdf" \(expected \.txt, \.md or \.html/);
    expect(reasonFor(tmp.write('notes.csv', excerpt))).toBe('unknown extension ".csv" (expected .txt, .md or .html)');
    expect(reasonFor(tmp.write('README', excerpt))).toMatch(/^unknown extension "\(none\)"/);
  });

  it('no Chinese text', () => {
    const english =
      'In accordance with the unified deployment of the provincial party committee, the second inspection team inspected Dongguan.\n';
    expect(reasonFor(tmp.write('english.txt', english))).toBe('has no Chinese text (0 Chinese characters)');
    expect(reasonFor(tmp.write('mostly-english.txt', english.repeat(5) + '东莞市'))).toMatch(
      /^has no Chinese text \(3 Chinese characters\)/,
    );
  });

  it('UTF-8 cut off in the middle of a character', () => {
    const bytes = Buffer.from(excerpt, 'utf8');
    expect(reasonFor(tmp.write('cut.txt', bytes.subarray(0, bytes.length - 2)))).toBe(
      'is truncated: it ends in the middle of a UTF-8 character',
    );
  });

  it('UTF-16 cut off in the middle of a character', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(excerpt, 'utf16le')]);
    expect(reasonFor(tmp.write('cut16.txt', bytes.subarray(0, bytes.length - 1)))).toBe(
      'is truncated: it ends in the middle of a UTF-16LE character',
    );
  });

  it('GBK cut off after the first byte of a character', () => {
    const bytes = iconv.encode(excerpt.trimEnd(), 'gbk');
    expect(reasonFor(tmp.write('cut-gbk.txt', bytes.subarray(0, bytes.length - 1)))).toBe(
      'is truncated: it ends in the middle of a GB18030 character',
    );
  });

  it('UTF-8 damaged in the middle', () => {
    const bytes = Buffer.from(excerpt, 'utf8');
    bytes[100] = 0xff;
    expect(reasonFor(tmp.write('damaged.txt', bytes))).toMatch(/^has invalid UTF-8 \(first bad byte at offset \d+\)$/);
  });

  it('enormous file: the reason gives its size and the limit', () => {
    const file = tmp.write('big.txt', excerpt.repeat(20));
    expect(reasonFor(file, { maxBytes: 10_000 })).toBe('is too large (27.7 KB; the limit is 9.8 KB)');
  });

  it('missing file and folder', () => {
    expect(reasonFor(`${tmp.dir}/nowhere.txt`)).toBe('does not exist');
    expect(reasonFor(tmp.write('folder.txt/inner.txt', excerpt).replace(/\/inner\.txt$/, ''))).toBe('is a folder, not a file');
  });

  it('markdown with broken front matter', () => {
    const md = `---\ntitle: [unclosed\n---\n${excerpt}`;
    expect(reasonFor(tmp.write('broken.md', md))).toMatch(/^has invalid YAML front matter/);
  });

  it('markdown with front matter and nothing else', () => {
    expect(reasonFor(tmp.write('only-meta.md', '---\ntitle: 中共东莞市委关于省委巡视整改进展情况的通报\n---\n'))).toBe(
      'has no text besides its front matter',
    );
  });

  it('html page with no text in its body', () => {
    expect(
      reasonFor(
        tmp.write('shell.html', '<html><head><title>东莞</title><script>var a="东莞市巡视整改";</script></head><body></body></html>'),
      ),
    ).toBe('has no text in its page body');
  });
});
