import type { Quote } from './findQuotes.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { chainBounds, LIST_JOIN, LOOSE_JOIN } from './quoteChains.ts';
import { MEANS_AFTER } from './driveSetting.ts';
import { launchedInField } from './launchedInField.ts';
import { LAUNCH_VERBS, NAME_IS_QUOTED_PART, NOT_A_DRIVE_AFTER_HEAD, PROJECT_AFTER, QUOTE_HEADS, SELF_NAMED } from './lexicon.ts';
import {
  ACTIVITY_AFTER,
  CRITICAL_BEFORE,
  INSTITUTION_NAME,
  MANNER_NAME,
  NOT_CAMPAIGN_AFTER,
  SHARED_OUT,
  TREATING_HEADS,
  WRONGDOING_AFTER,
} from './quoteSurroundings.ts';

/** A campaign read from a quoted phrase. */
export interface QuotedCampaign {
  start: number;
  end: number;
  /** The quoted part (folded), the programme's short name. */
  stem: string;
  /** The name the entity takes: “X”工程 with its head, or the quoted part itself (六进 for “六进”活动). */
  name: string;
  rule: 'head' | 'self' | 'launched' | 'listed' | 'slogan';
}

// Shapes of the numbered political formulas (四个意识, 两个维护, 三会一课, 一岗双责): recorded as campaigns, which the
// annotation guidelines make optional, so they cost nothing and give the graph its slogans.
const NUMERAL = '一二两三四五六七八九十百千万双';
const SLOGAN = new RegExp(`^(?:[${NUMERAL}]个[\\u4e00-\\u9fff]{2,6}|[${NUMERAL}][\\u4e00-\\u9fff][${NUMERAL}][\\u4e00-\\u9fff])$`);
const CLEARING_NUMBERED = new RegExp(`^[清拆治扫除][${NUMERAL}][\\u4e00-\\u9fff]{1,2}$`);
/** Quoted phrases with a comma are quoted sentences (a goal, a speech), never a campaign name. */
const SENTENCE = /[,，。;；:：!！?？]/;
const MAX_NAME = 20;
const CODE_NAME = /^[0-9]{2,6}$/;
// A code name's own heads: a drive or a programme; “1+4”改革系列文件 labels documents (a label, as GOLD_FORMAT has 1+N).
const CODE_HEAD = /(?:行动|工程)$/;
/** A struggle is waged (进行) as well as launched. */
const STRUGGLE_VERBS: readonly string[] = [...LAUNCH_VERBS, '进行'];
// A quoted name of an event held under it: an exchange or culture week (“中法青年艺术交流周”), a festival, a forum, a fair.
// A month or week held each year under its quoted name (“就业援助月”, “质量月”), as the unquoted ones are (PATTERN_HEADS).
const SELF_NAMED_EVENT =
  /(?:交流周|文化周|艺术周|文化节|艺术节|旅游节|论坛|博览会|交流会|洽谈会|大赛|援助月|宣传月|活动月|学习月|教育月|宣传周)$/;
const QUOTE_HEADS_LONGEST_FIRST = [...QUOTE_HEADS].sort((a, b) => b.length - a.length);
// Most quotes are followed by no head: their first character says so before any head is tried.
const QUOTE_HEAD_FIRST = new CodeSet(QUOTE_HEADS.map((h) => h[0]!));

