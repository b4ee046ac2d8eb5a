import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// Sentences of the lead's probe reports (a county, a tourist city, a city's safety summary) and sentences written for
// these tests in the same forms.

describe('a subject that is a list closed by 等 and a class word', () => {
  it('is the places or bodies counted, not what the figure measures', () => {
    expect(keys('甘丹曲果镇、春堆乡、强嘎乡等乡镇建成高标准农田2.6万亩。', 2023)).toEqual([['2.6万亩', '建成高标准农田']]);
    expect(keys('举办第十四届中国黄山书会、2023黄山国际山地马拉松赛等节会活动56场。', 2023)).toEqual([['56场', '节会活动']]);
    expect(keys('城关镇、河口镇、东风乡等乡镇新建村级文化广场32个。', 2023)).toEqual([['32个', '新建村级文化广场']]);
    expect(keys('组织开展春季招聘会、高校毕业生就业周等招聘活动85场。', 2023)).toEqual([['85场', '招聘活动']]);
  });

  it('a read that holds the whole list keeps it', () => {
    expect(keys('水泥、汽车、棉纱等主要工业产品产量增长百分之二十以上。', 1964)[0]![1]).toBe('水泥、汽车、棉纱等主要工业产品产量增长');
  });
});

describe('分别 over the figures of the clause before', () => {
  it('gives its numbers the earlier figures in turn', () => {
    // (发生 out of the key since figures26: the events counted, 各类生产安全事故)
    expect(keys('全市共发生各类生产安全事故86起、死亡79人，同比分别下降12.2%和9.2%。', 2023).map(([, k]) => k)).toEqual([
      '各类生产安全事故',
      '死亡',
      '各类生产安全事故下降',
      '死亡下降',
    ]);
    expect(keys('全年接待游客8000万人次、实现旅游收入650亿元，比上年分别增长15.3%和18.6%。', 2023).map(([, k]) => k)).toEqual([
      '接待游客',
      '旅游收入',
      '接待游客增长',
      '旅游收入增长',
    ]);
  });
});

describe('a read that begins inside a body name', () => {
  it('starts after the name (the body is the figure’s entity)', () => {
    expect(keys('黄山旅游发展股份有限公司实现营业收入19.8亿元。', 2023)).toEqual([['19.8亿元', '营业收入']]);
    expect(keys('发现施工单位安徽江岸建设工程有限公司超计量计价2870万元。', 2023)).toEqual([['2870万元', '超计量计价']]);
  });

  it('a whole name or a bare body word before the verb stays', () => {
    expect(keys('市城投集团完成投资52亿元。', 2023)).toEqual([['52亿元', '市城投集团完成投资']]);
    expect(keys('2022年集团实现营业收入356.8亿元。', 2023)).toEqual([['356.8亿元', '集团实现营业收入']]);
  });
});
