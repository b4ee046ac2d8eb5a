// Dictionaries for reading personal names: surnames and the posts written before or after a name.
import { CodeSet } from '../../text/codeSet.ts';
import { wordFlag } from '../wordTable.ts';
import { tagOf, type Token } from '../segment.ts';
import { COMPOUND_NOT_WORDS, SINGLE_READ_AS_NAMES } from '../data/hundredFamilySurnames.ts';

/** Common single-character surnames (about 300, covering the great majority of people), the most frequent first. */
const SINGLE = [
  ...'习王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康赖洪施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由阎',
];

const COMMON_COMPOUND = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '澹台',
  '端木',
  '轩辕',
  '万俟',
  '呼延',
  '南宫',
];
// The compound surnames of the Hundred Family Surnames that jieba holds as no ordinary word (闻人, 赫连, 拓跋); the
// common ones above stay, though some are words too (东方, 欧阳).
const COMPOUND = [...new Set([...COMMON_COMPOUND, ...COMPOUND_NOT_WORDS])];

// The hundred most frequent surnames (王, 李, 张 … 毛, 郝): enough evidence for a two-character name beside a cue.
const FREQUENT = new Set(SINGLE.slice(1, 101));

/** The name starts with one of the hundred most frequent surnames. */
export function hasFrequentSurname(name: string): boolean {
  return FREQUENT.has(name[0] ?? '');
}

/** Length of the surname a candidate name starts with (2 for 欧阳…), or 0 when it starts with none. */
const COMPOUND_FIRST = new CodeSet(COMPOUND.map((c) => c[0]!));
// Asked of every word of a report: by code unit, without a string of the first character. Beside the common ones, the
// Hundred Family Surnames that jieba's dictionary tags as a name when alone (傅, 萧, 逄, 蒯, 訾, 甯; not 和, 水, 要).
const SURNAME_CODES = new CodeSet([...SINGLE, SINGLE_READ_AS_NAMES]);

export function surnameLength(name: string): number {
  if (COMPOUND_FIRST.at(name, 0) && startsWithCompound(name)) return 2;
  return SURNAME_CODES.at(name, 0) ? 1 : 0;
}

/** Words that open on a surname (surnameLength > 0): the recognizers that read a name from a word visit only these. */
export const OPENS_ON_SURNAME = wordFlag((w) => surnameLength(w) > 0);

/** A surname and one or two characters of given name, none of them one that ends a name (李希, 梁维东; not 李在). */
export function isNameShaped(name: string): boolean {
  const sl = surnameLength(name);
  const given = name.length - sl;
  return sl > 0 && given >= 1 && given <= 2 && (![...name.slice(sl)].some((c) => NOT_IN_NAME.has(c)) || givenNameEndsInYear(name, sl));
}

// A second given character 年 after one that makes a span or a point of time with it (明年, 全年, 多年, 三年): no name's end.
const TIME_BEFORE_YEAR = new Set([...'今明去前后当全每同次上下本近历连多往逐常长成整翌隔早晚半周年头末一二三四五六七八九十百千万两几余数']);

/**
 * 年 is barred from names because it ends spans of time after a name-shaped word (李|明年初, 连续三年), but given names end in
 * it as often as in 华 or 国 (黄大年, 贺新年, 赵丰年): the second of two given characters, after one that is no numeral or
 * word of time with it, and none barred itself.
 */
export function givenNameEndsInYear(name: string, sl: number): boolean {
  return name.length === sl + 2 && name[sl + 1] === '年' && !NOT_IN_NAME.has(name[sl]!) && !TIME_BEFORE_YEAR.has(name[sl]!);
}

// A loop, not COMPOUND.some(closure): a closure over `name` makes V8 allocate a context at every call, and this is asked
// of thousands of words a report.
function startsWithCompound(name: string): boolean {
  for (let k = 0; k < COMPOUND.length; k++) if (name.startsWith(COMPOUND[k]!)) return true;
  return false;
}

