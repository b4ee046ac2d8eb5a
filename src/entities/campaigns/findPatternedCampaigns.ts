import type { Span } from '../../types.ts';
import { BREAK_CHARS, DRIVE_LAUNCH_VERBS, LEFT_STOP_CHARS, LEFT_STOP_WORDS, PATTERN_HEADS, SCOPE_CHAR } from './lexicon.ts';
import { GENERIC_ACTION_WORDS, STUDY_GENERIC_WORDS } from './genericWords.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { wordBoundaries } from '../segment.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { occurrences, wordIndex } from '../../text/occurrences.ts';
import { memoize } from '../../util/memo.ts';
import { isCarriedOutProgramme, isNamedProject, isNamedWaterWork, isPressedWork, isStagedWork, namesAWork } from './namedProject.ts';
import { periodQuoteOpening } from './fiveYearPlans.ts';
import { sharedObjectsStart, sharedScopeStart } from './sharedScope.ts';
import { drivenFrom, endsAWord, heldUpFrom, isDeedMovement, launchVerbOf, roundFront } from './driveSetting.ts';

export interface PatternedCampaign extends Span {
  head: string;
  kind: (typeof PATTERN_HEADS)[number]['kind'];
  /** 三大保卫战 after its listed fronts: read for the fronts it distributes over, not a name of its own. */
  counted?: boolean;
}

/** A stem runs at most this far left; no edge found within it means no name (a cut in mid-word is worse than none). */
const MAX_STEM = 18;
const MAX_STUDY_STEM = 30;
/**
 * A programme (名校研究生计划, 强基工程) is only told from a plan or a construction work by the verb that runs it:
 * 落实…三年行动计划 is a document, 推进长安新河工程 a construction project.
 */
const PROGRAMME_VERBS = new Set(['实施', '实施好', '启动', '入选', '推行', '设立']);
// A work is sought as well (争取农网巩固提升工程: its funds, a place in it); a plan sought is one to fulfil (争取完成计划); a
// programme is joined (参加大学生志愿服务西部计划), a plan, a document, is not.
const runsProgramme = (verb: string, head: string) =>
  PROGRAMME_VERBS.has(verb) || (verb === '争取' && head === '工程') || ((verb === '参加' || verb === '参与') && head === '计划');
/**
 * …or by its being carried out or tried, written after its name (天然林保护工程的实施力度, 文化信息资源共享工程顺利实施,
 * 中小学现代远程教育工程试点); a bare 实施 there is as often the verb of a clause of its own (供水工程实施消毒).
 */
const PROGRAMME_AFTER = /^(?:的(?:顺利|全面)?实施|(?:顺利|全面|深入)实施|试点)/;
/**
 * 落实农村义务教育学生营养改善计划: a 计划 named for the good it does (改善, 支持, 资助) is a programme, which is carried out
 * (落实) as a plan document is; one named for its work or its period (三年行动计划, 年度计划) is the document.
 */
const PROGRAMME_AIM = /(?:改善|支持|培养|培育|资助|援助|振兴|引进|关爱|帮扶|扶持|促进)$/;
const carriedOutAim = (head: string, stem: string, verb: string | undefined) =>
  head === '计划' && (verb === '落实' || verb === '落实好') && PROGRAMME_AIM.test(stem);
/** What only a named project has after its name: a phase (…工程二期), or an investment or a stage completed at a clause's start. */
// The section a project's name is given for may stand between (…治理工程（舒城段）完成投资); 完工 ends a project too.
// 完成一期: the first stage of the work finished.
const PROJECT_STAGE =
  /^(?:[（(][^）)]{1,8}[）)])?(?:(?:完成)?[一二三四五]期|(?:累计)?完成投资|全面竣工|建成投用|建成投产|建成通车|建成通水|(?:全面)?完工)/;
