import type { Span } from '../../types.ts';
import { chineseNumeral } from '../../text/chineseNumeral.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { segment } from '../segment.ts';

/** A mention of one of the state's five-year plans, with the one name all its forms take. */
export interface FiveYearPlan extends Span {
  name: string;
  /** The short form (六五, 十一五) the plan is known by; none for a field's own plan (军队建设“十四五”规划). */
  stem?: string;
}

// The plan spelled out: 第六个五年计划, 第十一个五年规划 (個 is folded to 个 before matching).
const SPELLED = /第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)/g;
// Its short form, the plan's number and 五: quoted (“六五”, “十一五”规划, “十二五”时期), or unquoted before the words that make
// it the plan or its period (十一五规划, 十二五期间), where no numeral runs into it from the left (二十五计划 is a count).
const QUOTED = /[“"「]([一二三四五六七八九十]{1,3}五)[”"」]/g;
const BARE = /(?<![一二三四五六七八九十百千第])([一二三四五六七八九十]{1,3}五)(?=计划|规划|时期|期间)/g;

// The five-year cycles of legal publicity since 1986 (“一五”普法 … “八五”普法, 2021–2025), numbered apart from the state's
// plans (“八五”普法 runs with “十四五”): “八五”普法, 八五普法, “七五”普法规划 name the cycle, not the eighth economic plan.
const LEGAL_PUBLICITY = /(?<![一二三四五六七八九十百千第])[“"「]?([一二三四五六七八九]五)[”"」]?普法(?:规划)?/g;

const PERIOD_BEFORE = /[“"「]([一二三四五六七八九十]{1,3})五[”"」]$/;

/** Where the quoted plan period ending at `end` opens (实施|“十四五”|县域商业体系建设行动), if one does. */
export function periodQuoteOpening(folded: string, end: number): number | undefined {
  const m = PERIOD_BEFORE.exec(folded.slice(Math.max(0, end - 6), end));
  const n = m ? chineseNumeral(m[1]!) : null;
  return n !== null && n >= 1 && n <= 19 ? end - m![0].length : undefined;
}

/**
 * The five-year plans (the reports' convention makes them campaigns): 第六个五年计划, “六五”计划, “六五”, 六五期间 are one
 * plan, named “六五”计划 — 计划 up to the tenth, 规划 from the eleventh (“十一五”规划), as the state called them — whichever
 * form a report writes, so that every report's mentions meet in one entity. A plan's number runs from 一 to 十九;
 * nothing inside a document's title (excluded) is read. The cycles of legal publicity (“八五”普法) are read here too, named
 * “八五”普法 in every form, so that no plan is read in them, and so are a field's own plans (军队建设“十四五”规划), named whole.
 */
export function findFiveYearPlans(folded: string, excluded: readonly Span[]): FiveYearPlan[] {
  const cover = SpanCover.lazy(folded.length, [...excluded]);
  const out: FiveYearPlan[] = [];
  const add = (start: number, end: number, numeral: string) => {
    const n = chineseNumeral(numeral);
    if (n === null || n < 1 || n > 19 || cover.overlaps({ start, end })) return;
    const stem = `${numeral}五`;
    out.push({ start, end, stem, name: `“${stem}”${n <= 10 ? '计划' : '规划'}` });
    cover.add({ start, end });
  };
  for (const m of folded.matchAll(LEGAL_PUBLICITY)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (cover.overlaps({ start, end })) continue;
    out.push({ start, end, stem: m[1]!, name: `“${m[1]!}”普法` });
    cover.add({ start, end });
  }
  for (const m of folded.matchAll(SPELLED)) add(m.index!, m.index! + m[0].length, m[1]!);
  for (const m of folded.matchAll(QUOTED)) {
    // “六五”计划 and “十一五”规划 are read with their head; “十一五”时期 names the plan by its short form alone.
    const head = /^(计划|规划)/.exec(folded.slice(m.index! + m[0].length))?.[0] ?? '';
    // 军队建设“十四五”规划: a field's own plan, named whole, no mention of the state's.
    const field = head ? fieldStart(folded, m.index!) : undefined;
    if (field !== undefined) {
      const end = m.index! + m[0].length + head.length;
      if (!cover.overlaps({ start: field, end })) out.push({ start: field, end, name: folded.slice(field, end) });
      cover.add({ start: field, end });
      continue;
    }
    add(m.index!, m.index! + m[0].length + head.length, m[1]!.slice(0, -1));
  }
  for (const m of folded.matchAll(BARE)) {
    const head = /^(计划|规划)/.exec(folded.slice(m.index! + m[0].length))?.[0] ?? '';
    add(m.index!, m.index! + m[0].length + head.length, m[1]!.slice(0, -1));
  }
  return out.sort((a, b) => a.start - b.start);
}

// The work a field's own plan is named by, written right before the plan's period (军队建设“十四五”规划, 西部大开发“十三五”
// 规划): a noun's work, not a verb acting on the state's plan (加快发展, 实施).
const FIELD_WORK = /^(?:建设|开发|发展)$/;
const FIELD_BEFORE_TAGS = /^(?:n|nz|ns|f|a|j)$/;
// The words of the state's plan's own title (国民经济和社会发展第十三个五年规划): its plan, not a field's.
const STATE_PLAN_FIELD = /^(?:经济|社会)$/;

/**
 * Where the field whose work is written right before the quoted period at `at` starts (军队|建设, 西部|大|开发): the plan is
 * that field's, not the state's. Undefined where a verb acts on the state's plan (加快发展, 实施).
 */
function fieldStart(folded: string, at: number): number | undefined {
  const from = Math.max(0, at - 10);
  const tokens = segment(folded.slice(from, at)).tokens;
  const work = tokens.length - 1;
  if (work < 1 || !FIELD_WORK.test(tokens[work]!.word)) return undefined;
  let k = work;
  while (k > 0 && work - k < 3 && FIELD_BEFORE_TAGS.test(tokens[k - 1]!.tag)) k--;
  if (k === work || STATE_PLAN_FIELD.test(tokens[work - 1]!.word)) return undefined;
  return from + tokens[k]!.start;
}