// A loan product's name ends in 贷 after a word of two or more (共富贷, 巾帼创业贷); 首贷 alone is a first loan.
// Launched or lent as a product (推出“X贷”, “X贷”产品, “X贷”专属信贷产品); “拨改贷” was a way of funding, not a product.
const LOAN_PRODUCT = /^[\u4e00-\u9fff]{2,8}贷$/;
const LOAN_AFTER = /^(?:[\u4e00-\u9fff]{0,4}(?:产品|业务)|贷款|专属)/;
const LOAN_VERB_BEFORE = /(?:推出|推广|开发|发放|创新)$/;
const FUND_AFTER = /^基金(?![\u4e00-\u9fff])/;
const WORK_ENDS_CLAUSE = /^(?:工作|政策)[,，。;；]/;
const CLAUSE_BREAK = /[,，。;；:：!！?？\n]/;
const BLAME_WINDOW = 10;
// A field of two characters (执法, 打击) before the head of a drive; a longer stretch is the drive's target (“红包”礼金问题专项行动).
// “雷霆”集中执行行动, “春雷”集中清查行动: a drive concentrated on one field (集中 + the field + 行动).
// The heads of a programme or a drive (not 活动, 改造 or 基金, which name things as often: “XX基金”平台).
const PROGRAMME_NAME = /(?:工程|计划|行动|攻坚战|保卫战|专项整治|专项治理|专项斗争)$/;
const FIELD_AND_DRIVE =
  /^(?:[\u4e00-\u9fff]{2}(?:专项整治行动|专项治理行动|集中整治行动|专项行动|专项整治|专项治理|专项斗争|攻坚行动)|集中[\u4e00-\u9fff]{2}行动)/;

/** The clause before a quote (or before the first quote of its chain), or the words after its chain, hold it up to blame. */
function blamed(folded: string, quotes: Quote[], k: number): boolean {
  const [first, last] = chainBounds(folded, quotes, k, LOOSE_JOIN);
  const openAt = quotes[first]!.openAt;
  let from = openAt;
  while (from > 0 && openAt - from < BLAME_WINDOW && !CLAUSE_BREAK.test(folded[from - 1]!)) from--;
  if (CRITICAL_BEFORE.test(folded.slice(from, openAt))) return true;
  const closeAt = quotes[last]!.closeAt;
  return WRONGDOING_AFTER.test(folded.slice(closeAt + 1, closeAt + 12));
}

/** 校长、院长、所长等“四长”, 资料等“搬上网络”: a quote after 等 sums up the things listed before it. */
function sumsUpAList(folded: string, q: Quote): boolean {
  return folded[q.openAt - 1] === '等';
}

/**
 * Campaigns named in quotes, by the word after the closing mark (“头雁”工程, “六进”活动, “两违”整治, “百场宣讲进基层”等宣讲活动),
 * by a programme head inside the quote (“智网工程”, “广东特支计划”), by the verb that launches them (开展“以案治本”工作,
 * 深化“最多跑一次”), or by the shape of a numbered formula (“四个意识”). A quote followed by a mechanism, platform or
 * target noun (“驻点+”工作机制, “两新”组织, “三资”领域) or led by anything else (确保“条条有整改…”, 以“网格化”形式) is not one.
 */
