import { describe, expect, it } from 'vitest';
import { findSignature } from '../../src/text/signature.ts';

// Sentences written for this test: the signature both the body's end and the report's metadata read.
const lines = (text: string) => text.split('\n');

describe('findSignature', () => {
  it('reads the signers over the date, before the attachments that follow', () => {
    const s = findSignature(
      lines('一、整改情况\n已整改问题61个。\n中共南湖区委\n南湖区人民政府\n2023年11月28日\n附件：1.问题整改清单\n2023年12月1日'),
    );
    expect(s).toEqual({ start: 2, dateLine: 4, date: '2023-11-28', signer: '南湖区人民政府' });
  });
  it('reads a signer and date on one line, and a Chinese-numeral date with spaces', () => {
    expect(findSignature(lines('警情通报\n案件正在进一步侦办中。\n鄂州市公安局鄂城区分局　2026年12月5日'))?.signer).toBe(
      '鄂州市公安局鄂城区分局',
    );
    expect(findSignature(lines('整改工作已全部完成。\n青岭县人民政府\n二〇二三年 十一月 二十八日'))?.date).toBe('2023-11-28');
  });
  it('reads a date alone at the end, and no date a sentence follows', () => {
    expect(findSignature(lines('整改工作已全部完成。\n（2023年11月28日）'))).toEqual({ start: 1, dateLine: 1, date: '2023-11-28' });
    expect(findSignature(lines('整改工作已全部完成。\n2023年11月28日\n会议要求，各单位抓好落实。'))).toBeUndefined();
  });
  it('reads no signature before the first sentence (a title and its date)', () => {
    expect(findSignature(lines('南湖区人民政府\n2023年11月28日'))).toBeUndefined();
  });
});
