import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('one Mongolian or Tibetan name word alone, beside a role or an act of a person', () => {
  it('reads the name after a role or before a spouse', () => {
    expect(people('牧民其木格和丈夫乌力吉经营着一家牧家乐。')).toEqual(['乌力吉', '其木格']);
    expect(people('医生格桑说，今年村里新建了卫生室。')).toEqual(['格桑']);
  });
  it('reads no place named by the word (尼玛县) and no word alone without a cue', () => {
    expect(people('乡长带队到尼玛县考察。')).toEqual([]);
    expect(people('草原上的巴特尔雕像吸引了游客。')).toEqual([]);
  });
  it('reads no word of the stock as the whole of a longer name after a role (牧民白音仓)', () => {
    expect(people('海拉苏台嘎查牧民白音仓经营的家庭牧场被评为示范家庭牧场。')).not.toContain('白音');
  });
  it('reads no word of the stock as the whole of a longer name after a role (牧民白音仓)', () => {
    expect(people('海拉苏台嘎查牧民白音仓经营的家庭牧场被评为示范家庭牧场。')).not.toContain('白音');
  });
});