export function findQuotedCampaigns(folded: string, quotes: Quote[]): QuotedCampaign[] {
  const found: QuotedCampaign[] = [];
  // The quotes of a list of names a verb launches (开展“扫黄”、“打非”斗争; 推进“双减”和“五项管理”): launched as its first is.
  const launchedList = (k: number, verbs: readonly string[]) => {
    const [first] = chainBounds(folded, quotes, k, LIST_JOIN);
    return verbs.some((v) => folded.startsWith(v, quotes[first]!.openAt - v.length));
  };
  const listEndsClause = (k: number) => {
    const [, last] = chainBounds(folded, quotes, k, LIST_JOIN);
    return /^[,，。;；]/.test(folded.slice(quotes[last]!.closeAt + 1, quotes[last]!.closeAt + 2));
  };
  for (const [k, q] of quotes.entries()) {
    if (blamed(folded, quotes, k)) continue;
    const stem = folded.slice(q.start, q.end);
    // “323”攻坚行动: a drive's code name of digits is a name only with the drive's head after it.
    const code = CODE_NAME.test(stem);
    if (!code && (!/[\u4e00-\u9fff][^]*[\u4e00-\u9fff]/.test(stem) || SENTENCE.test(stem) || stem.length > MAX_NAME)) continue;
    const after = folded.slice(q.closeAt + 1, q.closeAt + 12);
    let head = QUOTE_HEAD_FIRST.at(after, 0) ? QUOTE_HEADS_LONGEST_FIRST.find((h) => after.startsWith(h)) : undefined;
    // 开展“严打”斗争 is the drive; 同“四人帮”斗争 fights an opponent: a struggle is a drive only where it is launched.
    if (head === '斗争' && !launchedList(k, STRUGGLE_VERBS)) head = undefined;
    if (code && head && !CODE_HEAD.test(head)) head = undefined;
    // “三讲”教育 and its 成果 name the drive; “智慧”教育平台, “双一流”教育资源 name a thing of education.
    if (head === '教育' && !/^(?:[^\u4e00-\u9fff]|成果)/.test(after.slice(2))) head = undefined;
    // “营改增”试点， is the pilot; “两山”试点区, “一窗受理”试点单位 name the places and bodies where it is tried.
    if (head === '试点' && /^[\u4e00-\u9fff]/.test(after.slice(2)) && !/^(?:工作|扩大|经验|任务)/.test(after.slice(2))) head = undefined;
    if (head && NOT_A_DRIVE_AFTER_HEAD.test(after.slice(head.length))) continue;
    // 实行“一企一策”治理: the manner of the treating, no drive of its own.
    if (head && TREATING_HEADS.has(head) && SHARED_OUT.test(stem)) continue;
    // 开展打击“假企业”“假出口”“假申报”专项行动: targets quoted one right after another before a drive's head are one drive,
    // named with the verb of its target before them.
    const chained = head && DRIVE_HEAD.test(head) ? chainedTargetsStart(folded, quotes, k) : undefined;
    if (head && chained !== undefined) {
      const end = q.closeAt + 1 + head.length;
      const name = folded.slice(chained, end);
      found.push({ start: chained, end, stem: name, name, rule: 'head' });
      continue;
    }
    if (head) {
      const end = q.closeAt + 1 + head.length;
      const name = NAME_IS_QUOTED_PART.has(head) ? stem : folded.slice(q.openAt, end);
      found.push({ start: q.openAt, end, stem, name, rule: 'head' });
      // 开展“扫黄”、“打非”斗争: the struggle written once after the last of the launched names is each one's.
      if (head === '斗争') found.push(...listedBefore(folded, quotes, k));
      continue;
    }
    // “利剑”执法专项行动, “蓝盾”集中整治行动: a drive's field between its quoted name and a drive head.
    const held = heldUpWork(folded, q, after, stem);
    if (held) {
      found.push(held);
      continue;
    }
    const fielded = FIELD_AND_DRIVE.exec(after);
    if (fielded && !NOT_A_DRIVE_AFTER_HEAD.test(after.slice(fielded[0].length))) {
      const end = q.closeAt + 1 + fielded[0].length;
      found.push({ start: q.openAt, end, stem, name: folded.slice(q.openAt, end), rule: 'head' });
      continue;
    }
    if (code) continue;
    // 举办瑶族“盘王节”, 合作举办“闽韵匠心”木雕艺术展, …文化节暨“宋韵开封”汉服花朝节: a festival or a show hosted under a quoted
    // name, known by its whole name.
    const hosted = hostedEventEnd(folded, q, stem);
    if (hosted !== undefined) {
      const start = hosted === q.closeAt + 1 ? q.start : q.openAt;
      const end = hosted === q.closeAt + 1 ? q.end : hosted;
      found.push({ start, end, stem, name: folded.slice(start, end), rule: 'head' });
      continue;
    }
    // 推广“共富贷”产品, 推出“商会贷”专属信贷产品: a loan product is known by its quoted name, whatever noun of products follows.
    if (LOAN_PRODUCT.test(stem) && (LOAN_AFTER.test(after) || LOAN_VERB_BEFORE.test(folded.slice(Math.max(0, q.openAt - 4), q.openAt)))) {
      found.push({ start: q.start, end: q.end, stem, name: stem, rule: 'self' });
      continue;
    }
    // 设立“光彩助学”基金1000万元: a fund set up under the quoted name, known by both (not a …基金会, a body, nor “X”基金平台).
    if (FUND_AFTER.test(after)) {
      const end = q.closeAt + 3;
      found.push({ start: q.openAt, end, stem, name: folded.slice(q.openAt, end), rule: 'head' });
      continue;
    }
    // “感知中国·魅力成都”海外推介活动, “外国友人看江西”赣州行活动, “亮剑”系列执法行动: a quoted name, what the drive or
    // activity does, and its head. The quoted part names an activity; a drive is known by its whole name.
    const described = describedActivity(folded, quotes, k, after, stem);
    if (described) {
      found.push(described);
      continue;
    }
    // “两癌”救助项目 and “两癌”免费检查项目 are two projects: each is known by its whole name, not by the quoted part.
    const project = PROJECT_AFTER.exec(after);
    if (project) {
      const end = q.closeAt + 1 + project[0].length;
      const name = folded.slice(q.openAt, end);
      found.push({ start: q.openAt, end, stem: name, name, rule: 'head' });
      continue;
    }
    // “百场宣讲进基层”等宣讲活动, “四边三化”等专项行动: the quoted name is one of a kind of activity or drive.
    if (/^等[\u4e00-\u9fff]{0,4}(?:活动|行动)/.test(after)) {
      found.push({ start: q.start, end: q.end, stem, name: stem, rule: 'listed' });
      continue;
    }
    const first = chainBounds(folded, quotes, k, LIST_JOIN)[0] === k;
    // A later name of a launched list is launched only where the list ends the clause: 推进“一带一路”和“长江经济带”建设
    // launches the building, which the later quote qualifies.
    // 深入推进2024年“清廉桐川”建设: the year of the round stands between the verb and the name.
    const verbEnd = q.openAt - (YEAR_BEFORE.exec(folded.slice(Math.max(0, q.openAt - 7), q.openAt))?.[0].length ?? 0);
    const launched =
      LAUNCH_VERBS.some((v) => folded.startsWith(v, verbEnd - v.length)) || (!first && launchedList(k, LAUNCH_VERBS) && listEndsClause(k));
    // 深化“民呼我为”机制: a four-character programme name, launched, whose bare 机制 is the programme run as a standing
    // mechanism; a described mechanism (“驻点+”工作机制, “室组地”联动监督机制) or a manner (“一站式”) stays out.
    if (
      launched &&
      after.startsWith('机制') &&
      /^[\u4e00-\u9fff]{4}$/.test(stem) &&
      !INSTITUTION_NAME.test(stem) &&
      !MANNER_NAME.test(stem)
    ) {
      found.push({ start: q.start, end: q.end, stem, name: stem, rule: 'launched' });
      continue;
    }
    // 深化“双减”工作。 落实“双减”政策，: a name launched or carried out as work or a policy that ends the clause is the drive
    // itself; before another word (“双减”工作专班, “三农”政策性) it qualifies that word.
    if (
      (launched || folded.startsWith('落实', q.openAt - 2)) &&
      WORK_ENDS_CLAUSE.test(after) &&
      !INSTITUTION_NAME.test(stem) &&
      !MANNER_NAME.test(stem)
    ) {
      found.push({ start: q.start, end: q.end, stem, name: stem, rule: 'launched' });
      continue;
    }
    // 河湖“清四乱”问题, “除四害”: a verb of clearing and a numbered target name the drive that clears them, whatever word
    // follows; the numbered target alone (“四乱”问题) is the problem.
    if (CLEARING_NUMBERED.test(stem)) {
      found.push({ start: q.start, end: q.end, stem, name: stem, rule: 'self' });
      continue;
    }
    // 接入“雪亮工程”平台: a quoted name ending like a programme is one, and the thing after it is named after it.
    const programme = PROGRAMME_NAME.test(stem) && stem.length >= 4;
    if ((NOT_CAMPAIGN_AFTER.test(after) && !programme) || INSTITUTION_NAME.test(stem) || MANNER_NAME.test(stem)) continue;
    // “国培计划”培训教师, “春风行动”帮扶: a quoted name that ends like a programme is one, and the activity after it is
    // what the programme does; only a bare name (“一对一”谈话, “僵尸企业”处置) is the manner or the target of the activity.
    if ((SELF_NAMED.test(stem) || SELF_NAMED_EVENT.test(stem)) && stem.length >= 4) {
      found.push({ start: q.start, end: q.end, stem, name: stem, rule: 'self' });
      continue;
    }
    if (ACTIVITY_AFTER.test(after)) continue;
    if (sumsUpAList(folded, q)) continue;
    // 推进“城中村”、老旧小区改造: the quote is the first of the targets listed before the activity, not a drive.
    // A two-character name (深化“双减”) is launched only where the clause ends on it: before a noun it is that thing's kind
    // (推进“双创”示范基地), and before 工作 as often a task (开展“挖伞”工作) as a drive.
    const whole = stem.length >= 3 || (stem.length === 2 && listEndsClause(k));
    // 认真落实“双减”，: a numbered name carried out and ending the clause is the drive, as one launched is (before a noun,
    // 落实“X”要求, it qualifies what is carried out); a name of words carried out is as often a rule (落实“首违不罚”).
    const carriedOut = NUMERAL.includes(stem[0]!) && folded.startsWith('落实', q.openAt - 2) && /^[,，。;；]/.test(after);
    // 全面推进住房公积金“跨省通办”，: a name of four or more launched in a field and ending the clause.
    const inField = stem.length >= 4 && /^[,，。;；]/.test(after) && launchedInField(folded, q.openAt);
    if ((launched || carriedOut || inField) && whole && !/^、[\u4e00-\u9fff]/.test(after)) {
      found.push({ start: q.start, end: q.end, stem, name: stem, rule: 'launched' });
      continue;
    }
    if (SLOGAN.test(stem)) found.push({ start: q.start, end: q.end, stem, name: stem, rule: 'slogan' });
  }
  return withListedNeighbours(folded, quotes, found);
}

