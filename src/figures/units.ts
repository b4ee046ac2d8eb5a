// Units and classifiers (量词) that may follow an Arabic number in a Chinese report. A general dictionary of the language,
// not of any one report: a number followed by none of these is not a figure (list numbers, phone numbers, labels).

/**
 * Classifiers that count things named after them (153条整改措施, 18个单位, 6名干部): the noun after the number is what it
 * measures. Units of measure (吨, 元), of time (天) and of occurrence (次, 场次) are not among them.
 */
const COUNTERS: readonly string[] = [
  '个',
  '项',
  '条',
  '家',
  '件',
  '宗',
  '起',
  '例',
  '笔',
  '所',
  '座',
  '栋',
  '幢',
  '间',
  '套',
  '台',
  '辆',
  '艘',
  '架',
  '部',
  '本',
  '册',
  '篇',
  '份',
  '张',
  '幅',
  '块',
  '片',
  '段',
  '根',
  '棵',
  '株',
  '头',
  '只',
  '匹',
  '口',
  '支',
  '组',
  '队',
  '门',
  '节',
  '批',
  '类',
  '种',
  '处',
  '名',
  '位',
  '户',
  '人',
  '人次',
  '场',
  '期',
  '届',
  '大类',
  '首',
  '盏',
  '道',
  '枚',
  '颗',
  // potted plants (展出菊花300余万盆) and statues (造像11万余尊), as culture and tourism reports count them
  '盆',
  '尊',
];

/** Classifiers and units, matched longest first on the folded text (simplified script, half-width). */
const UNITS: readonly string[] = [
  // percentages and points
  '个百分点',
  '百分点',
  // a hundredth of a percentage point, the step of interest rates (同比下降38个基点, 下降5BP): not 38个 of anything
  '个基点',
  '基点',
  '%',
  '‰',
  // money
  '元',
  '美元',
  '港元',
  '港币',
  '欧元',
  '日元',
  '英镑',
  '澳元',
  '澳门元',
  '元人民币',
  // length, area, volume, mass, energy
  '公里',
  '千米',
  '米',
  '厘米',
  '毫米',
  '平方米',
  // 公尺: the metre as reports of the 1950s write it (平方公尺, 立方公尺).
  '公尺',
  '平方公尺',
  '立方公尺',
  '平方公里',
  '平方千米',
  '立方米',
  // 公方: the cubic metre of earthworks (土方、石方、混凝土), as water-conservancy reports count it.
  '公方',
  '方',
  '亩',
  '公顷',
  '吨',
  '千克',
  '公斤',
  '克',
  '毫克',
  '微克',
  '斤',
  // 担: fifty kilograms, the unit of older reports for grain, cotton and ramie.
  '担',
  '升',
  '毫升',
  // wine and spirits as customs count them (进口葡萄酒2.8万千升)
  '千升',
  // crude oil by the barrel (日产12万桶), engines by horsepower (内燃机2000万马力), print runs by the sheet (456亿印张)
  '桶',
  '马力',
  '印张',
  // vaccine doses (接种疫苗320万剂次), test kits by the person (检测试剂2万人份)
  '剂次',
  '剂',
  '人份',
  // poultry by the bird (出栏肉鸡1.2亿羽), fish fry by the tail (增殖放流鱼苗120万尾), wells by the bore (新打机井120眼),
  // hospital beds (开放床位800床), sea distances (距岸12海里), rounds (收缴子弹2300发), nights stayed (人均停留2.3晚)
  '羽',
  '尾',
  '眼',
  '床',
  '海里',
  '发',
  '晚',
  '千瓦时',
  '千瓦',
  // Storage and plant capacities by their SI prefixes (年产5吉瓦时储能电池, 装机120兆瓦, 储能200兆瓦时).
  '兆瓦时',
  '吉瓦时',
  '吉瓦',
  '兆瓦',
  '瓦',
  '千伏',
  '伏',
  '度',
  '标准箱',
  '标箱',
  // flat glass is measured in 重量箱 (one of 50 kg)
  '重量箱',
  '分贝',
  // time spans (a date is told apart before units are read: 2018年, 3月 and 12日 never get here as figures)
  '小时',
  '分钟',
  '秒',
  '天',
  '周',
  '课时',
  '学时',
  '年',
  // counts of occurrences and parts (3次, 5场次, 2章); the counters of people and things are COUNTERS, above
  '户次',
  '家次',
  '件次',
  // library loans (借阅图书120万册次), articles carried (刊发稿件1200篇次), tour groups received (接待旅游团队1260团次)
  '册次',
  '篇次',
  '团次',
  '单',
  '场次',
  '次',
  '轮',
  '批次',
  '台次',
  '架次',
  '车次',
  '班次',
  '部门',
  '章',
  '集',
  '卷',
  // 周岁: an age in full years (80周岁以上老年人), not weeks.
  '周岁',
  '岁',
  '倍',
  '分',
  '遍',
  '趟',
  // livestock counted by head, cattle and sheep together (牲畜存栏318.6万头只), and instruments by piece (计量器具2.4万台件)
  '头只',
  '台件',
  // trains run (中欧班列786列) and pairs (友好城市21对)
  '列',
  '对',
  '桩',
  '条次',
  '℃',
  '层',
  '票',
  '封',
  '通',
  '则',
  '堂',
  '项次',
  '辆次',
  '艘次',
  // species intercepted, each time one is (检出外来有害生物326种次): quarantine's count, not 326 kinds
  '种次',
  '盒',
  '箱',
  '袋',
  '瓶',
  '包',
  '粒',
  '管',
  // Latin-script units
  'km',
  'kg',
  'kW',
  'kWh',
  'kV',
  'MW',
  'GW',
  'TEU',
  'BP',
  'bp',
  // symbols for square and cubic measures (6.5万㎡, 120m³)
  '㎡',
  '㎥',
  '㎞',
  '㎏',
  'm²',
  'm³',
  'km²',
  ...COUNTERS,
];