/** 完成开封城墙西墙段修缮工程，投资2860万元: the sum invested in it, written right after a named work's name. */
// 审计了汾河中上游…修复工程，抽查投资32.6亿元: the investment an audit checked in the work is the work's as well.
const INVESTED_AFTER = /^[，,](?:总|计划|累计|共|抽查|涉及)?投资[0-9]/;
/** 推动鄱阳湖水利枢纽工程开工建设: a named work whose building starts or ends, written right after its name. */
const BUILT_AFTER = /^(?:(?:正式|全面|开工|主体)?(?:开工|动工)(?:建设)?|建成|竣工)/;
const COORDINATORS = new Set([...'和与及或']);
/**
 * The count of a list of battles written once with their shared head: 三大 in 污染防治、防范化解重大风险、精准脱贫三大攻坚战,
 * 两个 in 煤矿瓦斯治理和矿山整顿两个攻坚战.
 */
export const COUNTED_BATTLES = /[两二三四五六七八九十][大个]$/;

const MANNER_WORDS: ReadonlySet<string> = new Set(['全面', '深入', '持续', '扎实', '大力', '积极']);
// A stop word can end at a character only if some stop word ends with it: most characters of a stem end none.
const STOP_WORD_LAST = new CodeSet(LEFT_STOP_WORDS.map((w) => w[w.length - 1]!));
// A stem without its generic action (or study) words, asked again of every occurrence of a head: worked out once per stem.
const withoutWords = (words: readonly string[]) => memoize((stem: string) => words.reduce((r, w) => r.split(w).join(''), stem));
const withoutActions = withoutWords(GENERIC_ACTION_WORDS);
const withoutStudyWords = withoutWords(STUDY_GENERIC_WORDS);
const HEADS = wordIndex(PATTERN_HEADS.map((h) => h.head));

/** jieba reads the head together with what follows it as one word (计划|生育 → 计划生育). */
function runsOn(folded: string, at: number, end: number): boolean {
  if (!/[\u4e00-\u9fff]/.test(folded[end] ?? '')) return false;
  return !wordBoundaries(folded.slice(at, end + 3)).has(end - at);
}

/** Where the name ending at `end` (the head's start) begins on its left: the first stop word, break or coordinator. */
function leftEdge(
  folded: string,
  end: number,
  skipCoordinator: number,
  maxStem: number,
): { start: number; coordinator: boolean; word?: string } | null {
  let i = end;
  while (i > 0) {
    if (end - i >= maxStem) return null;
    const c = folded[i - 1]!;
    if (BREAK_CHARS.test(c)) return { start: pastDate(folded, i), coordinator: false };
    const word = STOP_WORD_LAST.at(folded, i - 1) ? LEFT_STOP_WORDS.find((w) => folded.startsWith(w, i - w.length)) : undefined;
    // 是全面振兴新突破三年行动: after the copula a word of manner (全面, 深入) is the name's front, not how it is launched.
    // 招标投标突出问题专项整治: 突出 before 问题 says which problems the drive targets (the verb 突出 highlights a task).
    if (
      word &&
      endsAWord(folded, i) &&
      !(MANNER_WORDS.has(word) && folded[i - word.length - 1] === '是') &&
      !(word === '突出' && folded.startsWith('问题', i))
    )
      return { start: i, coordinator: false, word };
    if (COORDINATORS.has(c) && i !== skipCoordinator) return { start: i, coordinator: true };
    if (LEFT_STOP_CHARS.has(c) && !COORDINATORS.has(c) && endsAWord(folded, i)) return { start: i, coordinator: false };
    i--;
  }
  return { start: 0, coordinator: false };
}

/** 2018年扫黑除恶专项斗争, 2022年度…专项治理: a date's 年 (年度, 月, 日) after its digits is not part of the name. */
function pastDate(folded: string, start: number): number {
  const unit = /^(?:年度|[年月日度])/.exec(folded.slice(start, start + 2));
  return unit && /[0-9]/.test(folded[start - 1] ?? '') ? start + unit[0].length : start;
}

/**
 * The title a creation drive earns (全国文明城市, 国家卫生县城, 国家生态文明建设示范区, 文明单位): a place or a unit of a kind;
 * 创建 after anything else is the verb of a clause (创建工作, 积极创建).
 */