// What stands between a quoted name and the head of its activity or drive: words, none of them a verb that launches something
// or a function word (以“X”为主题开展宣传活动 is no name), at most 12 characters.
// “四强”党支部创建, “四好农村路”示范创建: what is created (a branch, a model) between the name and 创建.
// “智慧广电”乡村工程, “22个重点产业集群”培育工程: a programme's kind or what it does (a word of two characters) between its
// quoted name and 工程; the whole is its name.
// “三区”人才支持计划: a programme named for whom it helps and how (人才支持, 学生资助) between its quoted name and 计划.
/** The building or the work of a quoted aim (“清廉村居”建设, “双减”工作): a drive where it is the means of the rest. */
const HELD_WORK = /^(?:建设|工作)/;

/**
 * 以“清廉村居”建设为抓手: a quoted aim's building (or work) held up by 以 as the means of the work is a drive run under that
 * name, as an unquoted drive held up so is (driveSetting.ts); 建设 elsewhere after a quote is the building of a thing.
 */
function heldUpWork(folded: string, q: Quote, after: string, stem: string): QuotedCampaign | undefined {
  const work = HELD_WORK.exec(after);
  if (!work || folded[q.openAt - 1] !== '以' || !MEANS_AFTER.test(after.slice(work[0].length))) return undefined;
  if (INSTITUTION_NAME.test(stem) || MANNER_NAME.test(stem) || !/^[\u4e00-\u9fff]{2,12}$/.test(stem)) return undefined;
  const end = q.closeAt + 1 + work[0].length;
  return { start: q.openAt, end, stem, name: work[0] === '工作' ? stem : folded.slice(q.openAt, end), rule: 'head' };
}

