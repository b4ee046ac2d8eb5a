import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// An academy's institute named by its field and 所 alone after the academy (newsgap25): news writes 中科院物理所 for the
// Institute of Physics. Sentences written for this test, not taken from a report or the news set.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('an academy’s institute by its field and 所', () => {
  it('reads the institute jieba holds as one noun after the academy’s short name', () => {
    expect(orgs('中科院物理所的科研人员攻克了这一难题。')).toEqual(['中科院物理所']);
  });
  it('reads a science’s name and 所 as two words after the academy’s full name', () => {
    expect(orgs('中国科学院声学所的专家作了报告。')).toEqual(['中国科学院声学所']);
  });
  it('reads no institute where 所 opens a verb after the academy (所属)', () => {
    expect(orgs('中国社科院所属各研究所都参加了评估。')).toEqual(['中国社科院']);
  });
});
