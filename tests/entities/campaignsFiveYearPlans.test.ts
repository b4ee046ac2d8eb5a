import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';
import { foldText } from '../../src/text/foldText.ts';

const plans = (text: string, folded = text) =>
  entitiesOf(text, folded)
    .filter((e) => e.type === 'campaign')
    .map((e) => [e.name, e.mentions.map((m) => m.surface)]);

// Sentences of the State Council's work reports (gwr-1954 … gwr-2010) and sentences written for the rule.
describe('five-year plans', () => {
  it('names the plan spelled out and its short form alike (gwr-1982, gwr-1986)', () => {
    expect(plans('总之，这两年执行第六个五年计划所取得的成绩是很大的。经过“六五”期间的实践，六五计划期间要求每年递增百分之四。')).toEqual([
      ['“六五”计划', ['第六个五年计划', '“六五”', '六五计划']],
    ]);
  });
  it('reads the traditional script through the folded text (gwr-1954)', () => {
    const text = '我國就開始了經濟建設的第一個五年計劃，着手有系統地逐步地實現國家的社會主義工業化。';
    expect(plans(text, foldText(text))).toEqual([['“一五”计划', ['第一個五年計劃']]]);
  });
  it('calls the plans from the eleventh on 规划, in any report (gwr-2010)', () => {
    expect(plans('是全面实现“十一五”规划目标、为“十二五”发展打好基础的重要一年。')).toEqual([
      ['“十二五”规划', ['“十二五”']],
      ['“十一五”规划', ['“十一五”规划']],
    ]);
  });
  it('reads no count of plans, nor a number before 计划', () => {
    expect(plans('我們一定可以經過幾個五年計劃，再经过三个五年计划的努力，完成二十五计划项目。')).toEqual([]);
  });
  it('reads a cycle of legal publicity as its own programme, not a plan (the twenty-sixth held-out set’s 泾县 report)', () => {
    // “八五”普法 (2021–2025) runs with “十四五”: it was read as a false “八五”计划. The gwr has “七五”普法规划 (2016).
    expect(plans('顺利通过“八五”普法中期评估。落实“十四五”规划，全面完成“七五”普法规划，推进八五普法。')).toEqual([
      ['“八五”普法', ['“八五”普法', '八五普法']],
      ['“七五”普法', ['“七五”普法规划']],
      ['“十四五”规划', ['“十四五”规划']],
    ]);
  });
});