const YEAR_BEFORE = /[0-9]{4}年度?$/;
const DESCRIBED_HEAD =
  /^([\u4e00-\u9fff]{1,12}?)(创建活动|创建行动|专项监督活动|专项监督|活动|行动|创建)|^([\u4e00-\u9fff]{2,3}?)(工程)|^([\u4e00-\u9fff]{2}(?:支持|资助|培养|培育|扶持|帮扶|援助|引进|攻关))(计划)/;
// A count (“一带一路”八项行动 are eight actions) or a word of wrongdoing (“四人帮”篡党夺权阴谋活动 is an opponent's doing) is
// none either.
const DESCRIBED_STOP =
  /[为以对向在把将与和及暨的等是了并]|开展|推进|组织|举办|实施|启动|部署|参加|参与|落实|工作|要求|[0-9一二三四五六七八九十两百千]+[项个大条批类场次]|问题|阴谋|破坏|犯罪|违法|非法|反动|分裂|颠覆|恐怖|渗透|迷信/;
// A two-character name needs a drive's own words after it (“亮剑”系列执法行动, “两违”清零行动, “三无”船舶集中整治行动);
// “海味”健身活动 describes a fitness activity.
const DRIVE_WORDS = /系列|专项|执法|清零|集中|攻坚|整治|打击/;
// A quote that dates the activity by its holidays or day (“两节”送温暖活动, “双节”走访慰问活动, “七一”走访慰问活动): the season's
// activity is held every year under that name.
const DATE_NAME = /^(?:[两双]节|[一二三四五六七八九十]{1,2}一)$/;

