import { isDateLine, toIsoDate } from '../read/toIsoDate.ts';
import type { Span } from '../types.ts';
import { findSignature } from '../text/signature.ts';

// Reports published on inspection websites often lose their heading and keep only the body and the signature.
// What they are is still written in them: the opening sentence says who inspected whom, the last lines are the
// signing body and the date. All matching runs on the folded lines (simplified, half-width) so that traditional and
// full-width reports read the same; what is returned is sliced from the lines as written.

export interface InferredMeta {
  title?: string;
  issuer?: string;
  date?: string;
  /** The date the website says it posted the page (from a removed chrome line): weaker than the report's own date. */
  postedDate?: string;
  /** How the title was found: its own first line, or composed from the inspection sentence and issuer. */
  titleFrom?: 'line' | 'composed';
}

const SENTENCE_PUNCT = /[。；;！？!?，,：:]/;
const DOC_KIND = /(通报|报告|公告|通知|情况|决定|意见|说明|公开)$/;
// Bodies that sign reports: party committees and their organs, governments and their departments, companies, schools.
const BODY_SUFFIX =
  /(委|委员会|党组|党委|党工委|党总支|党支部|政府|办公室|办公厅|厅|局|部|院|署|会|公司|集团|大学|学院|学校|中心|巡视组|巡察组|工委|纪委|监委|管委会|指挥部|合作社|联合社|联社|供销社)$/;

/** A line that names a body and nothing else: 中共东莞市委, 中共上海市徐汇区委员会, 某某局党组. */
export function isBodyName(line: string): boolean {
  const s = line.trim();
  return (
    s.length >= 3 && s.length <= 40 && !SENTENCE_PUNCT.test(s) && !/\d/.test(s) && (BODY_SUFFIX.test(s) || /^(中共|中国共产党)/.test(s))
  );
}

/**
 * A report's own heading line: 中共…关于…的通报, 关于…情况的报告. The report's first line needs only to be shaped as a
 * heading and end on a kind of document (宁海县人民检察院工作报告, 2023年金华市国民经济和社会发展情况, …统计公报): a body's
 * work report names no 关于 and no inspection.
 */