const EARNED_TITLE = /(?:城市|县城|城区|[城县市区镇村乡]|社区|单位|校园|机关|家庭|示范区|先行区|模范城|园区|基地|景区)$/;
/**
 * What follows a creation drive's name: the clause's end, its work, fruits or stages (创建工作, 创建成果, 创建中, 创建通过验收).
 * 创建 followed by its object (医院创建三级医院) is the verb, and 创建达标率 what the creating measures.
 */
const CREATION_AFTER =
  /^(?:[,，。;；、:：)）和与及]|$|工作|成果|活动|行动|任务|目标|中|以来|期间|为|的|取得|通过|成功|验收|迎检|复审|复评|测评|考核)/;
/** The level a title is earned at opens its name (全国文明城市创建), though 全国 elsewhere is the scope of who runs a drive. */
const EARNED_AT_LEVEL = new Set(['全国']);

const TIMES_DONE = /^[0-9０-９]+(?:余|多)?(?:次|场|轮|批次)/;

/** 全域土地综合整治与生态修复工程: the items before the head are two, joined by 与 alone (no 、, 和, 及 or 等 among them). */
function twoWorksJoinedByYu(folded: string, from: number, lastItem: number): boolean {
  return folded[lastItem - 1] === '与' && !/[、和及与等]/.test(folded.slice(from, lastItem - 1));
}

const ENDS_IN_HEAD = /(?:行动|运动|斗争|工程|计划|活动|战)$/;
const LIST_MARKS = new Set([...'、和与及']);
const MAX_LIST = 30;

/**
 * 实施基础研究、高技术研究和科技支撑计划: the programme's head is written once after the last of a list, and the verb before
 * the first item runs them all; the list's items are read back to it over 、 and 和, within one clause. Where the list
 * opens: the end of the verb.
 */
// Works of their own listed before a named water work (梅山水库、大伙房水库、汉江下游杜家台分洪工程) share no scope with it,
// as rivers do (官渡河、潢河城区段综合治理工程).
const WORKS_LISTED = /(?:水库|水闸|工程|电站|枢纽|大坝)[、，,和及与]/;

/** Where a water work's name starts: at its own river where works of their own are listed before it, else `shared`. */
function sharedWaterScope(folded: string, shared: number, own: number, stem: string): number {
  return shared < own && isNamedWaterWork(stem) && WORKS_LISTED.test(folded.slice(shared, own)) ? own : shared;
}

function listRunFrom(folded: string, start: number): number | undefined {
  if (!LIST_MARKS.has(folded[start - 1] ?? '')) return undefined;
  for (let i = start - 1; i > 0 && start - i < MAX_LIST; i--) {
    if (BREAK_CHARS.test(folded[i - 1]!) && folded[i - 1] !== '、') return undefined;
    const verb = [...PROGRAMME_VERBS].find((v) => folded.startsWith(v, i - v.length));
    if (verb && endsAWord(folded, i)) return i;
  }
  return undefined;
}

/** A drive named by the tackling of problems (整治…问题专项行动) opens with the verb that tackles them. */
const TACKLED_FRONT = /^(?:整治|治理|纠治|纠正|打击|清理|查处)/;

/** Verbs of supervising or checking work, which take a drive as their object (督导专项整治). */
const SUPERVISED = /(?:督导|督查|督办|指导|巡查|调研|检查)$/;

/**
 * The left edge at a verb that launches a drive, found by stepping over at most `hops` stop words that stand inside its
 * name (落实 in 救助政策落实专项整治); with `toQuote`, at a closing quote as well. None when another edge (a break, a
 * coordinator) or no launch verb is met first.
 */
function launchedFrom(
  folded: string,
  edge: { start: number; coordinator: boolean; word?: string },
  at: number,
  maxStem: number,
  hops: number,
  toQuote: boolean,
): { start: number; coordinator: boolean; word?: string } | null {
  let probe = edge;
  for (let i = 0; i < hops && probe.word; i++) {
    const next = leftEdge(folded, probe.start - probe.word.length, -1, maxStem - (at - probe.start) - probe.word.length);
    // “僵尸型”社会组织专项清理整治行动: the name's quoted front closes right before its stem (findCampaigns reads the two whole).
    if (next && !next.word && folded[next.start - 1] === '”' && toQuote) return next;
    // 开展2022年度医疗保障基金专项治理: a date opens the clause's name where the verb would (pastDate), after the verb.
    if (next && !next.word && next.start > 0 && /[年月日度]/.test(folded[next.start - 1]!)) return next;
    if (!next?.word) return null;
    if (DRIVE_LAUNCH_VERBS.has(next.word)) return next;
    probe = next;
  }
  return null;
}