function describedActivity(folded: string, quotes: readonly Quote[], k: number, after: string, stem: string): QuotedCampaign | undefined {
  const q = quotes[k]!;
  const found = DESCRIBED_HEAD.exec(folded.slice(q.closeAt + 1, q.closeAt + 20));
  const m =
    found && (found[1] !== undefined ? found : found[3] !== undefined ? [found[0], found[3], found[4]!] : [found[0], found[5]!, found[6]!]);
  if (!m || DESCRIBED_STOP.test(m[1]!) || NOT_CAMPAIGN_AFTER.test(after)) return undefined;
  const created = m[2] === '创建';
  const dated = DATE_NAME.test(stem);
  // “尖兵”“领雁”研发攻关计划, “强基”“固本”双提升工程: quoted names written one right after the other before a programme's
  // head name one programme, long enough together.
  const chained = m[2] === '计划' || m[2] === '工程' ? chainedTargetsStart(folded, quotes, k) : undefined;
  if (
    INSTITUTION_NAME.test(stem) ||
    MANNER_NAME.test(stem) ||
    (stem.length < 3 && chained === undefined && !created && !dated && !DRIVE_WORDS.test(m[1]!) && m[2] !== '计划')
  )
    return undefined;
  const end = q.closeAt + 1 + m[0].length;
  if (NOT_A_DRIVE_AFTER_HEAD.test(folded.slice(end, end + 6))) return undefined;
  if (chained !== undefined) return { start: chained, end, stem, name: folded.slice(chained, end), rule: 'head' };
  // An activity, or the creating of a kind of unit, is known by its quoted name (四强 for “四强”党支部创建); one the quote only
  // dates is known by all of it (“两节”送温暖活动: 两节 is the holidays it is held at).
  const name = (m[2] === '活动' || created) && !dated ? stem : folded.slice(q.openAt, end);
  return { start: q.openAt, end, stem, name, rule: 'head' };
}

// A verb of hosting (or 暨, joining an event to another held with it), with at most a people's or a place's word after it.
const HOSTED_BEFORE = /(?:举办|举行|承办|主办|办好|暨)[\u4e00-\u9fff]{0,3}$/;
// A festival's or a show's kind after its quoted name (汉服花朝节, 木雕艺术展, 非遗展), ending a word.
const EVENT_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:节|展|展览)(?![\u4e00-\u9fff])/;
const FESTIVAL_STEM = /^[\u4e00-\u9fff]{2,8}节$/;

/** Where a festival or show hosted under the k-th quote ends: after its kind, or at the quote's close where the quote ends in 节. */
function hostedEventEnd(folded: string, q: Quote, stem: string): number | undefined {
  if (!HOSTED_BEFORE.test(folded.slice(Math.max(0, q.openAt - 8), q.openAt))) return undefined;
  if (FESTIVAL_STEM.test(stem)) return q.closeAt + 1;
  const kind = EVENT_AFTER.exec(folded.slice(q.closeAt + 1, q.closeAt + 12));
  // “大宋·东京梦华”等临时展览12个: one of a kind of shows summed up, not the whole's name.
  return kind && !/[等的和与及]/.test(kind[0]) ? q.closeAt + 1 + kind[0].length : undefined;
}

