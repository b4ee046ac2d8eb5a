import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

describe('regulations: a partnership agreement named by the partnership it founds, without marks', () => {
  it('reads the nouns before 伙伴关系 and the agreement as one document (gwr-2016, 2018, 2022 read RCEP without marks)', () => {
    const es = entitiesOf('积极商签区域全面经济伙伴关系协定，加快中日韩自贸区谈判。早日结束区域全面经济伙伴关系协定谈判。');
    expect(namesOf(es, 'regulation')).toEqual(['区域全面经济伙伴关系协定']);
    expect(spans(entity(es, 'regulation', '区域全面经济伙伴关系协定'))).toEqual([
      [4, 16, '区域全面经济伙伴关系协定'],
      [32, 44, '区域全面经济伙伴关系协定'],
    ]);
  });

  it('leaves a partnership agreement named by no partnership a class (written sentence)', () => {
    expect(namesOf(entitiesOf('两国签订了伙伴关系协定。'), 'regulation')).toEqual([]);
  });
});
