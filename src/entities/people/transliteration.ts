import type { Token } from '../segment.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { wordFlag } from '../wordTable.ts';

// Characters that Chinese uses to write foreign personal names by sound.
// Source: the syllable tables (音译表) of 新华通讯社译名室《世界人名翻译大辞典》(中国对外翻译出版公司, 1993) for
// English, Russian, German, French, Spanish and Arabic names, which fix one character per syllable; the characters
// below are the union of those tables' characters (female-name variants such as 娜, 莉, 娅 included), with the Russian
// table's 延 (-ен-, 基里延科) and 坚 (-тен-, 赫里斯坚科), the English table's 逊 (-son) and 翰 (约翰, John), and the German
// table's 堡 (-burg: 杜伊斯堡, 斯特拉斯堡); and the tables' characters of frequent names it had missed: the French 歇 (-chel,
// -cher: 米歇尔, 布歇) and 蓬 (Pom-, Pon-: 蓬皮杜), the Russian and Ukrainian 甫 (-f-: 舍甫琴科), the German 朔 (Scho-: 朔尔茨)
// and the Arabic 卜 (Ab-: 阿卜杜勒) and 罕 (-ham-: 穆罕默德); the French and German tables' 路 (Lou-, Lu-: 路易, 路德维希,
// 马丁·路德·金), the English table's 廉 (William: 威廉) and the Spanish table's 略 (-llo: 卡斯蒂略, 塞迪略).

const TABLE =
  '阿埃艾爱安昂奥敖巴拜班邦包保鲍贝本比彼毕宾波伯勃博布查策岑楚茨达戴丹当道德登邓迪蒂丁东杜多顿厄恩尔法凡范菲费芬丰冯佛弗福夫富盖甘冈高戈哥格根贡古瓜圭果哈海汉杭豪浩赫黑亨洪侯胡华怀惠霍基吉加贾杰捷金津居卡凯坎康考柯科可克肯库夸奎昆拉莱赖兰朗劳勒雷蕾黎里理利莉连列林琳留卢鲁伦罗洛马玛迈麦曼芒毛梅美门蒙米密敏明缪莫默姆穆纳娜奈南瑙内尼妮宁纽努诺欧帕派潘庞佩彭皮平珀坡普齐奇恰乔切钦琼丘屈让热茹瑞若萨塞赛桑瑟森沙莎山尚绍舍申什施舒斯丝松苏索塔泰坦汤唐特滕提图托瓦万旺威韦维魏温翁沃乌伍武西希锡夏谢辛休许雅亚扬耶伊因英尤于约泽扎詹兹朱卓佐娅薇黛琪露珊丽妮娃蒂莱迦思芭涅芙缇蓓契肖嘉伽萝吕叶日季鄂延坚逊翰堡歇蓬甫朔卜罕路廉略';

// Thai names as Chinese writes them beyond those tables (素帕猜 Supachai, 差猜 Chatichai, 猜瓦立 Chavalit): 素 (su) and 猜
// (chai), the syllables the tables lack that such names are most often made of.
const THAI = '素猜';

/** Characters of the transliteration tables: a run of them around a middle dot is a foreign name. */
export const TRANSLITERATION = new Set([...TABLE, ...THAI]);
/** The same, by code unit (for per-character scans). */
export const TRANSLITERATION_CODES = new CodeSet([TABLE + THAI]);

// Characters that the names of Uyghurs, Kazakhs and Kyrgyz (Xinjiang, Central Asia) are written with beyond the tables
// above: the syllables of 新疆维吾尔自治区地方标准 DB65/T 2189-2005《维吾尔人名汉字音译转写规则》, whose own drafters'
// names show them (买买提艾力, 伊布拉音·依萨克, 依力哈木江·吐尔逊), and the common name parts 阿不都 (Abdu-), 热合曼 (-rahman),
// 古丽 (-gul), 别克 (-bek), 江 (-jan), 孜 (-z), 吾 (-u-), 甫 (-p). Used only between middle dots, where the dot already says
// "a foreign name": several of them (不, 都, 力, 江, 木) are common words alone.
const TURKIC = '合不都买吐力别依孜吾江甫玉木再则牙素肉外乃来满旦滩皮多里音萨塞铁汗喀乎加拉巴';