const COUNTING = new Set(COUNTERS);

/** Whether a figure's unit counts the things named after it (18个单位); a bare multiplier does too (9亿多劳动力). */
export function countsThings(baseUnit: string): boolean {
  return baseUnit === '' || COUNTING.has(baseUnit);
}

const BY_LENGTH = [...UNITS].sort((a, b) => b.length - a.length);

/** Units grouped by first character, longest first within each: a number is followed by one character, not 150 tries. */
function byFirstChar(units: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const u of units) index.set(u[0]!, [...(index.get(u[0]!) ?? []), u]);
  return index;
}

/** The longest of the units that starts at `at`. */
function longestAt(index: ReadonlyMap<string, readonly string[]>, folded: string, at: number): string | undefined {
  const c = folded[at];
  return c === undefined ? undefined : index.get(c)?.find((u) => folded.startsWith(u, at));
}

const UNIT_INDEX = byFirstChar(BY_LENGTH);

// A one-character classifier that begins a longer word is not a classifier: 3万方 is cubic metres, 3方面 is "three aspects".
const WORD_AFTER: Readonly<Record<string, RegExp>> = {
  担: /[任当心负保子忧]/,
  方: /[面案式法针向位阵略言可能便舱]/,
  通: /[知报过讯车畅行]/,
  组: /[织建成]/,
  层: /[面级次]/,
  道: /[路德理]/,
  首: /[次先都批个]/,
  // 12万管 (sample tubes), not 3管齐下 or a 管理 / 管控 / 管网 that follows a number.
  管: /[理控护网道线制辖住齐委局]/,
  // 列入, 列为, 列出: a verb after the number (3个项目列入计划 never reaches here, but 2022列入 may); 对外, 对于, 对照: a preposition.
  列: /[入为出举明席支]/,
  对: /[外于照接标比象应待话口策付抗称此其该各全]/,
  剂: /[量型]/,
  羽: /[毛绒球]/,
  尾: /[款数声巴部货矿水气随号]/,
  眼: /[睛光界前下里镜科]/,
  床: /[位单垫上头]/,
  // 3发展, 5发布: a number never counts rounds before a verb that opens with 发
  发: /[展生现布放出挥起动表言明射行力达病送放扬酵热电改]/,
  晚: /[上会间报餐饭宴霞年点期到辈]/,
  盆: /[地]/,
  尊: /[重严敬称贵享崇]/,
};

/** Multipliers kept in the unit as written and folded into the normalized value. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };
const MULTIPLIER_KEYS = Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length);

/** Approximation marks written between the number and its unit (3.5万多场次, 40余处, 20多万人次). */
const BETWEEN_MARKS = ['多', '余'];

