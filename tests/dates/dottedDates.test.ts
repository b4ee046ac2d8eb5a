import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/figures/findDates.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const dates = (t: string) => findDates(t, 'r').map((d) => [d.text, d.value, d.start]);
const figures = (t: string) => findFigures(buildDocument(makeReport(t), EMPTY)).map((f) => [f.text, f.unit]);

// Dates are not figures (gold NOTES): a year and month written with a dot (2021.9) or a day named by its date (3·15) must
// not come out as a count (2021.9起, 15期).
describe('dates written with a dot', () => {
  it('reads 2021.9起 as a month, not as 2021.9 of the classifier 起', () => {
    const t = '自2021.9起,累计投入资金2.3亿元。';
    expect(dates(t)).toEqual([['2021.9', '2021-09', 1]]);
    expect(figures(t)).toEqual([['2.3亿元', '亿元']]);
  });

  it('reads a dotted month range and a two-digit month', () => {
    expect(dates('2021.9—2022.3,开展专项整治;2021.10以来,共整改12项。')).toEqual([
      ['2021.9—2022.3', '2021-09/2022-03', 0],
      ['2021.10', '2021-10', 21],
    ]);
  });

  it('keeps a decimal with a unit a figure', () => {
    const t = '总投资2021.9万元。';
    expect(dates(t)).toEqual([]);
    expect(figures(t)).toEqual([['2021.9万元', '万元']]);
  });
});

describe('a day named by its date', () => {
  it('does not read 3·15 as a count of 期', () => {
    expect(figures('3·15期间受理投诉56件,12·4宪法日开展宣传3场。')).toEqual([
      ['56件', '件'],
      ['3场', '场'],
    ]);
  });
});
