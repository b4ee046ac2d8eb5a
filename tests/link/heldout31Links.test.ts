import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));
const bodies = (text: string, ...names: string[]) => names.map((n) => makeEntity('organization', n, text));
// The names a figure is linked to, in name order: a referring word stands for them all at one place in the text.
const sorted = (links: ReturnType<typeof figureLinks>) => links.map(([f, names]) => [f, [...names].sort()]);

// Sentences of the thirty-first held-out set (tancheng-rural-commercial-bank-2024, a 农商银行党委's 巡察整改通报, and
// macheng-power-supply-company-2024-crlf, a 供电公司党委's) and sentences written for these tests: staff sent to units after
// 到, and a count of places of a kind (两村) standing for the places named before it.
describe('linkReport: the units staff are sent to after 选派…到', () => {
  it('links the bodies after 到 where the clause sends the counted (麻城)', () => {
    const text = '选派12名青年员工到宋埠供电所、歧亭供电所轮岗锻炼，新招录员工3名。';
    expect(figureLinks(text, bodies(text, '宋埠供电所', '歧亭供电所'))).toEqual([
      ['12名', ['宋埠供电所', '歧亭供电所']],
      ['3名', []],
    ]);
  });

  it('reads a body and a place after 到 alike', () => {
    const text = '抽调业务骨干26名到市纪委监委、滨海县协助办案。';
    const entities = [...bodies(text, '市纪委监委'), ...places(text, '滨海县')];
    expect(figureLinks(text, entities)).toEqual([['26名', ['市纪委监委', '滨海县']]]);
  });

  it('not a body after 到 without a verb of sending before the count', () => {
    const text = '全年接待群众3200人次到市信访局反映问题。';
    expect(figureLinks(text, bodies(text, '市信访局'))).toEqual([['3200人次', []]]);
  });
});

describe('linkReport: 两村 and 该村 stand for the villages named before them', () => {
  it('gives the count of two villages to the two named before, with the town they are written in (郯城)', () => {
    const text = '马头支行与马头镇马东村、马西村结对共建，为两村种植大户发放贷款83笔、金额4150万元。';
    const want = ['马东村', '马头镇', '马西村'].sort();
    expect(sorted(figureLinks(text, places(text, '马头镇', '马东村', '马西村')))).toEqual([
      ['83笔', want],
      ['4150万元', want],
    ]);
  });

  it('reads 三个乡 of three townships and 两县 of two counties', () => {
    const text = '支持枫树乡、青林乡、白云乡发展茶叶产业，三个乡新增茶园1200亩。';
    expect(figureLinks(text, places(text, '枫树乡', '青林乡', '白云乡'))).toEqual([['1200亩', ['枫树乡', '青林乡', '白云乡']]]);
    const two = '与滨海县、阜宁县签订协议，两县新增就业岗位860个。';
    expect(figureLinks(two, places(two, '滨海县', '阜宁县'))).toEqual([['860个', ['滨海县', '阜宁县']]]);
  });

  it('not where the count is not the number of places named (两镇 after three), nor 两个乡镇 (a class of units)', () => {
    const three = '公司与宋埠镇、白果镇、歧亭镇签订协议，两镇新增光伏电站3座。';
    expect(figureLinks(three, places(three, '宋埠镇', '白果镇', '歧亭镇'))).toEqual([['3座', []]]);
    const towns = '公司与宋埠镇、白果镇签订协议，两个乡镇新增光伏电站3座。';
    expect(figureLinks(towns, places(towns, '宋埠镇', '白果镇'))).toEqual([['3座', []]]);
    const two = '公司与宋埠镇、白果镇签订协议，两镇新增光伏电站3座。';
    expect(figureLinks(two, places(two, '宋埠镇', '白果镇'))).toEqual([['3座', ['宋埠镇', '白果镇']]]);
  });

  it('gives what 该村 counts to the village and the town it is written in (郯城)', () => {
    const text = '港上支行与港上镇金港村开展党支部联建，为该村大蒜种植户发放贷款136笔。';
    expect(sorted(figureLinks(text, places(text, '港上镇', '金港村')))).toEqual([['136笔', ['港上镇', '金港村'].sort()]]);
  });
});
