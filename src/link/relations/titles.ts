// Titles of office written after the body they belong to (市委书记, 县自然资源局副局长, 领导小组组长), from the
// post names of Chinese party, state and public bodies (党政机关、事业单位领导职务名称). Data, not rules: extend freely.
const HEADS = [
  '总书记',
  '书记',
  '常委',
  '委员',
  '主任',
  '主席',
  '秘书长',
  '组长',
  '指挥长',
  '总指挥',
  '省长',
  '市长',
  '县长',
  '区长',
  '镇长',
  '乡长',
  '州长',
  '旗长',
  '盟长',
  '部长',
  '厅长',
  '局长',
  '处长',
  '科长',
  '所长',
  '院长',
  '校长',
  '馆长',
  '站长',
  '队长',
  '社长',
  '行长',
  '庭长',
  '检察长',
  '司令员',
  '政委',
  '董事长',
  '总经理',
  '经理',
  '理事长',
  '会长',
  '总监',
];

// Longest first, so 总书记 is read whole and not as 书记.
const HEAD = HEADS.sort((a, b) => b.length - a.length).join('|');

/**
 * A title at the end of a text: optional 原 (former), an optional party organ of the body (党组书记, 党委副书记),
 * 常务/副, and the head word. Groups: 1 原, 2 the title.
 */
export const TITLE_AT_END = new RegExp(`(原)?((?:党组|党委|党工委|纪委|纪工委|党支部|党总支)?(?:常务)?副?(?:${HEAD}))$`);

/** Heads of a government (市长 heads the 市人民政府): the body is that level's government. Group 1: the level. */
export const GOVERNMENT_HEAD = /^(?:常务)?副?([省市县区镇乡州旗盟])长$/;

/** 由…任组长, 以…为组长: a leading group's posts, named after the person. Group 1: the title. */
export const GROUP_POST_AFTER = /^(?:同志)?(?:任|担任|为)((?:常务)?副?(?:组长|主任|总指挥|指挥长))/;

/** A national leader named with the title after the name (习近平总书记): the body the title belongs to. */
export const TITLE_AFTER_NAME: readonly { title: string; bodies: readonly string[] }[] = [
  { title: '总书记', bodies: ['党中央', '中共中央', '中央'] },
  { title: '总理', bodies: ['国务院'] },
  { title: '委员长', bodies: ['全国人大常委会', '全国人民代表大会常务委员会'] },
];

/** Short forms of a party committee or government written before a title: kept as part of the title (市委书记). */
export const SHORT_BODY = /^(?:[省市县区镇乡]委|[镇乡]党委|街道党工委|[省市县区镇乡]政府|[市县区]纪委)$/;
