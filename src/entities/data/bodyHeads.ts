/**
 * Head nouns of Chinese organization names (机构名称的中心词): what the last word of a body's name says it is — a
 * ministry (部), a bureau (局), a committee (委员会), a news agency or publisher (社), a party (党), a team (队), an army
 * (军), a university (大学) … Words of the language, gathered from the kinds of bodies (机关、团体、企事业单位、队伍)
 * as the 现代汉语词典 defines their suffixes (and the abbreviated heads 贸促会, 海关; a national assembly by 国民大会, 大会 alone
 * being any meeting); no names of any report. Longest first, so that 委员会 is read before 会.
 */
// prettier-ignore
export const BODY_HEADS: readonly string[] = [
  '管理委员会', '国民大会', '委员会', '管委会', '筹委会', '组委会', '常委会', '执委会', '代表大会', '红十字会', '基金会', '联合会', '研究会', '促进会', '爱国会', '理事会', '总工会', '工商联', '研究所', '交易所', '研究院', '科学院',
  '工程院', '出版社', '通讯社', '电视台', '广播电台', '气象台', '检察院', '共同体', '俱乐部', '协会', '学会', '总会', '联会', '工会', '残联', '妇联',
  '文联', '侨联', '科协', '作协', '政协', '足协', '篮协', '排协', '田协', '泳协', '贸促会', '海关', '大学', '学院', '党校', '军校', '法院', '法庭', '议会', '国会', '内阁', '组织',
  '联盟', '集团', '公司', '央行', '银行', '舰队', '部队', '女篮', '女足', '男篮', '男足', '女排', '男排', '女队', '男队', '乐团', '剧团', '歌舞团', '艺术团', '合唱团', '杂技团',
  '队', '部', '署', '局', '厅', '委', '院', '社', '党', '军', '台',
];

/**
 * Heads that a word of a field or sector before them makes one body (财政部, 统计局, 民政厅, 中央气象台, 自由党): the
 * ministries and bureaus of a government, parties, stations and academies. Other heads need a proper name before them
 * (商业银行, 党组织, 人民法院 are kinds of body; 中国农业银行 is one).
 */
export const SECTOR_HEADS: ReadonlySet<string> = new Set(['部', '署', '局', '厅', '院', '台', '党', '党校', '社', '气象台', '电视台']);

/**
 * Words that name the national level (中央电视台, 国家统计局; a federation's 联邦贸易委员会): with a sector head they name one
 * body, not a kind.
 */
export const NATIONAL_LEVEL_WORDS: ReadonlySet<string> = new Set(['中央', '国家', '全国', '中华', '联邦']);

/**
 * Bodies a country or a place has one of, so that the place and the head name it (苏联科学院, 法国国会, 西藏自治区科协);
 * other heads after a place name a kind (美国公司, 中国大学).
 */
export const ONE_PER_PLACE_HEADS: ReadonlySet<string> = new Set([
  '科学院',
  '工程院',
  '社会科学院',
  '议会',
  '国会',
  '内阁',
  '政协',
  '科协',
  '妇联',
  '文联',
  '侨联',
  '残联',
  '总工会',
  '工商联',
  '红十字会',
  '检察院',
  // A state's central bank (日本央行, 英国中央银行): one to a country or a currency union.
  '央行',
  '中央银行',
  // 贸促会 (中国国际贸易促进委员会 and its local committees) and a port city's customs (连云港海关, 上海海关).
  '贸促会',
  '海关',
  // A zone's management committee (葛店开发区管委会, 苏州工业园区管理委员会): one to a zone.
  '管委会',
  '管理委员会',
  // The committee that prepares a region's founding or an event (西藏自治区筹委会, 香港特别行政区筹委会): one to each.
  '筹委会',
  '组委会',
  // A place's centre for disease control (湖南省疾控中心): one to each level of government.
  '疾控中心',
]);

/**
 * Heads of the stations and centres a level of government keeps for a field's technical service (事业单位: 县农业技术推广站,
 * 县畜牧兽医站, 市环境监测站, 县农产品质量安全检测中心, 县农机监理站): the service's word and 站, 中心, 所 or 处. Those of
 * a service alone (推广站, 监测中心, 管理处) are named by the field before them (FIELD_NAMED_SERVICE_HEADS); 兽医站, 植保站,
 * 防疫站 name their field themselves.
 */
export const SERVICE_STATION_HEADS: readonly string[] = [
  '推广站',
  '推广中心',
  '兽医站',
  '植保站',
  '防疫站',
  '监理站',
  '监理所',
  '监测站',
  '监测中心',
  '检测站',
  '检测中心',
  '检验所',
  // A field's supervision station (建设工程质量安全监督站, 卫生监督所) and its managing office (园林绿化管理处,
  // 环境卫生管理所).
  '监督站',
  '监督所',
  '管理处',
  '管理所',
];
// 兽医站 (veterinary), 植保站 (plant protection), 防疫站 (epidemic prevention) name their field themselves.
const NAMING_THEIR_FIELD = new Set(['兽医站', '植保站', '防疫站']);
export const FIELD_NAMED_SERVICE_HEADS: ReadonlySet<string> = new Set(SERVICE_STATION_HEADS.filter((h) => !NAMING_THEIR_FIELD.has(h)));
