// Class nouns of works and grounds that follow their name as words of their own (方冲|水库, 七门堰|灌区, 舒庐|干渠,
// 夹山|国家森林公园, 柳叶湖|旅游度假区, 常德|天主堂), and the kinds of them that are no name (小型|水库, 山塘|水库, 平原|水库).
// Written for this project from ordinary Chinese usage: the class nouns of water works, parks and scenic grounds in a
// dictionary's sense (现代汉语词典: 水库, 灌区, 干渠, 森林公园, 自然保护区, 风景区, 度假区, 清真寺, 天主堂, 道观) and the qualifiers that name a kind of them
// in the water and forestry administrations' own wording (小型水库, 病险水库, 山塘水库, 平原水库, 国家级风景名胜区).
// Also the class nouns of national parks, scenic areas, ports of entry and memorial grounds (国家公园, 景区, 口岸, 烈士陵园,
// 纪念塔, 纪念碑), in the same dictionary's sense and the wording of the State Council's own designations, and a city's
// pedestrian street (步行街: 王府井|步行街, 南京路|步行街), an old town or township kept as a whole (古城: 阆中|古城, 台儿庄|古城;
// 古镇: 和顺|古镇), and a site of ruins and its park (遗址: 金沙|遗址; 遗址公园), as the State Council lists heritage sites.
// The designations of the ministries' own lists with their level written in (国家级旅游度假区, 国家矿山公园) and a city's
// protected historic block (历史文化街区, the 历史文化名城名镇名村保护条例's word) or cultural and creative one (文创街区), and
// a night market named as a ground of its own (鼓楼|夜市, 士林|夜市). The State's national cultural parks (国家文化公园:
// 长城, 大运河, 长征, 黄河, 长江) and the ruins of an old walled town (故城: 交河|故城, 高昌|故城).
// A tourist area (旅游区, 文化旅游区: 五大道|文化旅游区) and a named grassland (草原: 羌塘|草原, 喀拉峻|草原), the land's own words.
// A city's old street kept as a ground (老街, 古街: 屯溪|老街, 锦里|古街) and its historic block in the shorter word (历史街区).
// The heritage lists' own kinds of listed works (石窟: 龙山|石窟; 古建筑群: 良户|古建筑群; 古堡: 张壁|古堡; 大峡谷: 晋陕|大峡谷)
// and an expressway's named points (服务区: 清镇|服务区; 收费站: 息烽|收费站), the transport administrations' words.

/** Class nouns after a name, longest first (国家森林公园 before 森林公园). */
export const LANDMARK_CLASSES = [
  '国家级旅游度假区',
  '省级旅游度假区',
  '国家旅游度假区',
  '历史文化街区',
  '历史街区',
  '国家矿山公园',
  '国家水利风景区',
  '国家文化公园',
  '国家森林公园',
  '国家湿地公园',
  '国家地质公园',
  '国家级自然保护区',
  '革命烈士陵园',
  '省级自然保护区',
  '自然保护区',
  '烈士纪念塔',
  '风景名胜区',
  '文化旅游区',
  '旅游度假区',
  '水利风景区',
  '森林公园',
  '湿地公园',
  '地质公园',
  '矿山公园',
  '文创街区',
  '国家公园',
  '遗址公园',
  '烈士陵园',
  '古建筑群',
  '风景区',
  '度假区',
  '旅游区',
  '清真寺',
  '天主堂',
  '福音堂',
  '礼拜堂',
  '教堂',
  '道观',
  '纪念塔',
  '纪念碑',
  '陵园',
  '步行街',
  '老街',
  '古街',
  '夜市',
  '景区',
  '草原',
  '古城',
  '故城',
  '古镇',
  '遗址',
  '石窟',
  '古堡',
  '大峡谷',
  '服务区',
  '收费站',
  '口岸',
  '水库',
  '灌区',
  '干渠',
];

/** Old towns and villages as kinds (古城古镇, 古镇古村): one right after another names none of them. */
export const OLD_SETTLEMENT_KINDS = new Set(['古城', '古镇', '古村', '古村落', '名城', '名镇', '名村']);

/** Classes whose name keeps the place written right before it (喀什|古城|景区, 永新县|烈士陵园, 东北|虎豹|国家公园):
 * the place is part of the ground's own name, not only where it lies. */
export const CLASSES_KEEPING_PLACE = new Set(['国家公园', '革命烈士陵园', '烈士陵园', '陵园', '烈士纪念塔', '纪念塔', '纪念碑', '景区']);

/** Classes a noun of the language may name (大熊猫|国家公园): a national park is named by what it protects. */
export const CLASSES_NAMED_BY_NOUN = new Set(['国家公园']);

/** Words before a class noun that say what kind of work or ground it is, not which one. */
export const LANDMARK_KIND_WORDS = new Set([
  '小型',
  '中型',
  '大型',
  '大中型',
  '中小型',
  '小一型',
  '小二型',
  '病险',
  '骨干',
  '重点',
  '山塘',
  '平原',
  '丘陵',
  '山区',
  '地下',
  '梯级',
  '调蓄',
  '备用',
  '应急',
  '新建',
  '国家',
  '国家级',
  '省级',
  '国有',
  '市级',
  '县级',
  '城市',
  '饮用水',
  '水源',
  '大中',
  '现有',
  '智慧',
]);

/** Last characters of places of worship named by a word before them (乾明|寺, 四女|寺) or in one word jieba did not know
 * (净居寺/x, 桃川宫/x). Not 观: it ends many ordinary words (景观, 直观). */
export const WORSHIP_ENDS = '寺宫庙庵';

/** Words before 寺 that say what kind of temple it is (清真寺, 喇嘛寺, 石窟寺, 佛教寺), not which one. */
export const TEMPLE_KINDS = /^(清真|大清真|喇嘛|石窟|佛|佛教|宗教)$/;