/** Whether a stem names something: long enough, not a described problem, not made only of generic action words. */
export function isNamingStem(stem: string, minStem: number, kind: PatternedCampaign['kind']): boolean {
  if (stem.length < minStem) return false;
  // A drive named by a long description of the problems it targets (群众身边不正之风和腐败问题集中整治, 漠视侵害群众利益
  // 问题专项整治) is a name; a short one (违规收费问题专项整治) is a described problem.
  if (/(?:的|和|与|及|或)$/.test(stem) || (/问题$/.test(stem) && !(kind === 'drive' && stem.length >= 8))) return false;
  if (withoutActions(stem).length < 2) return false;
  // 三年行动计划, 发展党员总量计划 are plans; 升级改造工程, 新扩建工程 are construction works.
  if (kind === 'programme' && /(?:行动|工作|发展|总量|指导性|年度|年|规划|建设|改造|扩建|维修|项目|市政|水利|建筑)$/.test(stem))
    return false;
  // 实施修缮工程12项: the work alone (修缮, 加固, 修复) is a kind of job.
  if (kind === 'programme' && /^(?:修缮|加固|修复|改建|提升|保护)$/.test(stem)) return false;
  // 党员学习教育 is the ordinary training of members and 打通学习教育 a verb on it; a named one carries its subject
  // (党史, 党纪, …精神, …思想) or a long description of it (深入贯彻中央八项规定精神).
  if (kind === 'study') {
    const subject = withoutStudyWords(stem);
    if (subject.length < 4 && !/(?:党史|党纪|精神|思想|规定)$/.test(subject)) return false;
  }
  return true;
}

/**
 * Unquoted names built on a campaign head (…攻坚战, …保卫战, …专项斗争, …专项行动, …学习月, …学习教育): the stem runs left
 * to the verb or function word before it. Across 和/与/及 the shorter reading (污染防治攻坚战 in 生态环境保护和污染防治攻坚战)
 * wins when its stem names something, else the longer one (城市道路扬尘污染和泥头车专项整治行动).
 * @param excluded spans (quotes, titles) where no unquoted name is looked for
 */
