// One key for indicators that reports name in more than one way. Sources: the National Bureau of Statistics' glossary
// (国家统计局《统计指标解释》: 经济增长率 is the growth rate of 国内生产总值 at constant prices; GDP is 国内生产总值; CPI is
// 居民消费价格指数, whose rise reports give as 居民消费价格涨幅). Written for this project; general, not of any one report.

/** Whole-word abbreviations and variants, replaced before anything else. */
export const WORD_SYNONYMS: readonly (readonly [RegExp, string])[] = [
  [/GDP/gi, '国内生产总值'],
  [/CPI/gi, '居民消费价格'],
  // 按人口平均的纯收入 is 人均纯收入, the Bureau's term.
  [/按人口平均(?:计算)?的?/g, '人均'],
];

/** Whole keys that mean another key. */
export const KEY_SYNONYMS: Readonly<Record<string, string>> = {
  经济增长: '国内生产总值增长',
  经济增速: '国内生产总值增长',
  经济增长速度: '国内生产总值增长',
  经济增长率: '国内生产总值增长',
  国民经济增长: '国内生产总值增长',
  经济总量: '国内生产总值',
  居民消费价格增长: '居民消费价格涨幅',
  居民消费价格指数涨幅: '居民消费价格涨幅',
  居民消费价格上涨: '居民消费价格涨幅',
  新增城镇就业: '城镇新增就业',
  城镇新增就业人数: '城镇新增就业',
};
