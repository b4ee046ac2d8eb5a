// Words that stand around a figure without naming what it measures, written for this project from the grammar of
// Chinese report prose (levels: 达到/为/突破; comparisons: 比上年/同比; hedges: 约/左右; scope: 全国/全年). A general
// list of the language, not of any one report.

/** Words right before a number that state its level or hedge it (达到67.7万亿元, 约2000亿元, 控制在3%以内). */
export const LEVEL_WORDS = [
  '发展到', '提高到', '提升到', '上升到', '增加到', '增长到', '扩大到', '下降到', '降低到', '减少到', '缩小到', '增至', '降至', '升至', '减至',
  '拟按', '按', '定在', '定为', '控制在', '保持在', '稳定在', '维持在', '达到了', '达到', '突破了', '突破', '超过了', '超过', '高于', '低于', '不低于', '不高于',
  '不少于', '不超过', '不到', '不足', '接近', '将近', '大约', '至少', '最少', '最多', '约为', '共计', '合计', '总计', '累计', '共有',
  '可以有', '可以', '能够', '分别为', '分别是', '分别达', '分别', '将要', '将达到', '将达', '将', '只有', '仅有', '已有', '拥有', '实现', '完成了', '达', '为', '是', '有', '约', '近', '逾', '超', '共',
  '到', '至', '在', '了', '已', '仅', '又', '再', '还', '也', '多', '从', '由', '每', '以上', '左右',
] as const;

/** Comparisons a change is measured against: 比上年增长 → the change, 比1978年 → its base year. */
export const COMPARISON = /(?:同比|环比|(?:比|较)(?:上年同期|去年同期|上年|去年|前年|上一年|同期|\d{4}年(?:末|底|初)?|[^,，。;；比]{0,6}?(?:年|期|前|底|初|末|时)))$/;

/** Change verbs and nouns, each with the direction it states. */
export const CHANGE_WORDS: readonly (readonly [string, 'increase' | 'decrease' | 'price'])[] = [
  ['增长速度', 'increase'], ['增长率', 'increase'], ['增长', 'increase'], ['增加', 'increase'], ['提高', 'increase'],
  ['上升', 'increase'], ['提升', 'increase'], ['扩大', 'increase'], ['增幅', 'increase'], ['增速', 'increase'], ['增', 'increase'],
  ['上涨', 'price'], ['涨幅', 'price'], ['涨', 'price'],
  ['下降', 'decrease'], ['减少', 'decrease'], ['降低', 'decrease'], ['下滑', 'decrease'], ['回落', 'decrease'], ['缩小', 'decrease'],
  ['压减', 'decrease'], ['缩减', 'decrease'], ['降幅', 'decrease'], ['减幅', 'decrease'], ['下跌', 'decrease'], ['减', 'decrease'], ['降', 'decrease'],
];

/** Adverbs between an indicator and its change verb (实际增长, 年均增长, 平均每年增长, 按可比价格计算增长). */
export const CHANGE_ADVERBS = /(?:按可比价格计算|扣除价格因素|平均每年|年均|每年|平均|实际|名义|累计|同比|总共|共|又|再|还|也|均|都|已|分别|继续|持续|稳定|大幅|明显|较快|快速|只|先后|分批|集体|拟|预计|进一步)$/;

/** Words a clause opens with that are neither the indicator nor part of it: connectives, scope and time. */
export const LEAD_WORDS = [
  '截至目前', '截止目前', '截至', '截止', '目前', '其中', '同时', '此外', '另外', '并且', '而且', '以及', '并', '而', '但', '且', '及', '和', '与', '对', '在', '将', '要', '使', '让', '把', '向',
  '已经', '已', '共', '是', '累计', '先后', '还', '又', '再', '均', '全国', '全省', '全市', '全县', '全区', '全镇', '全州', '全年', '我国', '我省', '我市', '我县', '我区',
  '这个', '这一', '这些', '该', '其', '全体', '各地', '各级', '城乡', '预计', '力争', '确保', '争取', '计划', '努力', '进一步', '提出了', '提出', '原有', '原', '现有', '现', '等',
] as const;

/** Time words that open a clause (去年, 今年上半年, 过去五年, 1979年, 2018年1-9月, "十三五"时期). */
export const LEAD_TIME = /^(?:(?:截至|截止|到|至|在)?(?:\d{4}年度?(?:\d{1,2}(?:[-—~至到]\d{1,2})?月(?:\d{1,2}日)?)?(?:末|底|初|以来|来)?|(?:至今|今年以来|今年内|以来|年底前|年内|去年|今年|明年|前年|上年|本年|当年|全年|(?:今后|未来)[一二三四五六七八九十\d]{1,2}年|过去一年|过去五年|过去5年|五年来|5年来|近五年|近三年|近年来|近年|这几年|几年来|十年来|年均|年末|年底|年初|上半年|下半年|前三季度|一季度|第一季度)(?:末|底|初|以来|来|全年)?|["“]?[一二三四五六七八九十]{1,3}五["”]?(?:时期|期间|以来|末|前四年)?)[,，]?)+/;

/** Light verbs that carry an action without naming it (开展约谈6次 → 约谈): dropped from a key. */
export const LIGHT_VERBS = /^(?:开展|进行|组织|实施|完成|实现|推动|推进|落实|加强|加大|累计|共|先后|已|全面|深入|集中|拟安排|拟|安排)+(?=[\u4e00-\u9fff]{2})/;

/** Classifiers that count things named after them (153条整改措施, 18个单位): the noun after the unit is the indicator. */
export const COUNTING_UNITS = new Set([
  '个', '项', '条', '家', '件', '宗', '起', '例', '笔', '所', '座', '栋', '幢', '间', '套', '台', '辆', '艘', '架', '部', '本', '册', '篇', '份',
  '张', '幅', '块', '片', '段', '根', '棵', '株', '头', '只', '匹', '口', '支', '组', '队', '门', '节', '批', '类', '种', '处', '名', '位',
  '户', '人', '人次', '场', '期', '届', '大类', '首', '盏', '道', '枚', '颗', '',
]);

/** Units of a rate: a change stated in them is a growth rate, apart from an absolute increase. */
export const RATE_UNITS = new Set(['%', '‰', '个百分点', '百分点', '倍', '成']);

/** A time word inside a phrase (中央提出今年经济增长, 就业率去年底): the indicator is read after it, or before it at the end. */
export const INNER_TIME = /(?:\d{4}年度?(?:\d{1,2}月)?|["“]?[一二三四五六七八九十]{1,3}五["”]?(?:时期|期间)|(?:今后|未来|过去)[一二三四五六七八九十\d]{1,2}年|今年|去年|明年|上年|全年|年底前|年底|年末|年初|上半年|前三季度)(?:以来|来|底|末|初)?/g;
