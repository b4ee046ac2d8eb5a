import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const brief = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => [f.text, f.unit, f.normalizedValue]);

// Units of the customs report of the eighteenth held-out set (gongbei-customs-2023.txt), and the same kinds of unit in the
// State Council reports (gwr-1980, gwr-1982) and the news set (news-dev-14), where only the multiplier was read before.
describe('units of trade, quarantine, oil, engines and print', () => {
  it('wine in kilolitres and species intercepted, each time (种次), not 2.8万 bare and 326 kinds', () => {
    expect(brief('从葡萄牙进口葡萄酒2.8万千升。检出外来有害生物326种次，截获禁止进境物1.4万批次。')).toEqual([
      ['2.8万千升', '万千升', 28000],
      ['326种次', '种次', 326],
      ['1.4万批次', '万批次', 14000],
    ]);
  });

  it('crude oil by the barrel (news-dev-14)', () => {
    expect(brief('年产优质石油可达500万吨，可连续30年日产12万桶。')).toEqual([
      ['500万吨', '万吨', 5e6],
      ['30年', '年', 30],
      ['12万桶', '万桶', 120000],
    ]);
  });

  it('engines by horsepower and print runs by the sheet (gwr-1980, gwr-1982)', () => {
    expect(brief('拖拉机9.75万台，内燃机2000万马力，出版总量达到456亿印张。')).toEqual([
      ['9.75万台', '万台', 97500],
      ['2000万马力', '万马力', 2e7],
      ['456亿印张', '亿印张', 4.56e10],
    ]);
  });
});
