import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endsOf, matchesEndingAt, matchesStartingAt, startsOf } from '../../src/text/matchesNear.ts';

const report = fs.readFileSync('data/reports/dongguan-2018.txt', 'utf8');
const found = (ms: RegExpExecArray[] | IterableIterator<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('matchesEndingAt: a whole-text expression tried only before the places its matches end', () => {
  it('finds what matchAll finds in a report: the bodies written by their level before 委, 政府, 人大 …', () => {
    const level = /(中共)?(地区(?=行政公署|行署)|[省市区县](?=委|政府|人民政府|人大|政协|纪委|监委))/g;
    const stops = startsOf(report, ['委', '政府', '人民政府', '人大', '政协', '纪委', '监委', '行政公署', '行署']);
    const expected = found(report.matchAll(level));
    expect(expected.length).toBeGreaterThan(20);
    expect(found(matchesEndingAt(report, level, stops, 4))).toEqual(expected);
  });

  it('keeps leftmost-first readings that overlap: 涉嫌 opening a charge read from its start, not from its crime', () => {
    const text = '法院审理了熊建军故意伤害案和孙德胜涉嫌受贿案，判决王某犯盗窃罪、涉嫌诈骗罪。';
    const charge = /(?:涉嫌)?(?:故意伤害|受贿|盗窃|诈骗)案|(?:犯|涉嫌)(?:故意伤害|受贿|盗窃|诈骗)罪/g;
    const got = found(matchesEndingAt(text, charge, endsOf(text, ['案', '罪']), 7));
    expect(got).toEqual(found(text.matchAll(charge)));
    expect(got.map((m) => m[1])).toEqual(['故意伤害案', '涉嫌受贿案', '犯盗窃罪', '涉嫌诈骗罪']);
  });

  it('reads lookbehind before the start it is tried at (米兰国际家具展)', () => {
    const text = '组织企业参加米兰国际家具展，推动发展会展经济。';
    const show = /(?<=国际[\u4e00-\u9fff]{1,4})展/g;
    const got = found(matchesEndingAt(text, show, [text.indexOf('家具展') + 3], 1));
    expect(got).toEqual([[text.indexOf('家具展') + 2, '展']]);
    expect(got).toEqual(found(text.matchAll(show)));
  });

  it('lists the ends and starts of words once each, in order', () => {
    const text = '市委市政府召开会议，市人大常委会';
    expect(startsOf(text, ['委', '政府', '人大', '常委'])).toEqual([1, 3, 11, 13, 14]);
    expect(endsOf(text, ['市委', '委'])).toEqual([2, 15]);
  });
});

describe('matchesStartingAt: a whole-text expression tried only where its opening words stand', () => {
  it('finds what matchAll finds: the appointments of a standing committee, 决定任命 before 任命 at one place', () => {
    const text = '会议决定任命：林向东为办公厅副主任；免去李志强的副市长职务，同意周卫东辞去代表职务。任命彭晓东为教育局局长。';
    const act = /(?:决定任命|任命|免去|同意)[：:]?([\u4e00-\u9fff]{2,4}?)(?:为|的|辞去)/g;
    const starts = startsOf(text, ['决定任命', '任命', '免去', '同意']);
    const got = found(matchesStartingAt(text, act, starts));
    expect(got).toEqual(found(text.matchAll(act)));
    expect(got.map((m) => m[2])).toEqual(['林向东', '李志强', '周卫东', '彭晓东']);
  });

  it('skips a start inside the last match, as a scan from the text’s start does (任命 inside 决定任命)', () => {
    const text = '决定任命王海涛为副市长';
    const act = /(?:决定任命|任命)([\u4e00-\u9fff]{2,4}?)为/g;
    const got = found(matchesStartingAt(text, act, startsOf(text, ['决定任命', '任命'])));
    expect(got).toEqual([[0, '决定任命王海涛为', '王海涛']]);
  });
});
