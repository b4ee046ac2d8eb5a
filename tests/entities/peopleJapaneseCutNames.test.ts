import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('a Japanese surname jieba reads alone, its given name cut into the words after it', () => {
  it('reads the whole name after a role', () => {
    expect(people('日本选手山田翔太在男子体操个人全能比赛中获得铜牌。')).toEqual(['山田翔太']);
    expect(people('日本队员中村俊辅在比赛中进球。')).toEqual(['中村俊辅']);
  });
  it('reads no act into the given name', () => {
    expect(people('记者山田报道。')).toEqual(['山田']);
  });
  it('reads the holder of the post of foreign minister written 外相', () => {
    expect(people('英国外相卡梅伦出席会议。')).toEqual(['卡梅伦']);
    expect(people('日本外相茂木敏充在记者会上说。')).toEqual(['茂木敏充']);
  });
});
