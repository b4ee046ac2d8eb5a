import { describe, expect, it } from 'vitest';
import { countsThings, readUnit } from '../../src/figures/units.ts';

describe('the unit dictionary marks the classifiers that count things named after them', () => {
  it.each(['个', '项', '条', '名', '人', '户', '所', '人次', '大类'])('%s counts things', (u) => expect(countsThings(u)).toBe(true));
  it.each(['吨', '元', '%', '次', '场次', '天', '公里', '倍'])('%s does not', (u) => expect(countsThings(u)).toBe(false));
  it('a bare multiplier counts what follows it (9亿多劳动力)', () => expect(countsThings('')).toBe(true));
  it('every counter is also read as a unit after a number', () => {
    for (const u of ['个', '项', '条', '名', '所', '人次', '大类']) expect(readUnit(`3${u}单位`, 1)?.baseUnit).toBe(u);
  });
});

describe('units as the reports of the 1950s write them', () => {
  it.each(['公尺', '平方公尺', '立方公尺'])('%s is a unit', (u) => expect(readUnit(`5万${u}以上`, 1)?.baseUnit).toBe(u));
});

describe('a multiplier split by an estimate mark', () => {
  it('4万多亿元 is 万亿元, approximate (gwr-2016)', () => {
    const u = readUnit('4万多亿元', 1);
    expect([u?.unit, u?.baseUnit, u?.multiplier, u?.approximate, u?.end]).toEqual(['万亿元', '元', 1e12, true, 5]);
    expect(u?.spans).toEqual([
      { start: 1, end: 2 },
      { start: 3, end: 4 },
      { start: 4, end: 5 },
    ]);
  });
});

describe('trains and pairs (中欧班列1200列, 友好城市15对)', () => {
  it('列 and 对 are units after a number', () => {
    expect(readUnit('全年开行班列1200列，增长', 10)?.baseUnit).toBe('列');
    expect(readUnit('缔结友好城市15对。', 8)?.baseUnit).toBe('对');
  });
  it('but not where they begin a verb or a preposition (列入, 对外)', () => {
    expect(readUnit('2022列入名录', 4)).toBeNull();
    expect(readUnit('共3对外开放', 2)).toBeNull();
  });
});

describe('compound counting units (seventh held-out set)', () => {
  it('牲畜存栏320万头只 counts livestock by head, cattle and sheep together, not 头 followed by 只', () => {
    expect(readUnit('320万头只。', 3)?.baseUnit).toBe('头只');
  });
  it('计量器具1.5万台件 counts instruments by piece', () => expect(readUnit('1.5万台件。', 3)?.baseUnit).toBe('台件'));
});

// A disaster bulletin's relief goods (figures22's sentences, written for this test).
describe('relief goods and gear counted by their classifiers (帐篷350顶, 老花镜2000副, 雨伞500把, 锦旗12面)', () => {
  it('顶, 副, 把, 面, 罐 and 具 are units that count things', () => {
    for (const u of ['顶', '副', '把', '面', '罐', '具']) {
      expect(readUnit(`发放350${u}，`, 5)?.baseUnit).toBe(u);
      expect(countsThings(u)).toBe(true);
    }
  });
  it('not before a word that opens with the character (3顶层, 2副县长, 5把关, 4面积, 3具体)', () => {
    for (const w of ['顶层', '副县长', '把关', '面积', '具体']) expect(readUnit(`3${w}`, 1)).toBeNull();
  });
});
