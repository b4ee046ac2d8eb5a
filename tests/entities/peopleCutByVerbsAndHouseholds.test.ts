import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('names jieba cut at a verb, a preposition or a household after them', () => {
  it('reads the name whose last character jieba took into a verb of speech (跟|赵德/x|明说)', () => {
    expect(people('我跟赵德明说了好几次，他都没有答应。')).toEqual(['赵德明']);
    // 再说 is an adverb and a verb: the name ends before it.
    expect(people('这件事他跟王平再说了一遍。')).not.toContain('王平再');
  });
  it('reads a three-character name after a post before 跟 (区长黄/a|文华/nz|跟)', () => {
    expect(people('区长黄文华跟记者说了今年的打算。')).toEqual(['黄文华']);
  });
  it('reads the head of a household jieba ran into 家 (来到|姜祖海家/x)', () => {
    expect(people('记者来到姜祖海家时，他正在院子里晾晒玉米。')).toEqual(['姜祖海']);
    expect(people('我们走进王家大院参观，又到了李家坡村。')).toEqual([]);
  });
  it('reads a whole name jieba knows after a role where its surname is also a function word (作家莫言)', () => {
    expect(people('作家莫言在座谈会上谈了创作体会。')).toEqual(['莫言']);
  });
});
