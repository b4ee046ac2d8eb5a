import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// Names without a post, read by what stands beside them (newsgap25). Sentences written for this test, not taken from a
// report or the news set.

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('a name joined by 和 or 与 to a personal pronoun', () => {
  it('reads the name jieba knows, which a pronoun beside it does not make a thing', () => {
    expect(people('据老人回忆，当年他和刘志丹一起闹革命。')).toEqual(['刘志丹']);
    expect(people('那年夏天，我和王明一起去了延安。')).toEqual(['王明']);
  });
  it('still reads no name in a list of things', () => {
    expect(people('石膏和高岭土都是常见的矿物。')).toEqual([]);
  });
});

describe('a name before the deeds it is honoured for', () => {
  it('reads a two-character name before 的事迹', () => {
    expect(people('徐虎的事迹在上海家喻户晓。')).toEqual(['徐虎']);
  });
});
