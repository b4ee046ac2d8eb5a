import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/foldText.ts';
import { entitiesOf } from './entityTestKit.ts';

const regulations = (text: string) =>
  entitiesOf(text, foldText(text))
    .filter((e) => e.type === 'regulation')
    .map((e) => e.name)
    .sort();

// Sentences written for the rules (regs21) and one of gwr-1982; tests/fixtures/regs21 holds the set they came from.
describe('plans, passed rules and titled norms named without title marks', () => {
  it('reads a plan by the years in its title, without the scope before it or the verb that carries it out', () => {
    expect(regulations('认真落实乡村振兴战略规划（2018—2022年），脱贫人口收入增长。')).toEqual(['乡村振兴战略规划(2018—2022年)']);
    expect(regulations('编制全市国土空间总体规划（2021—2035年）。')).toEqual(['国土空间总体规划(2021—2035年)']);
    // The span it runs is a word of its title; a place jieba does not know leaves its level a word of its own (清源|县).
    expect(regulations('制定了清源县农村人居环境整治提升五年行动方案（2021—2025年）。')).toEqual([
      '清源县农村人居环境整治提升五年行动方案(2021—2025年)',
    ]);
  });
  it('reads an outline by a quoted name of its own, not by a five-year period or a drive with years', () => {
    expect(regulations('贯彻落实“健康中国2030”规划纲要，人均预期寿命达到79.2岁。')).toEqual(['“健康中国2030”规划纲要']);
    expect(regulations('编制“十四五”规划纲要。实施质量强县三年行动（2023—2025年）。制定三年行动计划（2023-2025年）。')).toEqual([]);
  });
  it('reads a rule passed or amended by a legislature, and a long-subject 管理规定, but no kind of rule', () => {
    expect(regulations('市人大常委会审议通过了宁川市养犬管理条例，自2024年5月1日起施行。')).toEqual(['宁川市养犬管理条例']);
    expect(regulations('修订后的宁波市城市房屋使用安全管理条例于今年3月起施行。')).toEqual(['宁波市城市房屋使用安全管理条例']);
    expect(regulations('根据清源市城市绿化管理规定第二十二条，对擅自砍伐树木的单位处以罚款。')).toEqual(['清源市城市绿化管理规定']);
    expect(regulations('州人大常委会审议通过单行条例2件。严格执行安全管理规定，落实有关管理规定。')).toEqual([]);
    // 通过 alone is "by way of" (gwr-1982).
    expect(regulations('对企业之间利润率悬殊的矛盾，应该首先通过推行内部价格结算等办法来逐步解决。')).toEqual([]);
  });
  it('reads a bare 规定 only with a long subject, and a status or revision written after a rule as part of its name', () => {
    expect(regulations('严格落实地方党政领导干部安全生产责任制规定，压实责任。')).toEqual(['地方党政领导干部安全生产责任制规定']);
    expect(regulations('违反中央八项规定。不符合政府采购管理相关规定。违反公务用车管理使用规定。')).toEqual([]);
    expect(regulations('根据党政领导干部生态环境损害责任追究办法（试行），对3名干部问责。')).toEqual([
      '党政领导干部生态环境损害责任追究办法(试行)',
    ]);
    expect(regulations('依据消防法（2021年修正）第六十条，责令改正。')).toEqual(['消防法(2021年修正)']);
  });
  it('reads a titled 关于…的准则 after the verb that carries it out', () => {
    expect(regulations('各级党组织认真学习关于新形势下党内政治生活的若干准则。')).toEqual(['关于新形势下党内政治生活的若干准则']);
  });
});
