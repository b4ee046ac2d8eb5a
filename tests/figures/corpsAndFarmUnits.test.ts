import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const brief = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => [f.text, f.unit, f.normalizedValue]);

// Units of the twentieth held-out set (shihezi-eighth-division-government-2024.txt), where only the multiplier was read, and
// sentences written for these tests of the same genres (a 兵团 division's, a farm bureau's report).
describe('units of textile and farm reports', () => {
  it('spinning capacity by the spindle, not 30万 bare (shihezi)', () => {
    expect(brief('北泉镇纺织服装产业园新增纺纱产能30万锭，吸纳就业2600人。全市棉纺规模达到260万纱锭。')).toEqual([
      ['30万锭', '万锭', 3e5],
      ['2600人', '人', 2600],
      ['260万纱锭', '万纱锭', 2.6e6],
    ]);
  });

  it('no unit where 锭 opens a word (锭子, 锭剂)', () => {
    expect(brief('更换3锭子配件，含服2锭剂。')).toEqual([]);
  });

  it('field work by area and pass, farm machines by the set, not 120万亩 or 3260台', () => {
    expect(brief('完成无人机植保作业120万亩次，补贴农机具3260台套，农机总动力达到86万千瓦。')).toEqual([
      ['120万亩次', '万亩次', 1.2e6],
      ['3260台套', '台套', 3260],
      ['86万千瓦', '万千瓦', 8.6e5],
    ]);
  });

  it('a set written with its 套 in brackets, and an area before a word that opens with 次 stays 亩', () => {
    expect(brief('购置农机1.2万台（套）。完成测土配方施肥面积86万亩，亩次用药量下降。')).toEqual([
      ['1.2万台（套）', '万台(套)', 1.2e4],
      ['86万亩', '万亩', 8.6e5],
    ]);
  });
});
