import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('names of a surname in no list, and people who marry', () => {
  it('reads a name jieba knows before its place in a photograph or an honour of the dead (新凤霞（中）, 恽代英烈士)', () => {
    expect(people('图为新凤霞（左）在后台化妆。')).toEqual(['新凤霞']);
    expect(people('纪念馆陈列着恽代英烈士的手稿。')).toEqual(['恽代英']);
  });
  it('reads the one who marries as a person (姜天云嫁给了刘杰)', () => {
    expect(people('那一年，姜天云嫁给了刘杰。')).toEqual(['刘杰', '姜天云']);
  });
});