/** The tables' and the Turkic names' characters, by code unit: what a Uyghur or Kazakh name without a dot is written in. */
export const TURKIC_NAME_CODES = new CodeSet([TABLE + THAI + TURKIC]);
/** The same characters, as one string. */
export const TURKIC_NAME_CHARS = TABLE + THAI + TURKIC;

// Characters of Mongolian names beyond the tables (额尔敦, 其其格, 朝鲁, 斯琴: the name words of
// ../data/mongolianNameParts.ts), written after a clan or family character and a middle dot (包·额尔敦, 敖·其其格); not
// 和 (苏和, 呼和), which would join two dotted names listed with 和 into one.
const MONGOLIAN = '额敦其朝斯琴雅娃仁萨日苏呼宝音白顺赉登嘎门力都拉坦乌木孟根娜尔';

// Syllables of Lao and Thai names beyond the tables, written before or after a dot (通伦·西苏里 Thongloun Sisoulith, 颂猜
// Somchai, 阿披实 Abhisit): 通 (thong), 颂 (som), 披 (phi); common words alone, so only beside a dot.
const LAO_THAI = '通颂披';

// The tables' syllable 隆 (-lon, -ron: 埃隆·马斯克, 阿隆索, 隆美尔), a surname and a common word alone (隆重, 兴隆), and the
// Russian table's 烈 (-рей: 安德烈, 安德烈亚斯), a common word's part alone (强烈, 热烈, 烈士): only beside a dot.
const BESIDE_DOT = '隆烈';

/** Characters of a name part next to a middle dot: the tables, the Turkic and the Mongolian names' characters. */
export const DOTTED_NAME_CHARS = new Set([...TABLE, ...THAI, ...TURKIC, ...MONGOLIAN, ...LAO_THAI, ...BESIDE_DOT]);

/**
 * The middle dots that join the parts of a foreign name (卡洛斯·阿马特), as typed in Chinese text; some pages type a
 * full-width full stop (斯万特．帕博), which the fold makes a period: between two syllables of a transliteration no
 * sentence ends.
 */
export const NAME_DOTS = new Set(['·', '•', '・', '‧', '∙', '．', '.']);

/** Hyphens of a compound name part (让-吕克·布歇, 阿卜杜勒-阿齐兹), as typed in Chinese text. */
export const NAME_HYPHENS = new Set(['-', '‐', '‑', '–', '－']);

/** A dot or a hyphen between two parts of a foreign name. */
export const isNameJoin = (c: string | undefined): boolean => c !== undefined && (NAME_DOTS.has(c) || NAME_HYPHENS.has(c));

/** A word that can be part of a foreign name: transliteration characters that jieba reads as a name or does not know. */
export function isForeignPart(t: Token, placeToo: boolean): boolean {
  if (!allTransliteration(t.word)) return false;
  return t.word.length === 1 || (placeToo ? /^(nr|nrt|x|ns|nz)$/ : /^(nr|nrt|x)$/).test(t.tag);
}

export function allTransliteration(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!TRANSLITERATION_CODES.at(word, i)) return false;
  return true;
}

// Words written all in transliteration characters: the only words a foreign name without a dot opens on.
export const TRANSLITERATED = wordFlag(allTransliteration);

// 莱德|茨|基在: jieba glues the name's last character to the preposition or particle after it, as a word it does not know.
const GLUED_AFTER_NAME = /^[在于和与对向将是等说也还都已曾则从被把]$/;

/** Where a foreign name ends inside an unknown two-character word whose second character is a function word. */
export function gluedNameEnd(t: Token): number | undefined {
  if (t.tag !== 'x' || t.word.length !== 2 || !TRANSLITERATION_CODES.at(t.word, 0)) return undefined;
  return GLUED_AFTER_NAME.test(t.word[1]!) ? t.start + 1 : undefined;
}