export function isTitleLine(line: string, first = false): boolean {
  // A trailing note in brackets is not part of the test: …的通报（全文）, …的报告(摘要).
  const s = line.trim().replace(/[(（][^()（）]{1,8}[)）]$/, '');
  if (s.length < 6 || s.length > 100 || SENTENCE_PUNCT.test(s.replace(/[“”"]/g, ''))) return false;
  if (/^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十\d]+[)）]|^\d+[.．、]/.test(s)) return false;
  if (first && s.length <= 60 && FIRST_LINE_KIND.test(s)) return true;
  return DOC_KIND.test(s) && (/关于/.test(s) || /^(中共|中国共产党)/.test(s) || /巡视|巡察|整改/.test(s));
}

// A summary, survey or yearbook entry is titled by its kind too (…2023年年度报告摘要, …2023年卫生健康事业发展概况), and so
// are a statistics office's and a price bureau's analyses and readings (…2024年3月主要商品价格监测分析, …主要指标解读).
const FIRST_LINE_KIND =
  /(通报|报告|公报|公告|通告|通知|情况|决定|意见|说明|总结|汇报|纪要|摘要|概况|综述|简报|快报|年报|月报|季报|年鉴|白皮书|分析|简析|解读|工作(?:打算|计划|要点|思路|安排))$/;
// A body's work report names its body before the kind (2024年黄桥镇人民政府工作报告, 宁海县人民检察院工作报告).
// A summary may run on into next year's plan (…局2023年工作总结和2024年工作打算), or be the plan alone (…2024年工作要点).
const BODY_BEFORE_KIND =
  /^(?:\d{4}年(?:度)?)?(.{3,40}?)(?:\d{4}年(?:度)?)?(?:工作报告|工作总结(?:[和及暨](?:\d{4}年(?:度)?)?工作(?:打算|计划|思路|安排|要点))?|工作情况报告|工作(?:打算|计划|要点|思路|安排)|报告)$/;

// A body, the year, then what the report covers (…人民政府2023年政府信息公开工作年度报告, …局2023年法治政府建设情况报告).
const BODY_YEAR_TOPIC_KIND = /^(.{3,40}?)\d{4}年(?:度)?[^\d]{2,20}?(?:报告|总结|公报)$/;

/** The heading at the top of the report, if it has one (possibly split as body name / 关于… on two lines). */
function findTitleLine(lines: string[], folded: string[]): string | undefined {
  // A posting date the site printed above the heading does not hide it.
  let i = 0;
  while (i < lines.length - 1 && i < 2 && isDateLine(folded[i].replace(/\s*\d{1,2}:\d{2}(:\d{2})?$/, ''))) i++;
  if (i >= lines.length) return undefined;
  // Only date lines stand above it: this is the report's first line.
  if (isTitleLine(folded[i], true)) return lines[i];
  if (i + 1 < lines.length && isBodyName(folded[i]) && /^关于/.test(folded[i + 1]) && isTitleLine(folded[i + 1]))
    return lines[i] + lines[i + 1];
  return undefined;
}

interface Inspection {
  /** 中央, 省委, 市委, 县委 …, or the round when the report names it (十二届市委第二轮). */
  inspector: string;
  kind: '巡视' | '巡察';
  /** The inspected place or body as written, e.g. 东莞市. */
  target: string;
  /** Offsets of `target` in the folded opening text. */
  start: number;
}

const INSPECTOR = '(中央|省委|自治区党委|市委|州委|盟委|区委|县委|旗委)';
const TEAM = `${INSPECTOR}(?:第[一二三四五六七八九十\\d]+)?(?:专项|机动)?(巡视|巡察)组`;
const TARGET = '(?:中共)?([^,，。、；;“”()（）\\s]{2,30}?(?:党委|党组|党工委)?)(?:领导班子)?';
// "…巡视组(于…至…)对东莞市进行了(为期两个月的)巡视" and "…巡视组进驻东莞市开展(常规)巡视".
const INSPECTIONS = [
  new RegExp(`${TEAM}[^。]{0,60}?对${TARGET}(?:进行了|开展了|进行|开展)[^。,，；]{0,16}?(?:巡视|巡察)`, 'd'),
  new RegExp(`${TEAM}[^。]{0,60}?进驻${TARGET}(?:进行了|开展了|进行|开展)[^。,，；]{0,16}?(?:巡视|巡察)`, 'd'),
];
// The round as the report names it: 十二届市委第二轮巡视.
const ROUND = new RegExp(`((?:[一二三四五六七八九十]+届)?${INSPECTOR}第[一二三四五六七八九十\\d]+轮)(?:巡视|巡察)`);

function findInspection(opening: string): Inspection | undefined {
  for (const re of INSPECTIONS) {
    const m = re.exec(opening);
    if (!m?.indices?.[3]) continue;
    const round = ROUND.exec(opening);
    const inspector = round && round[2] === m[1] ? round[1] : m[1];
    return { inspector, kind: m[2] as '巡视' | '巡察', target: m[3], start: m.indices[3][0] };
  }
  return undefined;
}

/** The party committee that answers for an inspected place: 东莞市 → 中共东莞市委, 某某镇 → 中共某某镇委员会. */
function committeeOf(target: string): string {
  const name = target.replace(/^(中共|中国共产党)/, '');
  if (/(委|委员会|党组|党委|党工委|党总支|党支部)$/.test(name)) return `中共${name}`;
  if (/(自治区|自治州|自治县|镇|乡|街道)$/.test(name)) return `中共${name}委员会`;
  if (/(省|市|县|区|州|盟|旗)$/.test(name)) return `中共${name}委`;
  return `${name}党委`;
}

/** The signing body and date (findSignature's), the body only where the line names one. */
function signatureMeta(lines: string[], folded: string[]): { issuer?: string; date?: string } {
  const signature = findSignature(
    folded.map((l) => l.trim()),
    lines,
  );
  if (!signature) return {};
  return { date: signature.date, issuer: signature.signer && isBodyName(signature.signer) ? signature.signer : undefined };
}

// A report read to a congress or plenum says whom it speaks for and what it reports, and has no heading of its own:
// 现在，我代表国务院，向大会作政府工作报告; 我代表国务院向第一届全国人民代表大会第五次会议，提出关于…的报告;
// 我受国务院的委托，现在向大会提出关于…的报告; 我代表最高人民法院，向大会报告工作.
const SPEAKER =
  /(?:我代表|我受)([^，,。：:；\s]{2,30}?)(?:的)?(?:委托)?[，,]?(?:现在)?[，,]?(?:向[^，,。；]{1,30}?[，,]?)?(作|提出|报告)([^。]{0,90})/;

/**
 * The body a speech report speaks for and the title it goes by (政府工作报告, 关于…计划的报告, 最高人民法院工作报告), as
 * offsets into the opening (a title read from the text is sliced from the text as written).
 */
function findSpeaker(opening: string): { issuer: Span; title: Span | string } | undefined {
  const m = SPEAKER.exec(opening);
  if (!m || !isBodyName(m[1]!)) return undefined;
  const [whole, body, verb, rest] = m as unknown as [string, string, string, string];
  const issuer = { start: m.index + whole.indexOf(body), end: m.index + whole.indexOf(body) + body.length };
  const about = /^关于[^，,。；]{2,60}?的报告/.exec(rest);
  const restAt = m.index + whole.length - rest.length;
  if (about && verb !== '报告') return { issuer, title: { start: restAt, end: restAt + about[0].length } };
  const work = verb === '报告' ? /^([^，,。；]{0,16}?)工作/.exec(rest) : /^([^，,。；]{0,16}?)工作报告/.exec(rest);
  if (!work) return undefined;
  // The State Council is the government: what it reports is the government work report (政府工作报告).
  return { issuer, title: /政府$/.test(work[1]!) || /(国务院|政府)$/.test(body) ? '政府工作报告' : `${body}工作报告` };
}

// A report read to a meeting is dated by the line under its heading that says when and where it was delivered:
// ——2024年1月10日在安溪县第十八届人民代表大会第四次会议上. The year it covers (2023 in its title or file) is not its date.
const DATELINE = /^(?:[—–-]{1,2}\s*)?(.{8,24}?日)\s*在[^。；;]{2,60}?上(?:的(?:工作)?(?:报告|讲话))?$/;

// A report a department's head reads to a congress names its reader under the dateline, with the post that says which body
// reports: 南充市审计局局长　罗文彬, 潍坊市中级人民法院院长　王某 (受市人民政府委托，我向…报告 names only whom it speaks for).
const BYLINE =
  /^(.{3,40}?)(?:常务)?副?(?:局长|厅长|院长|检察长|审计长|主任|部长|署长|关长|行长|主席|会长|省长|市长|县长|区长|旗长|州长|镇长|乡长|书记)[\s\u3000]+[\u4e00-\u9fa5·]{2,6}$/;

/** The body whose head signs the report under its heading, from the first lines. */
function findBylineBody(lines: string[], folded: string[]): string | undefined {
  for (let i = 0; i < Math.min(lines.length, 5); i++) {
    const m = BYLINE.exec(folded[i]!.trim());
    if (m && isBodyName(m[1]!)) return lines[i]!.trim().slice(0, m[1]!.length);
  }
  return undefined;
}

/** A date printed under the heading, as official documents do: （2018年11月26日）, or the dateline of a delivered report. */
function findHeadingDate(folded: string[]): string | undefined {
  for (const line of folded.slice(0, 4)) {
    const s = line.trim().replace(/^[(（]|[)）]$/g, '');
    if (isDateLine(s)) return toIsoDate(s);
    const delivered = DATELINE.exec(s)?.[1];
    if (delivered && isDateLine(delivered)) return toIsoDate(delivered);
  }
  return undefined;
}

/** The posting date a site printed in a removed chrome line (发布时间：2018-11-26). */
function findPostingDate(removed: string[]): string | undefined {
  for (const line of removed) {
    if (/(发布|时间|日期)/.test(line)) {
      const d = toIsoDate(line);
      if (d) return d;
    }
  }
  return undefined;
}

/**
 * Title, issuer and date from the text itself. `text` and `folded` are the normalized report and its fold (same length);
 * `removed` are the chrome lines taken out of it.
 */
export function inferReportMeta(text: string, folded: string, removed: string[] = []): InferredMeta {
  const lines = text.split('\n');
  const foldedLines = folded.split('\n');
  const out: InferredMeta = {};

  const signature = signatureMeta(lines, foldedLines);
  const titleLine = findTitleLine(lines, foldedLines);
  // The first reading of the title that names a body: before 关于, before the kind of report, or before the year.
  const titleIssuer = titleLine
    ? [/^(.{3,40}?)关于/, BODY_BEFORE_KIND, BODY_YEAR_TOPIC_KIND].map((re) => re.exec(titleLine)?.[1]).find((b) => b && isBodyName(b))
    : undefined;
  const openingLength = Math.min(folded.length, 1000); // the heading block and the first paragraph
  const inspection = findInspection(folded.slice(0, openingLength));

  out.issuer = signature.issuer ?? (titleIssuer && isBodyName(titleIssuer) ? titleIssuer : undefined);
  if (!out.issuer && inspection) {
    out.issuer = committeeOf(text.slice(inspection.start, inspection.start + inspection.target.length));
  }
  const speaker = inspection ? undefined : findSpeaker(folded.slice(0, openingLength));
  if (!out.issuer && speaker) out.issuer = text.slice(speaker.issuer.start, speaker.issuer.end);
  if (!out.issuer) out.issuer = findBylineBody(lines, foldedLines);
  out.date = signature.date ?? findHeadingDate(foldedLines);
  out.postedDate = findPostingDate(removed);

  if (titleLine) {
    out.title = titleLine;
    out.titleFrom = 'line';
  } else if (out.issuer && (inspection || (!speaker && /巡视|巡察/.test(folded)))) {
    const kind = inspection?.kind ?? (/巡察/.test(folded) && !/巡视/.test(folded) ? '巡察' : '巡视');
    out.title = `${out.issuer}关于${inspection?.inspector ?? ''}${kind}整改进展情况的通报`;
    out.titleFrom = 'composed';
  } else if (speaker) {
    // Sliced from the text, a title is as written ('line'); composed, it is in simplified words ('composed').
    const { title } = speaker;
    out.title = typeof title === 'string' ? title : text.slice(title.start, title.end);
    out.titleFrom = typeof title === 'string' ? 'composed' : 'line';
  }
  return out;
}
