import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/types.ts';
import { makeEntity } from '../fixtures/figures/makeReport.ts';
import { casesOf } from './casesKit.ts';

function kindsAndFigures(text: string, entities: Entity[] = []) {
  const { cases, figureText } = casesOf(text, entities);
  return cases.map((c) => ({ kinds: c.kinds, figures: c.figures.map((id) => figureText.get(id)) }));
}

// Sentences of a city public security bureau's summary (tests/fixtures/heldout/qujing-public-security-bureau-2023.txt,
// the seventeenth set) and others written for the case.
describe('findCases: a change in the number of deaths is a statistic, not an accident', () => {
  it('reads the traffic police’s cases of the sentence, but no accident in 事故死亡人数下降', () => {
    const text = '全市查处各类交通违法行为86.3万起，其中市公安局交通警察支队查处酒驾醉驾6820起，道路交通事故死亡人数下降8.2%。';
    expect(kindsAndFigures(text)).toEqual([{ kinds: ['investigation'], figures: ['86.3万起', '6820起', '8.2%'] }]);
  });
  it('reads no accident where deaths fell or rose from the year before, with or without a place', () => {
    const text = '沪昆高速公路曲靖段交通事故死亡人数同比下降12.5%，较大火灾事故伤亡人数比上年减少3人。';
    const road = makeEntity('place', '沪昆高速公路', text);
    expect(kindsAndFigures(text, [road])).toEqual([]);
  });
  it('still reads the deaths an accident caused, and the count of accidents and deaths of a year', () => {
    expect(kindsAndFigures('潞城镇发生一起有限空间作业事故，造成2人死亡。').map((c) => c.kinds)).toEqual([['accident']]);
    expect(kindsAndFigures('全年共发生各类生产安全事故38起、死亡27人，同比分别下降15.6%和12.9%。').map((c) => c.figures)).toEqual([
      ['38起', '27人', '15.6%', '12.9%'],
    ]);
  });
});

describe('findCases: a target is a plan, not a fact', () => {
  it('reads no case in a plan’s target, though the clause names a road', () => {
    const text = '推进沪昆高速公路曲靖段智慧交通建设，力争道路交通事故死亡人数下降5%。';
    const road = makeEntity('place', '沪昆高速公路', text);
    expect(kindsAndFigures(text, [road])).toEqual([]);
  });
  it('reads no case in a count of cases to be solved', () => {
    expect(kindsAndFigures('力争全年破获电信网络诈骗案件1500起以上，抓获犯罪嫌疑人2000名。')).toEqual([]);
  });
  it('still reads the cases solved in a sentence that also sets a target', () => {
    const text = '全年破获电诈案件1236起，力争明年发案数下降15%。';
    expect(kindsAndFigures(text)).toEqual([{ kinds: ['investigation'], figures: ['1236起', '15%'] }]);
  });
});