/** Posts written before a name (市委书记梁维东, 市长肖亚非), longest first. */
export const TITLES_BEFORE = [
  '总书记',
  '国家主席',
  '总理',
  '副总理',
  '委员长',
  '主席',
  '副主席',
  // the head of a special administrative region (香港特区行政长官李家超)
  '行政长官',
  // a democratic party committee's chair (九三学社市委会主委刘德华, 副主委)
  '主委',
  '副主委',
  '书记',
  '副书记',
  '省长',
  '副省长',
  '市长',
  '副市长',
  '区长',
  '副区长',
  '县长',
  '副县长',
  '镇长',
  // a township's and an Inner Mongolian banner's heads (副乡长马成林, 旗长)
  '乡长',
  '旗长',
  '州长',
  '部长',
  '副部长',
  '厅长',
  '局长',
  '主任',
  '副主任',
  '秘书长',
  '组长',
  '副组长',
  '院长',
  '检察长',
  '常委',
  '委员',
  '董事长',
  '总经理',
  // A firm's managers, board members and supervisors, a board's secretary, a team's or a class's leader (公司经理黄小明,
  // 独立董事宋立言, 监事邬晓梅, 董事会秘书揭文静, 原营销班长方国庆): the name follows as after any post.
  ...['经理', '副经理', '董事', '监事', '秘书', '班长'],
  // The offices of the old state a gazetteer's or a history's text names its people by (知县黄文琛, 巡抚, 太守).
  ...['知县', '知州', '知府', '县令', '巡抚', '总督', '太守', '刺史'],
  // Heads of a unit, its section or its station (海关关长孙建平, 科长张伟宁, 水文站站长李强东, 庭长, 行长).
  '处长',
  '副处长',
  '科长',
  '副科长',
  '所长',
  '副所长',
  '站长',
  '副站长',
  '馆长',
  '副馆长',
  '关长',
  '副关长',
  '行长',
  '副行长',
  '校长',
  '副校长',
  '会长',
  '副会长',
  // the head of a council, a cooperative's or a foundation's (合作社的理事长黄志强)
  '理事长',
  '副理事长',
  '社长',
  '队长',
  '副队长',
  '庭长',
  '副庭长',
  '审判长',
  '支书',
  // Roles a report names people by (法定代表人李红梅, 非遗传承人方见尘, 致富带头人, 公司负责人).
  // An assistant to a post or a trade (检察官助理, 法官助理, 总经理助理, 市长助理): the name follows as it follows the post.
  '助理',
  '负责人',
  '法定代表人',
  '实际控制人',
  '传承人',
  '带头人',
  '创始人',
  // A body's spokesperson holds a post as its head does (商务部新闻发言人何亚东, 国家卫生健康委员会新闻发言人米锋): any surname
  // follows it, not only the frequent ones a role's name needs.
  '发言人',
  '同志',
].sort((a, b) => b.length - a.length);

/** Posts written after a name (习近平总书记, 李希同志, 李秀兰副县长: 副 ends a name read before 县长). */
export const TITLES_AFTER = [
  '总书记',
  '同志',
  '主席',
  '副主席',
  '总理',
  '副总理',
  '委员长',
  '副委员长',
  '书记',
  '副书记',
  '省长',
  '副省长',
  '市长',
  '副市长',
  '区长',
  '副区长',
  '县长',
  '副县长',
];
// The posts alone: 同志 stands before a name as they do but holds no post.
export const POSTS_BEFORE: readonly string[] = TITLES_BEFORE.filter((t) => t !== '同志');

// Verbs of speech and of going that follow a name as words of their own (王明|说, 刘涛|讲); 刘名/x|启/v is 刘名启.
export const VERB_AFTER_NAME = new Set([...'说讲称问答道笑谈想去来到']);

/** Characters that end a name when reading on: function words and the like (李希在…, 吴伟因严重违纪…); 某 marks an anonymized name (周某); 副 starts a post (党组副书记); 队 ends a team (海港队主教练). */
export const NOT_IN_NAME = new Set([
  ...'的了在与及或等是对向从把将被由为到赴并又也都均各该其此这那每个年日某就即曾便还已亦市省县区镇村委局部厅办副因摄队',
]);

/**
 * A word jieba pieced together (向学昭/x) whose surname is more often a preposition, right after a verb (回信|向…女士, 致函|向…):
 * the preposition of the verb's act, not a name's first character. A name jieba knows (向警予/nr) is left to its tag.
 */
export function prepositionAfterVerb(tokens: readonly Token[], i: number, sl: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  return t.tag === 'x' && sl === 1 && tagOf(t.word[0]!) === 'p' && !!prev && prev.end === t.start && /^v/.test(prev.tag);
}

/**
 * Two characters that say someone comes to a place by its short form (来闽, 来京, 来沪): a character jieba reads alone as
 * a verb, then one it reads as a place's short form. A surname and a given name have this shape too, but after a post or
 * before an act it is the holder's coming (省长来闽调研, 总理来京视察). A preposition so placed may be a name's (于京).
 */
export function comesToAPlace(word: string): boolean {
  return word.length === 2 && tagOf(word[0]!) === 'v' && /^(j|ns)$/.test(tagOf(word[1]!));
}
