// Display helpers on sentences of the Dongguan report.
import { describe, expect, it } from 'vitest';
import { countsLabel, figureLabel, sourceUrl, splitContext } from '../../src/site/format.ts';
import { downloadContents } from '../../src/site/downloads/writeDownloads.ts';
import { CSV_COLUMNS } from '../../src/site/downloads/columns.ts';
import { siteExtraction } from '../fixtures/siteExtraction.ts';

describe('splitContext', () => {
  const text = '加强督导检查,开展面上督导123次、实地督导76次、开展约谈6次,以督导检查推动整改落地见效。';
  const context = '开展面上督导123次、实地督导76次、开展约谈6次';
  const start = text.indexOf('约谈6次') + 2;

  it('bolds the figure at its own offset, not the tail of an earlier number (6次 in 76次)', () => {
    expect(splitContext({ context, text: '6次', start }, text)).toEqual(['开展面上督导123次、实地督导76次、开展约谈', '6次', '']);
  });

  it('without the report text, still skips a match inside a longer number', () => {
    expect(splitContext({ context, text: '6次', start }, '')[0]).toBe('开展面上督导123次、实地督导76次、开展约谈');
  });
});

describe('figureLabel', () => {
  it('says what a number counts with the words before it in its clause', () => {
    const text = '截至目前,市纪委监委收到省委巡视组移送问题线索1679条,已立案415件。';
    expect(figureLabel(text, text.indexOf('1679条'))).toBe('移送问题线索');
    expect(figureLabel(text, text.indexOf('415件'))).toBe('已立案');
  });
});

describe('countsLabel', () => {
  // The Dongguan report: the six characters before a number often start mid-word (了我市查处的10起, 分4批).
  const text = '2018年以来查处违反中央八项规定精神案件40件40人,分4批通报了我市查处的10起违反中央八项规定精神问题。';
  const at = (figure: string) => text.indexOf(figure);

  it("names what a case's figure counts by its indicator as the report words it", () => {
    expect(countsLabel({ indicatorText: '违反中央八项规定精神问题', start: at('10起') }, text)).toBe('违反中央八项规定精神问题');
    expect(countsLabel({ indicatorText: '通报', start: at('4批') }, text)).toBe('通报');
    expect(figureLabel(text, at('10起'))).toBe('了我市查处的');
  });

  it('falls back on the words before the number, and cuts a long indicator', () => {
    expect(countsLabel({ indicatorText: '', start: at('40件') }, text)).toBe(figureLabel(text, at('40件')));
    expect(countsLabel({ indicatorText: '市属国有企业党委(党组)书记和纪委书记', start: 0 }, text)).toBe('市属国有企业党委(党组)书记和…');
  });
});

describe('sourceUrl', () => {
  const base = { text: '中共东莞市委关于省委巡视整改进展情况的通报\n正文。', removed: [] as string[] };
  it('takes the source the file states, else a URL line of the text or of the removed chrome', () => {
    expect(sourceUrl({ ...base, source: 'https://www.gdjct.gd.gov.cn/a.shtml' })).toBe('https://www.gdjct.gd.gov.cn/a.shtml');
    expect(sourceUrl({ ...base, text: base.text + '\n原文链接：https://www.gd.gov.cn/x.html' })).toBe('https://www.gd.gov.cn/x.html');
    expect(sourceUrl({ ...base, removed: ['https://news.southcn.com/n.html'] })).toBe('https://news.southcn.com/n.html');
    expect(sourceUrl(base)).toBeNull();
    expect(sourceUrl({ ...base, source: 'javascript:alert(1)' })).toBeNull();
  });
});

describe('the CSV downloads', () => {
  const files = downloadContents(siteExtraction());
  it('name case kinds in Chinese (codes in their own column)', () => {
    const [header, row] = files['cases.csv'].replace(/^\ufeff/, '').split('\n');
    expect(header).toContain('kinds,kind_codes');
    expect(row).toContain('事故,accident');
  });

  it('describe every column on the data page', () => {
    for (const [file, content] of Object.entries(files)) {
      if (!file.endsWith('.csv')) continue;
      const header = content
        .replace(/^\ufeff/, '')
        .split('\n')[0]!
        .split(',');
      expect(Object.keys(CSV_COLUMNS[file] ?? {}), file).toEqual(header);
    }
  });
});
