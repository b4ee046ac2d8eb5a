import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A party jieba does not know, read from its words and 党 before a post it has (newsgap26): international news names
// foreign parties by their chair, leader, candidate or deputies (巴西劳工党主席, 国家复兴运动党候选人), and jieba leaves 党
// a word of its own after words it knows (劳工|党). Sentences written for this test, not taken from a report or the news set.

const orgs = (s: string) => namesOf(entitiesOf(s), 'organization');

describe('a party by its words and 党 before a post it has', () => {
  it('reads the party with its country', () => {
    expect(orgs('巴西劳工党主席霍夫曼表示，该党将支持政府推动的税制改革。')).toEqual(['巴西劳工党']);
  });
  it('reads the party back to a particle, not past it', () => {
    expect(orgs('执政的国家复兴运动党候选人辛鲍姆赢得总统选举。')).toEqual(['国家复兴运动党']);
  });
  it('reads no party in the whole party, this party or joining it', () => {
    expect(orgs('他是全党的领袖，该党主席随后表示支持。')).toEqual([]);
    expect(orgs('他是共产党员，入党介绍人是王强。')).toEqual([]);
  });
  it('reads no party where no post follows (党的建设)', () => {
    expect(orgs('加强劳工党的建设是一项长期任务。')).toEqual([]);
  });
});
