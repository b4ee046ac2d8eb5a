import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('foreign names with hyphenated parts, and names after a monarch’s children', () => {
  it('reads a compound part joined by a hyphen, with or without a middle dot after it', () => {
    expect(people('法国总统让-吕克·布歇发表讲话。')).toEqual(['让-吕克·布歇']);
    expect(people('沙特王储阿卜杜勒-阿齐兹会见了代表团。')).toEqual(['阿卜杜勒-阿齐兹']);
    expect(people('阿卜杜勒-阿齐兹表示，沙方支持这一倡议。')).toEqual(['阿卜杜勒-阿齐兹']);
  });
  it('reads no person in places or lines joined by a hyphen', () => {
    expect(people('京-沪高铁和中-老铁路运行平稳，2019-2020年客流增长。')).toEqual([]);
  });
  it('reads the characters of frequent names the syllable tables hold (米歇尔, 朔尔茨)', () => {
    expect(people('米歇尔说，双方同意加强合作。')).toEqual(['米歇尔']);
    expect(people('德国总理朔尔茨与法国总统马克龙通电话。')).toEqual(['朔尔茨', '马克龙']);
  });
  it('reads a princess or a prince of a foreign state named by a given name alone', () => {
    expect(people('泰国公主诗琳通多次访问中国。')).toEqual(['诗琳通']);
  });
});

describe('Thai names written with 素 and 猜', () => {
  it('reads a Thai name before a verb of speech (素帕猜强调)', () => {
    expect(people('素帕猜强调，各国应加强对流入资本的监管。')).toEqual(['素帕猜']);
  });
  it('reads no name in the verb 猜 of ordinary prose', () => {
    expect(people('你猜他会不会来？')).toEqual([]);
  });
});