export interface UnitMatch {
  /** Unit as the figure stores it: multiplier kept, 多/余 left out (万场次 for 万多场次). */
  unit: string;
  /** Unit without the multiplier (场次 for 万多场次). */
  baseUnit: string;
  multiplier: number;
  /** Offset just past the unit in the scanned text. */
  end: number;
  /** 多 or 余 stood between the number and the unit. */
  approximate: boolean;
  /** Where `unit` is written: its multiplier and its classifier may stand apart (3.5万多场次). */
  spans: { start: number; end: number }[];
}

/**
 * Reads a unit starting at `pos` in folded text: [多|余] [万|亿|万亿] [多|余] classifier.
 * X个 + noun gives 个 (3个工作日), except 个百分点 which is a unit of its own. Null when no unit follows.
 */
export function readUnit(folded: string, pos: number): UnitMatch | null {
  let i = pos;
  let approximate = false;
  const takeMark = () => {
    const c = folded[i];
    if (c !== undefined && BETWEEN_MARKS.includes(c)) {
      approximate = true;
      i++;
    }
  };
  takeMark();
  let prefix = '';
  let multiplier = 1;
  const prefixAt = i;
  for (const m of MULTIPLIER_KEYS) {
    if (folded.startsWith(m, i)) {
      prefix = m;
      multiplier = MULTIPLIERS[m]!;
      i += m.length;
      break;
    }
  }
  if (prefix) takeMark();
  // 4万多亿元: 万 and 亿 with a mark between them are one multiplier (万亿), the mark an estimate.
  const yiAt = prefix === '万' && approximate && folded[i] === '亿' ? i : -1;
  if (yiAt >= 0) {
    prefix = '万亿';
    multiplier = MULTIPLIERS['万亿']!;
    i++;
  }
  const prefixSpans =
    yiAt >= 0
      ? [
          { start: prefixAt, end: prefixAt + 1 },
          { start: yiAt, end: yiAt + 1 },
        ]
      : [{ start: prefixAt, end: prefixAt + prefix.length }];
  const base = longestAt(UNIT_INDEX, folded, i);
  const rate = base === undefined && !prefix ? RATE_PER.exec(folded.slice(i, i + 8)) : null;
  if (rate)
    return {
      unit: rate[0],
      baseUnit: rate[0],
      multiplier: 1,
      end: i + rate[0].length,
      approximate,
      spans: [{ start: i, end: i + rate[0].length }],
    };
  if (base === undefined) {
    // A bare multiplier (金额达1.2亿) is still a quantity; a bare 多/余 is not.
    if (!prefix) return null;
    return { unit: prefix, baseUnit: '', multiplier, end: i, approximate, spans: prefixSpans };
  }
  if (isLatinUnitGlued(folded, i + base.length, base)) return null;
  if (WORD_AFTER[base]?.test(folded[i + base.length] ?? '')) return null;
  // 微克/立方米, 万元/亩, 元/月: a unit per another unit stays whole.
  const per = readPerUnit(folded, i + base.length);
  const whole = per ? base + per : base;
  const spans = [...prefixSpans, { start: i, end: i + whole.length }].filter((p) => p.end > p.start);
  return { unit: prefix + whole, baseUnit: whole, multiplier, end: i + whole.length, approximate, spans };
}

// 15.8/10万, 3.2/万: a rate per a round count of people (孕产妇死亡率, 发病率), as health statistics write it. The denominator
// is part of the unit, not a multiplier of the value, and its digits are no figure of their own.
const RATE_PER = /^\/(?:1(?:0{1,3})?)?[万千](?:人口|人(?!次))?(?![元吨亩次])/;

const PER_UNITS = byFirstChar([...BY_LENGTH, '月', '日', '季度'].sort((a, b) => b.length - a.length));

// 12.3起/万人, 0.45吨标准煤/万元, 2.1人/10万人: the unit a count is per may be a round count of it.
const PER_COUNT = /^(?:1(?:0{1,3})?)?[百千万]?/;

function readPerUnit(folded: string, at: number): string | null {
  if (folded[at] !== '/') return null;
  const count = PER_COUNT.exec(folded.slice(at + 1, at + 6))![0];
  const unit = longestAt(PER_UNITS, folded, at + 1 + count.length);
  return unit ? `/${count}${unit}` : null;
}

// 5km is a unit, 5kmh or 3kWp something else: a Latin unit must not run on into more letters.
function isLatinUnitGlued(folded: string, after: number, base: string): boolean {
  if (!/^[A-Za-z]/.test(base)) return false;
  return /[A-Za-z]/.test(folded[after] ?? '');
}
