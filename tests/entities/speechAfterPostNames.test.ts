import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// A name after a post, where jieba glued the verb of speech after it to the name (newsgap25). Sentences written for this
// test, not taken from a report or the news set.

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('a verb of speech glued to a name after a post', () => {
  it('ends a two-character name before the 说 or 称 jieba read with it (董事长李华说/x)', () => {
    expect(people('该公司董事长李华说，公司今年将投资两亿元。')).toEqual(['李华']);
    expect(people('局长张岩称：此案已经查清。')).toEqual(['张岩']);
  });
  it('ends a three-character name inside the verb jieba made of its last character (黄小|明说)', () => {
    expect(people('公司总经理黄小明说：今年形势很好。')).toEqual(['黄小明']);
    expect(people('副县长赵德明说，要抓紧春耕。')).toEqual(['赵德明']);
  });
  it('keeps names that jieba already bounds before the verb', () => {
    expect(people('厂长王刚说，今年的任务很重。')).toEqual(['王刚']);
    expect(people('县长刘长江称，全县已经脱贫。')).toEqual(['刘长江']);
  });
});