const DRIVE_HEAD = /(?:行动|专项整治|专项治理|专项斗争|集中整治)$/;
// “万企兴万村”“千企帮千村”行动: a name counting on both its sides (万企…万村) is a programme of its own, not a target.
const NUMBERED_NAME = new RegExp(`^[${NUMERAL}][\\u4e00-\\u9fff]{1,3}[${NUMERAL}][\\u4e00-\\u9fff]{1,3}$`);
// 打击“假企业”…专项行动: the verb of a drive's target, written before its quoted targets, is part of its name.
const TARGET_VERB = /(?:打击|整治|治理|清理|查处|严打|严厉打击)$/;

/**
 * Where a drive named by quoted targets written one right after another (“假企业”“假出口”“假申报”) before the k-th starts, with
 * the verb of its target; undefined where the k-th quote stands alone, or where every quote is a numbered programme of its own
 * (“三改一拆”“四边三化”行动 are two drives).
 */
function chainedTargetsStart(folded: string, quotes: readonly Quote[], k: number): number | undefined {
  let first = k;
  while (first > 0 && quotes[first - 1]!.closeAt + 1 === quotes[first]!.openAt) first--;
  if (first === k) return undefined;
  const stems = quotes.slice(first, k + 1).map((q) => folded.slice(q.start, q.end));
  if (stems.every((stem) => SLOGAN.test(stem) || NUMBERED_NAME.test(stem)) || stems.some((stem) => !/^[\u4e00-\u9fff]{2,8}$/.test(stem)))
    return undefined;
  const start = quotes[first]!.openAt;
  const verb = TARGET_VERB.exec(folded.slice(Math.max(0, start - 4), start));
  return verb ? start - verb[0].length : start;
}

/** The quotes listed before the k-th (“扫黄”、 before “打非”斗争), each a drive named by its quoted part. */
function listedBefore(folded: string, quotes: readonly Quote[], k: number): QuotedCampaign[] {
  const [first] = chainBounds(folded, quotes, k, LIST_JOIN);
  return quotes
    .slice(first, k)
    .map((q) => ({ q, stem: folded.slice(q.start, q.end) }))
    .filter(({ stem }) => /^[\u4e00-\u9fff]{2,}$/.test(stem) && stem.length <= MAX_NAME)
    .map(({ q, stem }) => ({ start: q.start, end: q.end, stem, name: stem, rule: 'head' as const }));
}

/**
 * “清源”“断链”“护苗”等专项行动: the quotes chained before one summed up by 等…行动 are drives of the same kind
 * (chained: written one after the other, or with a 、 between).
 */
function withListedNeighbours(folded: string, quotes: Quote[], found: QuotedCampaign[]): QuotedCampaign[] {
  const byOpen = new Set(found.map((f) => f.start));
  // Looked up by start, not found.find(…) per quote: that was quadratic in a long report.
  const listedAt = new Map<number, QuotedCampaign>();
  for (const f of found) if (f.rule === 'listed' && !listedAt.has(f.start)) listedAt.set(f.start, f);
  const added: QuotedCampaign[] = [];
  quotes.forEach((q, k) => {
    const listed = listedAt.get(q.start);
    if (!listed) return;
    for (let j = k - 1; j >= 0; j--) {
      const prev = quotes[j]!;
      const between = folded.slice(prev.closeAt + 1, quotes[j + 1]!.openAt);
      if (between !== '' && between !== '、') break;
      const stem = folded.slice(prev.start, prev.end);
      if (!/^[\u4e00-\u9fff]{2,}$/.test(stem) || stem.length > MAX_NAME) break;
      if (byOpen.has(prev.start) || byOpen.has(prev.openAt)) continue;
      added.push({ start: prev.start, end: prev.end, stem, name: stem, rule: 'listed' });
    }
  });
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}
