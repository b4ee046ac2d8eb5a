import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { readReport } from '../../src/read/readReport.ts';
import { readFixture, tempFolder } from './inputFiles.ts';

// Four paragraphs and the signature of the Dongguan report, written out in each encoding a government site has used.
const excerpt = readFixture('dongguan-excerpt.txt');
const tmp = tempFolder();
afterAll(() => tmp.remove());

const BOM = {
  utf8: Buffer.from([0xef, 0xbb, 0xbf]),
  utf16le: Buffer.from([0xff, 0xfe]),
  utf16be: Buffer.from([0xfe, 0xff]),
};

describe('encodings are detected from the bytes and recorded', () => {
  const cases: [string, Buffer, string][] = [
    ['UTF-8 without BOM', Buffer.from(excerpt, 'utf8'), 'UTF-8'],
    ['UTF-8 with BOM', Buffer.concat([BOM.utf8, Buffer.from(excerpt, 'utf8')]), 'UTF-8'],
    ['GBK', iconv.encode(excerpt, 'gbk'), 'GB18030'],
    ['GB2312-range text saved as GB18030', iconv.encode(excerpt, 'gb18030'), 'GB18030'],
    ['UTF-16LE with BOM', Buffer.concat([BOM.utf16le, iconv.encode(excerpt, 'utf16le')]), 'UTF-16LE'],
    ['UTF-16BE with BOM', Buffer.concat([BOM.utf16be, iconv.encode(excerpt, 'utf16be')]), 'UTF-16BE'],
    ['UTF-16LE without BOM', iconv.encode(excerpt, 'utf16le'), 'UTF-16LE'],
    ['UTF-16BE without BOM', iconv.encode(excerpt, 'utf16be'), 'UTF-16BE'],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(`${name} → ${encoding}, same text`, () => {
      const raw = readReport(tmp.write(`${name.replace(/\W+/g, '-')}.txt`, bytes));
      expect(raw.encoding).toBe(encoding);
      expect(raw.content).toBe(excerpt);
    });
  }

  it('a single GBK line (too short for statistics) still decodes as GB18030', () => {
    const line = '省委第二巡视组对东莞市进行了巡视。';
    const raw = readReport(tmp.write('short-gbk.txt', iconv.encode(line, 'gbk')));
    expect(raw.encoding).toBe('GB18030');
    expect(raw.content).toBe(line);
  });

  it('a traditional-script report saved in Big5 decodes as Big5', () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(excerpt);
    const raw = readReport(tmp.write('big5.txt', iconv.encode(traditional, 'big5')));
    expect(raw.encoding).toBe('Big5');
    expect(raw.content).toBe(traditional);
  });

  it('an html page that declares gb2312 in a <meta> is decoded as GB18030 (committed fixture)', () => {
    const raw = readReport(`${import.meta.dirname}/../fixtures/inputs/dongguan-table-gbk.html`);
    expect(raw.encoding).toBe('GB18030');
    expect(raw.content).toContain('省委第二巡视组对东莞市进行了巡视');
  });
});

describe('short files, where chardet cannot tell GBK from Big5', () => {
  const cases: [string, string, string][] = [
    ['GBK', '东莞市巡视整改', 'gbk'],
    ['Big5', '東莞市巡視整改', 'big5'],
    ['GBK', '中共新昌县委员会', 'gbk'],
    ['Big5', '中共新昌縣委員會', 'big5'],
  ];
  for (const [name, text, encoding] of cases) {
    it(`${text} in ${name} reads back as written`, () => {
      const raw = readReport(tmp.write(`short-${encoding}-${text.length}.txt`, iconv.encode(`${text}${text}`, encoding)));
      expect(raw.content).toBe(`${text}${text}`);
      expect(raw.encoding).toBe(name === 'GBK' ? 'GB18030' : 'Big5');
    });
  }
});