export function findPatternedCampaigns(folded: string, excluded: Span[]): PatternedCampaign[] {
  const found: PatternedCampaign[] = [];
  const excludedCover = new SpanCover(folded.length, excluded);
  const foundCover = new SpanCover(folded.length);
  const inside = (at: number) => excludedCover.covers(at);
  const heads = occurrences(folded, HEADS);
  for (const [h, { head, minStem, kind }] of PATTERN_HEADS.entries()) {
    for (const at of heads[h]!) {
      // 社会组织专项清理整治行动: a drive's head followed by 行动 names the same drive, written whole.
      const end = at + head.length + (kind === 'drive' && !head.endsWith('行动') && folded.startsWith('行动', at + head.length) ? 2 : 0);
      if (inside(at)) continue;
      if (foundCover.overlaps({ start: at, end })) continue; // a longer head already took it
      const maxStem = kind === 'study' ? MAX_STUDY_STEM : MAX_STEM;
      let edge = leftEdge(folded, at, -1, maxStem);
      if (!edge) continue;
      // 12个行业系统专项治理 counts drives, it names none.
      if (/[0-9]/.test(folded[edge.start - 1] ?? '') && /[个项家条名批类次轮场件起号]/.test(folded[edge.start] ?? '')) continue;
      if (SCOPE_CHAR.test(folded.slice(edge.start, at)) && at - edge.start - 1 >= minStem) edge = { ...edge, start: edge.start + 1 };
      // 实施“十四五”县域商业体系建设行动: the plan period the drive belongs to stands between it and the verb launching it.
      const period = edge.word ? undefined : periodQuoteOpening(folded, edge.start);
      const periodVerb = period === undefined ? undefined : LEFT_STOP_WORDS.find((w) => folded.startsWith(w, period - w.length));
      if (periodVerb) edge = { ...edge, word: periodVerb };
      let stem = folded.slice(edge.start, at);
      // 各地要以攻坚行动为抓手, 要以城乡环境整治攻坚行动为抓手: a name held up by 以 starts after it.
      const heldUp = kind === 'launched' ? undefined : heldUpFrom(folded, edge.start, at, end);
      if (heldUp !== undefined) {
        edge = { start: heldUp, coordinator: false };
        stem = folded.slice(heldUp, at);
      }
      // …行动全面推进, 以…行动为抓手: a drive run without a launch verb before it is named by its clause, across words
      // inside it (深化, 保障).
      const driven = kind === 'launched' ? drivenFrom(folded, at, end, maxStem) : undefined;
      if (driven !== undefined && driven < edge.start && isNamingStem(folded.slice(driven, at), minStem, kind)) {
        edge = { start: driven, coordinator: false };
        stem = folded.slice(driven, at);
      }
      // 开展打击侵犯知识产权和制售假冒伪劣商品行动: a launched drive's target may join two things; the verb before the whole
      // launches it, while the second thing alone is launched by nothing. Not two drives (健康中国行动和爱国卫生运动), nor a
      // struggle joined to a task (党风廉政建设和反腐败斗争).
      if (edge.coordinator && head === '行动' && !ENDS_IN_HEAD.test(folded.slice(Math.max(0, edge.start - 3), edge.start - 1))) {
        const wider = leftEdge(folded, at, edge.start, maxStem);
        const wideStem = wider ? folded.slice(wider.start, at) : '';
        if (wider?.word && DRIVE_LAUNCH_VERBS.has(wider.word) && isNamingStem(wideStem, minStem, kind)) {
          edge = wider;
          stem = wideStem;
        }
      }
      // 华锦阿美精细化工及原料工程, 宋都古城保护与修缮工程: a work named by a name joins two things by 及 or 与; the second
      // alone is no name. Not the last of a list (退耕还林、退牧还草和京津风沙源治理工程: each item a programme).
      if (edge.coordinator && kind === 'programme' && /[及与]/.test(folded[edge.start - 1]!)) {
        const wider = leftEdge(folded, at, edge.start, maxStem);
        const wideStem = wider ? folded.slice(wider.start, at) : '';
        const listed = wider && folded[wider.start - 1] === '、';
        if (wider && !wider.coordinator && !listed && namesAWork(wideStem) && isNamingStem(wideStem, minStem, kind)) {
          edge = wider;
          stem = wideStem;
        }
      }
      // A battle list (重点工作和三大攻坚战) coordinates whole things; a drive's target may contain 和 (扬尘污染和泥头车).
      // An empty conjunct (整顿或专项治理) means the coordinator joins two whole things, not two targets of one drive.
      if (edge.coordinator && kind === 'drive' && stem.length > 0 && !isNamingStem(stem, minStem, kind)) {
        const wider = leftEdge(folded, at, edge.start, maxStem);
        const wideStem = wider ? folded.slice(wider.start, at) : '';
        if (wider && !wider.coordinator && isNamingStem(wideStem, minStem, kind)) {
          edge = wider;
          stem = wideStem;
        }
      }
      // 蓝天、碧水、净土三大保卫战: the battle read here is 三大保卫战; its fronts before the count are battles of their own
      // (findDistributedCampaigns), not part of this name.
      const count = COUNTED_BATTLES.exec(stem);
      if (kind === 'battle' && count && count.index > 0) {
        found.push({ start: at - count[0].length, end, head, kind, counted: true });
        foundCover.add({ start: at - count[0].length, end });
        continue;
      }
      // 实施国有企业改革深化提升行动, 开展困难群众救助政策落实专项整治, 开展打击整治养老服务诈骗专项行动: a word inside the
      // name (深化, 落实, 服务) stopped the stem short; the verb that launches the drive stands further left in the clause, and
      // the name runs to it.
      if ((kind === 'launched' || kind === 'drive') && edge.word && !isNamingStem(stem, minStem, kind)) {
        // A drive's stem is not carried over a launch verb of its own (推进问题整改开展专项整治 names none).
        const wider =
          kind === 'launched'
            ? launchedFrom(folded, edge, at, maxStem, 1, false)
            : DRIVE_LAUNCH_VERBS.has(edge.word)
              ? null
              : launchedFrom(folded, edge, at, maxStem, 3, true);
        const wideStem = wider ? folded.slice(wider.start, at) : '';
        // Carried over a word inside it, a drive's stem must name the drive's field (救助政策落实), not describe problems
        // (领导干部不作为不尽责问题专项整治 is a description read across 作为) — unless the name opens with the tackling of
        // the problems (整治形式主义官僚主义突出问题专项行动, read across 突出), which a description does not.
        const described = kind === 'drive' && wideStem.endsWith('问题') && !TACKLED_FRONT.test(wideStem);
        if (wider && isNamingStem(wideStem, minStem, kind) && !described) {
          edge = wider;
          stem = wideStem;
        }
      }
      // 实施农村饮水安全巩固提升工程: a word inside the programme's name (巩固) stopped the stem short; the verb that runs it
      // stands further left in the clause, and the name runs to it.
      if (kind === 'programme' && edge.word && !runsProgramme(edge.word, head)) {
        const next = leftEdge(folded, edge.start - edge.word.length, -1, maxStem - (at - edge.start) - edge.word.length);
        const wideStem = next ? folded.slice(next.start, at) : '';
        if (next?.word && runsProgramme(next.word, head) && isNamingStem(wideStem, minStem, kind)) {
          edge = next;
          stem = wideStem;
        }
      }
      // 赴郧阳区、竹溪县督导专项整治: a drive supervised where the places are named is the object of the supervision, not
      // a drive named after them; launched by its verb (开展安全生产大检查专项行动) the stem is the drive's own.
      if (kind === 'drive' && SUPERVISED.test(stem) && !(edge.word && DRIVE_LAUNCH_VERBS.has(edge.word))) continue;
      if (!isNamingStem(stem, isDeedMovement(folded, stem, at, head) ? 2 : minStem, kind)) continue;
      // 农村部分计划生育家庭: the head is the front of a longer word (计划生育), not the end of a name.
      const pressed = kind === 'programme' && isPressedWork(folded.slice(end, end + 2), stem, edge.word);
      if (kind === 'programme' && runsOn(folded, at, end) && !pressed) continue;
      // 区域发展总体战略 is a strategy, not a battle: the head read in it is part of the word 战略.
      if (kind === 'battle' && folded[end] === '略') continue;
      // 集中力量打歼灭战: a battle fought by 打 in the clause is the idiom, not a named battle (打赢 and 打好 stop the stem).
      if (kind === 'battle' && stem.endsWith('打')) continue;
      // The last item of a run list is a name of its own (天然林保护, not 保护与|恢复 nor 重大技术和|示范 sharing one 工程).
      const listFrom = kind === 'programme' && isCarriedOutProgramme(stem) ? listRunFrom(folded, edge.start) : undefined;
      // 实施农村和贫困地区专项招生计划: a first item of one word is a modifier the two share, not a programme; 实施全域土地综合
      // 整治与生态修复工程: two works joined by 与 alone are the one programme's name (a list of programmes is joined by 、/和).
      if (listFrom !== undefined && (edge.start - 1 - listFrom <= 2 || twoWorksJoinedByYu(folded, listFrom, edge.start)))
        edge = { start: listFrom, coordinator: false };
      const listed = listFrom !== undefined;
      const run = (!!edge.word && runsProgramme(edge.word, head)) || listed || carriedOutAim(head, stem, edge.word);
      if (kind === 'project' && !(isNamedProject(stem) && (run || PROJECT_STAGE.test(folded.slice(end, end + 16))))) continue;
      const carriedOut =
        PROJECT_STAGE.test(folded.slice(end, end + 16)) ||
        pressed ||
        ((INVESTED_AFTER.test(folded.slice(end, end + 8)) || BUILT_AFTER.test(folded.slice(end, end + 4))) && namesAWork(stem)) ||
        (PROGRAMME_AFTER.test(folded.slice(end, end + 8)) && isCarriedOutProgramme(stem));
      if (kind === 'programme' && !run && !carriedOut && !isStagedWork(stem) && !isNamedWaterWork(stem)) continue;
      // 群众性精神文明创建活动: creating opened by the nature of its activities (群众性, 经常性) is a kind of activity; a named
      // one is known by the title it creates (民族团结进步, 文明城市).
      if (head === '创建活动' && /^[\u4e00-\u9fff]{2,3}性/.test(stem)) continue;
      // 联合开展海上打私行动9次: a launched action counted by the times it was done is a kind of action, not a named drive.
      if (kind === 'launched' && TIMES_DONE.test(folded.slice(end, end + 6))) continue;
      if (kind === 'creation') {
        if (!EARNED_TITLE.test(stem) || !CREATION_AFTER.test(folded.slice(end, end + 4))) continue;
        if (edge.word && EARNED_AT_LEVEL.has(edge.word)) edge = { start: edge.start - edge.word.length, coordinator: false };
      }
      // 开展健康中国行动和爱国卫生运动, “小秋收”运动和短途运输运动: a movement joined to a drive named before it is named as
      // that one is, by the verb or the setting they share.
      // Not a class of them (各种民主改革运动) nor the count of a list (阶级斗争、生产斗争和科学实验三大革命运动).
      const joinedToDrive =
        edge.coordinator &&
        ENDS_IN_HEAD.test(folded.slice(Math.max(0, edge.start - 9), edge.start - 1)) &&
        !/^(?:各种|各项|各类|多种|一些|这些)|[两二三四五六七八九十][大个项]/.test(stem);
      // 党员先锋行动, 具体行动, 联合行动: without a launch verb right before it, …行动 is an ordinary noun phrase; held up as
      // the means of the work (以村庄清洁行动为抓手), or carried on after its name (…行动全面推进), it is a drive
      // (driveSetting.ts).
      const launchVerb = launchVerbOf(folded, edge);
      if (kind === 'launched' && !(launchVerb && DRIVE_LAUNCH_VERBS.has(launchVerb)) && !joinedToDrive) {
        if (driven === undefined || !isNamingStem(folded.slice(driven, at), minStem, kind)) continue;
        edge = { start: driven, coordinator: false };
        stem = folded.slice(driven, at);
      }
      // 专项行动 and 整治行动 are generic heads, not part of a drive's own stem (开展排查整改专项行动 names none).
      if (kind === 'launched' && /(?:专项|集中|联合|统一|整治|治理|三年|百日|攻坚)$/.test(stem)) continue;
      // 提升年度计划, 深化年轻干部培养: the year's 年 begins a word of its own after the head, no named year.
      if (head.endsWith('年') && (/[度底内初中末份]/.test(folded[end] ?? '') || !endsAWord(folded, end))) continue;
      // …三年行动计划, …三年行动实施方案: the plan's name, a document rather than the drive.
      if (/^(?:实施)?(?:计划|方案|意见|纲要)/.test(folded.slice(end, end + 4))) continue;
      // 实施长江上游、黄河上中游天然林保护工程: the waters listed before the name share its head (sharedScope.ts).
      // 开展柴油货车、船舶超标排放专项治理: the things listed before a drive's target share it (sharedScope.ts).
      let start =
        kind === 'programme' || kind === 'project'
          ? sharedWaterScope(folded, sharedScopeStart(folded, edge.start, LEFT_STOP_WORDS), edge.start, stem)
          : kind === 'drive'
            ? sharedObjectsStart(folded, edge.start, at, LEFT_STOP_WORDS)
            : edge.start;
      const round = roundFront(folded, start, at);
      if (round && isNamingStem(folded.slice(start + round, at), minStem, kind)) start += round;
      found.push({ start, end, head, kind });
      foundCover.add({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
