import type { CaseKind, Span } from '../types.ts';
import { wordBoundaries } from '../entities/segment.ts';
import { firstAtOrAfter } from '../text/spanSearch.ts';
import { occurrences, wordIndex } from '../text/occurrences.ts';

/** A word that states an enforcement or incident fact, and the kind of fact. */
export interface CaseSignal {
  kind: CaseKind;
  start: number;
  word: string;
}

// Each kind's words, with `opens`: the first two characters of every one of them (each word has two or more).
const words = (list: string) => list.split(' ');
const PATTERNS: readonly { kind: CaseKind; re: RegExp; opens: readonly string[] }[] = [
  {
    kind: 'investigation',
    // The police's words too (侦破…案, 破获案件86起, 打掉团伙23个, 抓获犯罪嫌疑人412名), and a case named by what was done and
    // 一案 (某宾馆无证经营旅行社业务一案), not a rule of handling each case (一案一策, 一案双查).
    // Goods and assets seized (查扣车辆1408台, 扣押, 查封) and funds frozen (冻结涉案银行卡4200张; not 冻结技术 or 冻结编制), and
    // fugitives persuaded back (从缅甸劝返涉诈人员213名) and people detained (行政拘留1260人, 司法拘留386人) are enforcement facts too.
    re: /立案|查处|查办|审查调查|调查处置|核查处置|移[送交][^,，。;；]{0,8}?(?:司法|检察|法院|公安)|移送纪检监察|移交纪检监察|留置|逮捕|刑事拘留|提起公诉|移送起诉|判处|拘留|侦破|破获|抓获|打掉|捣毁|查获|查扣|扣押|查封|冻结(?=[^,，。;；]{0,4}?(?:资金|账户|银行卡|资产|财产|财物|款))|劝返|(?<=[\u4e00-\u9fff])一案(?![一二三双件例卷])/g,
    opens: words(
      '立案 查处 查办 审查 调查 核查 移送 移交 留置 逮捕 刑事 提起 判处 拘留 侦破 破获 抓获 打掉 捣毁 查获 查扣 扣押 查封 冻结 劝返 一案',
    ),
  },
  {
    kind: 'discipline',
    re: /处分|问责(?!办法|条例|制度|机制)|诫勉|谈话提醒|提醒谈话|严重警告|警告处分|撤职|开除|留党察看|免职|降职|停职|撤换|组织处理|行政处理|通报批评|处理(?=\s?\d+(?:\.\d+)?(?:人|名))|追究[^,，。;；]{0,12}责任/g,
    opens: words('处分 问责 诫勉 谈话 提醒 严重 警告 撤职 开除 留党 免职 降职 停职 撤换 组织 行政 通报 处理 追究'),
  },
  {
    kind: 'recovery',
    // A fine or a confiscation (罚款8.5万元, 没收违法所得) too, not the arbitrary fines a report forbids (乱罚款).
    re: /追缴|清退|退赔|退缴|收缴|挽回|追回|收回|退还|返还|罚没|(?<!乱)罚款|没收/g,
    opens: words('追缴 清退 退赔 退缴 收缴 挽回 追回 收回 退还 返还 罚没 罚款 没收'),
  },
  // 事故隐患 (hazards) and 交通事故快处快赔 (a service) are not accidents; a death or an injury is.
  {
    kind: 'accident',
    re: /发生[^,，。;；]{0,30}(?:事故|火灾|坍塌|爆炸|泄漏)|死亡|受伤|遇难|伤亡|身亡/g,
    opens: words('发生 死亡 受伤 遇难 伤亡 身亡'),
  },
  // A court's or a procuratorate's named case (审理…受贿案, 审结…公司破产重整案, 依法起诉…诈骗案): the verb, then the case's
  // name ending in 案 — not 案件 (审结刑事案件3.1万件 counts cases of a kind), nor 案例 or 案卷.
  {
    kind: 'trial',
    re: /(?:审理|审结|审判|判决|宣判|起诉|公诉|抗诉|执行|再审)(?=[^,，。;；]{2,40}?案(?![件例卷由源款值情发]))/g,
    opens: words('审理 审结 审判 判决 宣判 起诉 公诉 抗诉 执行 再审'),
  },
];

// Every kind's opening pairs in one list, looked for in one pass over a report (text/occurrences), and the kind of each.
const OPENS = wordIndex(PATTERNS.flatMap((p) => p.opens));
const KIND_OF_OPEN = PATTERNS.flatMap((p, k) => p.opens.map(() => k));

/**
 * Where each kind's words may start in a report's folded text (PATTERNS' order), overlapping starts included: a sentence
 * part with no such start holds none of its words, and its own pass is spared. The patterns' passes over every part were
 * thousands of calls a report for the few hundred parts that hold a case word.
 */
export function caseWordStarts(folded: string): number[][] {
  const starts: number[][] = PATTERNS.map(() => []);
  occurrences(folded, OPENS).forEach((at, w) => {
    for (const i of at) starts[KIND_OF_OPEN[w]!]!.push(i);
  });
  for (const s of starts) s.sort((a, b) => a - b);
  return starts;
}

// 问责的实施意见, 查处力度, 处分条例: the word names a policy or a tool, not a fact; 伤亡率, 死亡率: a statistic about a
// rate (职工因工伤亡率逐年减少), not an incident.
const POLICY_AFTER = /^(?:的)?(?:实施意见|意见|办法|规定|条例|制度|机制|力度|工作组|工作机制|标准)|^率/;
// 事故死亡人数下降8.2%, 伤亡人数比上年减少3人: a change in the number of deaths is a statistic, as a rate is, not an incident.
const CHANGE_IN_NUMBER = /^人数(?:同比|比上年|较上年|比去年|较去年)?(?:分别)?(?:下降|减少|降低|上升|增长|增加|回落)/;
// How far around a word the text is segmented to see whether the word stands as a word of its own.
const WORD_WINDOW = 6;

/** The signal is a word of the sentence, not the end of one word and the start of the next (机遇|难得 holds no 遇难). */
function standsAsWord(folded: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WORD_WINDOW);
  const boundaries = wordBoundaries(folded.slice(from, Math.min(folded.length, end + WORD_WINDOW)));
  return boundaries.has(start - from) && boundaries.has(end - from);
}

/**
 * Case words in a span of folded text, except inside titles and quotations (《…问责办法》 states no fact). `starts`:
 * caseWordStarts of the same text (made here when not given).
 */
export function caseSignals(
  folded: string,
  span: Span,
  isMarked: (start: number, end: number) => boolean,
  starts: readonly (readonly number[])[] = caseWordStarts(folded),
): CaseSignal[] {
  let body: string | undefined;
  const out: CaseSignal[] = [];
  PATTERNS.forEach(({ kind, re }, k) => {
    const at = starts[k]!;
    const first = at[firstAtOrAfter(at, span.start)];
    // A word lies inside the span: its first two characters do.
    if (first === undefined || first + 2 > span.end) return;
    // exec on the shared pattern: matchAll would copy the expression for every sentence.
    body ??= folded.slice(span.start, span.end);
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = span.start + m.index;
      if (isMarked(start, start + m[0].length)) continue;
      if (POLICY_AFTER.test(folded.slice(start + m[0].length, start + m[0].length + 6))) continue;
      if (kind === 'accident' && m[0].length === 2 && !standsAsWord(folded, start, start + 2)) continue;
      if (kind === 'accident' && CHANGE_IN_NUMBER.test(folded.slice(start + m[0].length, start + m[0].length + 10))) continue;
      out.push({ kind, start, word: m[0] });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
