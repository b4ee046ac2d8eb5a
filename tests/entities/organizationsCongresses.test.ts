import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

describe('organizations: congresses by their number or term', () => {
  it('reads a party congress by its number, with the party before it or what is said of a congress after it', () => {
    const es = entitiesOf('一九七三年八月召开了党的十大。既是中共十五大的重要精神。要坚决贯彻执行十一大路线。');
    expect(namesOf(es, 'organization')).toEqual([
      '中国共产党第十一次全国代表大会',
      '中国共产党第十五次全国代表大会',
      '中国共产党第十次全国代表大会',
    ]);
    // 党的 is how the text refers to the congress, not part of its name.
    expect(spans(entity(es, 'organization', '中国共产党第十次全国代表大会'))).toEqual([[12, 14, '十大']]);
  });

  it('reads the written-out congress and its short form as one body', () => {
    const es = entitiesOf('去年召开的党的第十一次全国代表大会，对我们党的工作作出部署。要认真执行党的十一大政治报告规定的政策。');
    expect(entity(es, 'organization', '中国共产党第十一次全国代表大会')?.aliases).toEqual(['十一大', '第十一次全国代表大会']);
  });

  it('does not read counts of other things (十大重点工程, 三大攻坚战) nor the slogan 党的十九大精神', () => {
    const es = entitiesOf('加快十大重点节能工程实施，打好三大攻坚战，深入学习贯彻党的十九大精神，全面贯彻党的二十大和二十届二中全会精神。');
    expect(namesOf(es, 'organization')).toEqual([]);
  });

  it('reads the national people’s congress of a term, however it is written (第二届全国人民代表大会, 九届全国人大)', () => {
    const es = entitiesOf('在第二届全国人民代表大会第一次会议上，彭真同志仍当选为副委员长。九届全国人大一次会议将要召开。');
    expect(namesOf(es, 'organization')).toEqual(['第九届全国人民代表大会', '第二届全国人民代表大会']);
    expect(spans(entity(es, 'organization', '第九届全国人民代表大会'))).toEqual([[32, 38, '九届全国人大']]);
  });

  it('reads 全国人大 written alone as the national people’s congress', () => {
    const es = entitiesOf('改革开放以来，全国人大及其常委会加快了立法。');
    expect(namesOf(es, 'organization')).toEqual(['全国人民代表大会']);
  });
});
