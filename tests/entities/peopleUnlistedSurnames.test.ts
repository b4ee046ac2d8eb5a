import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('names whose surname no list holds, read by the post before them or the names listed with them', () => {
  it('reads the name after a post or a role when jieba knows no word there (网格员|么/y|春燕/x, 书记禚永刚)', () => {
    expect(people('网格员么春燕在入户走访时发现了这一隐患。')).toEqual(['么春燕']);
    expect(people('村党支部书记禚永刚带领村民修通了产业路。')).toEqual(['禚永刚']);
  });
  it('reads nothing after a post where the words are of the language (亲自, 逐一, 对此)', () => {
    expect(people('市委书记亲自带队检查防汛工作。')).toEqual([]);
    expect(people('局长逐一点评了各单位的工作。')).toEqual([]);
    expect(people('网格员逐户排查了隐患。')).toEqual([]);
  });
  it('reads one name of an unlisted surname among names whose surnames are listed (禚春来、逯家强、仝小娟、亓凤霞)', () => {
    expect(people('获得“最美村医”称号的有：禚春来、逯家强、仝小娟、亓凤霞。')).toEqual(['亓凤霞', '仝小娟', '禚春来', '逯家强']);
    // Two such items, or one beside too few names, make no list of people.
    expect(people('要坚持高起点、严要求、快推进、抓落实。')).toEqual([]);
  });
});
