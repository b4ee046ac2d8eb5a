import { segment } from '../segment.ts';

// A project is named by the place it is for and the work it does (宜昌市城乡供水一体化示范项目, 洛阳市城乡一体化示范项目);
// without a place before it, …项目 is a kind of project (高标准农田建设项目, 一批重点项目), and a stem ending in the building
// work itself (…改造, …建设) is a construction job, not a named project.
const BUILDING_WORK = /(?:建设|改造|扩建|维修|新建|续建|重点|工程|项目)$/;
// A company's project (福建晶弘光电科技有限公司二期项目) is its investment, named by the company, and a stage alone
// names no project of 项目 (only a public work's stage does, isStagedWork).
const COMPANY_OR_STAGE = /公司|集团|企业|厂|[一二三四五]期$/;
const PLACE_TAG = 'ns';

/** Whether the words before 项目 name a project: opened by a place, then at least a word of work. */
export function isNamedProject(stem: string): boolean {
  if (BUILDING_WORK.test(stem) || COMPANY_OR_STAGE.test(stem)) return false;
  const words = segment(stem).tokens;
  if (words.length < 3 || words[0]!.tag !== PLACE_TAG) return false;
  return words.slice(1).some((w) => w.tag !== PLACE_TAG);
}

// 加快衡阳至永州高速公路扩容工程建设: a named work whose building a clause presses on, written as 工程建设 (one word of
// jieba's, which otherwise reads the head as the front of a longer word); its name of three words or more (湘潭县水利工程建设
// names a county's works, a kind; 重点工程建设 no name).
// A kind of settlement (城镇, 乡镇; jieba tags them as places) opens a class of works (城镇保障性安居工程建设), no one work.
const BUILDING_PRESSED = new Set(['加快', '推进', '加速', '抓紧', '推动']);
const SETTLEMENT_KIND = /^(?:城镇|乡镇|城区|县城|县域|区域|城乡|农村|城市)/;

/** Whether a 工程 whose name is `stem`, followed by `after`, is a named work whose building the verb before it presses on. */
export function isPressedWork(after: string, stem: string, verb: string | undefined): boolean {
  if (!verb || !BUILDING_PRESSED.has(verb) || after !== '建设' || SETTLEMENT_KIND.test(stem)) return false;
  return namesAWork(stem) && segment(stem).tokens.length >= 3;
}

// 引江济淮二期工程, 南水北调东线一期工程: a work known by its stage is a named project, with no verb needed before it; the
// stage alone (二期工程) or after a generic word names none.
const STAGE = /^([\u4e00-\u9fff]{2,})[一二三四五]期$/;
const GENERIC_BEFORE_STAGE = /(?:建设|改造|扩建|项目|工程|新建|续建|重点)$/;

// The name before the stage opens with a name (三峡, 南水北调, 宝钢, 京沪): 安全防范二期工程 is a kind of work.
const NAME_TAGS = /^(?:ns|nz|nr|nt|j|x)$/;
const COMMON_PLACE_WORDS = /^(?:城市|农村|城乡|地方)$/;

/** Whether a 工程's stem is a name followed by its stage. */
export function isStagedWork(stem: string): boolean {
  const m = STAGE.exec(stem);
  if (!m || GENERIC_BEFORE_STAGE.test(m[1]!)) return false;
  const first = segment(m[1]!).tokens[0];
  if (first && KNOWN_BODY.test(first.word)) return true;
  return !!first && NAME_TAGS.test(first.tag) && !COMMON_PLACE_WORDS.test(first.word);
}

// 北京积水潭医院贵州医院二期工程: a hospital, university or airport jieba knows as one word (北京积水潭医院/n) names the work
// built for it, whatever its tag.
const KNOWN_BODY = /^[\u4e00-\u9fff]{3,}(?:医院|大学|学院|机场)$/;

// A programme told only by its being carried out after its name (…工程的实施, …工程试点) has no verb that stops its name on
// the left: its words are all content words, the first not a verb (天然林保护, 中小学|现代|远程教育), else the stem has run
// over a verb, a pronoun or a preposition (这项工程, 为|民生实事工程); a count (十大民生工程) or a rank (确保重点工程,
// 示范工程) says which works, not which programme.
const NOT_IN_NAME_TAGS = /^(?:r|rr|rz|p|c|m|mq|q|d|u[a-z]?|x|w)$/;
const COUNT_OR_RANK = /^[一二三四五六七八九十百千两几]+[大项个批类件]|(?:重点|重大|骨干|示范|大型|中型|小型)$/;

/** Whether the words before 工程 name a programme carried out, where no verb that runs it stands before them. */
export function isCarriedOutProgramme(stem: string): boolean {
  if (stem.length < 4 || COUNT_OR_RANK.test(stem)) return false;
  const words = segment(stem).tokens;
  return words.length > 0 && !words[0]!.tag.startsWith('v') && words.every((w) => !NOT_IN_NAME_TAGS.test(w.tag));
}

// 开封城墙西墙段修缮工程, 丰乐河舒城段综合治理工程: a section of a named wall, river or road (…段) and the work done on it.
const NAMED_SECTION = /^[\u4e00-\u9fff]{2,}段[\u4e00-\u9fff]{2,}$/;

/**
 * Whether the words before 工程 name one work: opened by a name (华锦|阿美 精细化工, 宋都|古城, 西安 城墙) or naming a section
 * of a thing (开封城墙西墙段修缮: jieba reads 开封 as a verb there). A kind of work (城镇供水保障能力提升, 修缮) is none.
 */
export function namesAWork(stem: string): boolean {
  if (NAMED_SECTION.test(stem)) return true;
  const first = segment(stem).tokens[0];
  if (!first || first.word.length < 2 || COMMON_PLACE_WORDS.test(first.word)) return false;
  return NAME_TAGS.test(first.tag) || KNOWN_BODY.test(first.word);
}

// 万福河治理工程, 荆江分洪工程, 宿鸭湖蓄洪工程, 天津引滦输水工程, 长江三峡水利枢纽工程: a water work named by the river, lake
// or place it is built on and the kind of work it does is one work, with no verb needed before it (the older reports list
// the plan's works so: 淮河流域的宿鸭湖蓄洪工程、油洺河治理工程、涡河治理工程…), as a staged work is.
const WATER_WORK = /(?:治理|综合治理|分洪|蓄洪|蓄洪垦殖|输水|引水|调水|水利枢纽|节制闸|分洪道|防洪|灌溉|排灌)$/;

// 续建|汉江…: a verb of building the stem ran over is no part of the name.
const BUILT_BEFORE = /^(?:续建|新建|扩建|兴建|修建|建成|建设|开工)/;

/** Whether a 工程's stem is a named river, lake or place and the kind of water work done there. */
export function isNamedWaterWork(stem: string): boolean {
  const m = WATER_WORK.exec(stem);
  return !!m && m.index >= 2 && !BUILT_BEFORE.test(stem) && namesAWork(stem.slice(0, m.index));
}
