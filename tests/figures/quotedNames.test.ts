import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const figuresOf = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => [f.text, f.value, f.unit, f.start]);

// The development gold keeps numbers that are part of a name out of the figures (《理论热点名词100例》, 2018海内外高层次人才东莞行)
// and makes the quoted target “两个100%” optional: a short quotation is a name, and a number inside it counts nothing.
describe('findFigures: numbers inside quoted names', () => {
  it('skips the minutes of “15分钟便民生活圈” and keeps the count after it', () => {
    expect(figuresOf('推进“15分钟便民生活圈”建设,新建社区服务站12个。')).toEqual([['12个', 12, '个', 23]]);
  });

  it('skips every quoted programme of a sentence, not the number that counts them', () => {
    expect(figuresOf('打造“30分钟交通圈”和“1小时经济圈”,建成“10分钟健身圈”42个。')).toEqual([['42个', 42, '个', 32]]);
  });

  it('skips a quoted hotline and a quoted target', () => {
    expect(figuresOf('通过“12345”政务服务热线交办问题线索56条,实现“两个100%”目标。')).toEqual([['56条', 56, '条', 21]]);
  });

  it('still reads figures in a quoted statement of several clauses', () => {
    expect(figuresOf('会议强调“今年要新增就业岗位1.2万个,城镇登记失业率控制在3%以内”。')).toEqual([
      ['1.2万个', 1.2, '万个', 14],
      ['3%', 3, '%', 30],
    ]);
  });
});
