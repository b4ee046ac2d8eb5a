// 省国资委监管企业实现营业收入, 监管企业资产总额, 市属国有企业共有一级企业, 市本级安排教育支出: a digest of the bodies an owner holds
// (the firms a commission supervises, a city's own firms) or of a budget's own level names them as the subject of every
// figure; what each figure measures is what comes after them (营业收入, 资产总额, 一级企业, 教育支出), the key the same measure
// has in any firm's or budget's report. A set by size or kind (规模以上工业企业利润总额) is a population, and stays.
// (中央各部和所属企业为职工修建的住宅面积: doers joined by 和 name whose deed it is, and stay.)
const HELD_SET = /^(?:(?![和及与])[\u4e00-\u9fff]){0,8}?(?:监管企业|出资企业|所属企业|直属企业|[省市县区]属(?:国有)?企业)/;
// A budget's own level (市本级) is kept before its totals (市本级一般公共预算收入 is not the whole city's): only as the subject
// of an allocation (市本级安排教育支出) is it the allocator.
const OWN_LEVEL = /^(?:[省市县区]?本级)(?=安排)/;
// What the subject does before the measure: the verbs of a digest (实现, 完成, 安排) and of holding (共有, 拥有).
const DEED = /^(?:全年|当年|年末|累计)?(?:共有|拥有|实现|完成|安排|共)?/;
const MIN_REST = 2;

/** The key without the held set or own level of a digest it opens with, when what is left still names a measure. */
export function withoutDigestSubject(key: string): string {
  const m = HELD_SET.exec(key) ?? OWN_LEVEL.exec(key);
  if (!m) return key;
  const rest = key.slice(m[0].length);
  const deed = DEED.exec(rest)![0];
  const measure = rest.slice(deed.length);
  return measure.length >= MIN_REST ? measure : key;
}
