/**
 * Verbs that jieba's default dictionary (@node-rs/jieba's dict.txt) tags as nouns, names or places, and that the report prose
 * uses as verbs taking an object or a count of their doers (新建1亿亩高标准农田, 毕业2.7万人, 续建一百二十个大型项目). Each
 * is marked 动 (verb) in the 现代汉语词典 (7th ed.); the tags jieba gives are noted. The indicator readers tag them v.
 */
export const MIS_TAGGED_VERBS: ReadonlySet<string> = new Set([
  '新建', // ns (新建, a district of 南昌)
  '续建', // nr
  '改扩建', // j
  '新开工', // nz
  '毕业', // n
  '入学', // n
  '造林', // n
  '整治', // n
  '惠及', // ns
]);
