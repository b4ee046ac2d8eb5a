// Words that end the name of a building, monument or public ground (人民大会堂, 中国美术馆, 天安门广场, 布达拉宫).
// Written for this project from ordinary Chinese usage: the class nouns of landmarks in a dictionary's sense
// (现代汉语词典: 宫, 寺, 馆, 广场, 大厦, 公园, 球场…); none of them is a name. A named one is a place a reader looks up.
// Not 机场: an airport is read as the body that runs it (institutions.ts), one reading per name.

/** Class nouns that jieba cuts as words of their own after a name (杭州|植物园, 伊丽莎白|体育馆). */
export const FACILITY_WORDS = [
  '大会堂',
  '大剧院',
  '剧院',
  // A theatre of the old opera's kind and a hall of music (长安|大戏院, 北京|音乐厅).
  '大戏院',
  '音乐厅',
  '体育馆',
  '体育场',
  '球场',
  '纪念馆',
  '纪念堂',
  '纪念碑',
  '陵园',
  '博物馆',
  '美术馆',
  '艺术馆',
  '文学馆',
  '档案馆',
  '图书馆',
  '科技馆',
  '展览馆',
  '植物园',
  '动物园',
  '公园',
  '广场',
  '大厦',
  '火车站',
  '大桥',
  '教堂',
  '清真寺',
];

/** Last characters of landmarks that jieba knows as one word (布达拉宫, 大昭寺, 岳阳楼, 醉翁亭). Not 观, 园, 堂, 站, 塔:
 * they end as many ordinary words (世界观, 幼儿园, 一堂, 拖拉机站, 金字塔). */
export const FACILITY_ENDS = '宫寺庙馆楼亭阁桥厦';

/** Words before 公园 or 广场 that say what kind of park or square it is, not which one (城市公园, 口袋公园, 文化广场). */
export const GROUND_KINDS = new Set([
  ...['城市', '口袋', '主题', '郊野', '社区', '街心', '体育', '生态', '湿地', '森林', '文化', '休闲', '滨河', '滨水', '滨江', '滨海'],
  ...['带状', '遗址', '农业', '儿童', '市民', '中心', '城区', '新区', '公共', '商业', '文体', '健身', '音乐', '雕塑', '游乐'],
]);
