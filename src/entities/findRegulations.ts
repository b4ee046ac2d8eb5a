import type { EntityCandidate } from '../types.ts';
import { findTitleMarks, type TitleSpan } from './regulations/findTitleMarks.ts';
import { groupCitations } from './regulations/groupCitations.ts';
import { findUnquotedCitations, shortForms } from './regulations/findUnquotedCitations.ts';
import { stripTrailingNote } from './regulations/issuerPrefix.ts';
import { firstAfter } from '../text/spanSearch.ts';
import { findUnmarkedLaws } from './regulations/unmarkedLaws.ts';
import { findUnmarkedOutlines } from './regulations/unmarkedOutlines.ts';
import { findUnmarkedDatedPlans } from './regulations/unmarkedDatedPlans.ts';
import { findUnmarkedRules } from './regulations/unmarkedRules.ts';
import { findUnmarkedTitles } from './regulations/unmarkedTitles.ts';
import { findNumberedDocuments } from './regulations/numberedDocuments.ts';
import { findNamedConventions } from './regulations/namedConventions.ts';
import { findNationalPlans } from './regulations/nationalPlans.ts';
import { findQuotedTreaties } from './regulations/quotedTreaties.ts';
import { findPlaceLedTreaties } from './regulations/placeLedTreaties.ts';
import { findPartnershipAgreements } from './regulations/partnershipAgreements.ts';
import { findJointStatements } from './regulations/jointStatements.ts';
import { isPeriodicalTitle } from './regulations/periodicalTitles.ts';
import type { Segmentation } from './segment.ts';

const SOURCE = 'regulations';
const STATUS_AFTER = /^\((?:试行|暂行|(?:(?:19|20)\d{2}年)?(?:修订|修正)(?:版)?)\)/;
/**
 * 《条例》, 《实施方案》: a title this short that ends a longer title cited nearby is that document cited back (以下简称《条例》).
 * Longer short titles (《物业管理条例》 beside 《东莞市物业管理条例》) may be other documents: see shortFormOwners.
 */
const MAX_BACK_REFERENCE = 4;

/**
 * For each mark, the longer title, nearest before (else after) it, that its short title abbreviates (ends with).
 * The marks are indexed by their short endings, so that no mark scans all the others.
 */
function backReferences(keys: string[]): (number | undefined)[] {
  const byEnding = new Map<string, number[]>();
  keys.forEach((key, j) => {
    for (let n = 0; n <= MAX_BACK_REFERENCE && n < key.length; n++) {
      const ending = key.slice(key.length - n);
      const ids = byEnding.get(ending);
      if (ids) ids.push(j);
      else byEnding.set(ending, [j]);
    }
  });
  return keys.map((key, i) => {
    if (key.length > MAX_BACK_REFERENCE) return undefined;
    const ids = byEnding.get(key);
    if (!ids) return undefined;
    const after = firstAfter(ids, i);
    return after > 0 && ids[after - 1]! < i ? ids[after - 1] : ids[after];
  });
}

/**
 * Titles that are a short form of another quoted title (《基层正风反腐三年行动实施方案》 for 《东莞市基层正风反腐三年行动
 * 实施方案(2018-2020年)》): short form → the longer title's canonical name, when only one title has that short form.
 */
function shortFormOwners(keys: string[], canonicalOf: Map<string, string>): Map<string, string> {
  const owner = new Map<string, string | null>();
  for (const key of new Set(keys)) {
    // 《物业管理条例》 beside 《东莞市物业管理条例》 may well be the national rule the local one implements; a title
    // with its years or status dropped, or the party's own rule without 中国共产党, is the same document.
    if (stripTrailingNote(key) === key && !/^(?:中国共产党|中华人民共和国)/.test(key)) continue;
    const canonical = canonicalOf.get(key)!;
    for (const form of shortForms(key)) {
      if (form === key) continue;
      const prev = owner.get(form);
      owner.set(form, prev === undefined || prev === canonical ? canonical : null);
    }
  }
  return new Map([...owner].filter((e): e is [string, string] => e[1] !== null));
}

/**
 * The name a title is grouped by: folded (simplified, half-width), without the spaces a line break or layout left in
 * it, and with a title cited inside it marked 〈…〉 however the report marked it (《…《X》…》, 《…<X>…》).
 */
function titleKey(folded: string, start: number, end: number): string {
  return folded.slice(start, end).replace(/\s+/g, '').replace(/[《<]/g, '〈').replace(/[》>]/g, '〉');
}

/**
 * Every named document: each title in 《…》 (the text inside the marks, nested 〈…〉 kept as written) and each title cited
 * inside another, one candidate each; citations of one document with small differences share the longest citation as
 * canonical name, and so does a short title citing back a longer one (《条例》 after 《中国共产党纪律处分条例》, 《纪律处分条例》);
 * running-text citations of a quoted title (without its place prefix or its years) become its aliases. A newspaper or a
 * journal in marks (《人民日报》) is read as the organization it is.
 */
export function findRegulations(
  text: string,
  folded: string,
  marks: TitleSpan[] = findTitleMarks(folded),
  seg?: Segmentation,
): EntityCandidate[] {
  const keys = marks.map((m) => titleKey(folded, m.start, m.end));
  const canonicalOf = groupCitations(keys);
  const owners = shortFormOwners(keys, canonicalOf);
  const fulls = backReferences(keys);
  const finalName = keys.map((key, i) => {
    const full = fulls[i];
    return canonicalOf.get(keys[full ?? i]!) === key ? (owners.get(key) ?? key) : canonicalOf.get(keys[full ?? i]!)!;
  });
  const candidates: EntityCandidate[] = marks.map((m, i) => {
    const surface = text.slice(m.start, m.end);
    const canonical = finalName[i]!;
    return {
      type: isPeriodicalTitle(keys[i]!) ? 'organization' : 'regulation',
      start: m.start,
      end: m.end,
      surface,
      ...(canonical !== surface ? { canonical } : {}),
      score: m.depth === 0 ? 0.95 : 0.9,
      source: SOURCE,
    };
  });
  const covered = marks.filter((m) => m.depth === 0).map((m) => ({ start: m.start - 1, end: m.end + 1 }));
  const byTitle = new Map<string, string>();
  keys.forEach((k, i) => byTitle.has(k) || byTitle.set(k, finalName[i]!));
  for (const c of findUnquotedCitations(folded, byTitle, covered)) {
    const surface = text.slice(c.start, c.end);
    candidates.push({
      type: 'regulation',
      start: c.start,
      end: c.end,
      surface,
      ...(c.canonical !== surface ? { canonical: c.canonical } : {}),
      score: 0.8,
      source: SOURCE,
    });
  }
  // Titles, rules, laws and plan outlines the text names without marks (出台关于…的指导意见, 执行信访工作条例, 遵守宪法和法律, 贯彻落实教育改革和发展规划纲要), and treaties it
  // names in quotation marks (“不扩散核武器条约”), where no citation was read.
  if (seg) {
    // A title followed by its document number is read first: it carries its issuer (…人民政府关于…的通知（…〔2024〕8号）).
    const numbered = findNumberedDocuments(seg, folded, candidates);
    const titles = [...numbered, ...findUnmarkedTitles(seg, folded, [...candidates, ...numbered])];
    const rules = findUnmarkedRules(seg, folded, [...candidates, ...titles]);
    const laws = findUnmarkedLaws(seg, folded, [...candidates, ...titles, ...rules]);
    // 贯彻土地管理法和基本农田保护条例: a rule listed after a law read without marks is cited by the law's verb.
    const listedRules = laws.length ? findUnmarkedRules(seg, folded, [...candidates, ...titles, ...rules, ...laws]) : [];
    const outlines = findUnmarkedOutlines(seg, folded, candidates);
    const read = [...candidates, ...titles, ...rules, ...laws, ...listedRules, ...outlines];
    const plans = findUnmarkedDatedPlans(seg, folded, read);
    const national = findNationalPlans(seg, folded, [...read, ...plans]);
    const unmarked = [...titles, ...rules, ...laws, ...listedRules, ...outlines, ...plans, ...national];
    const quoted = findQuotedTreaties(folded, [...candidates, ...unmarked]);
    const treaties = findPlaceLedTreaties(seg, folded, [...candidates, ...unmarked, ...quoted]);
    const partnerships = findPartnershipAgreements(seg, folded, [...candidates, ...unmarked, ...quoted, ...treaties]);
    const conventions = findNamedConventions(seg, folded, [...candidates, ...unmarked, ...quoted, ...treaties, ...partnerships]);
    const joint = findJointStatements(seg, folded, [...candidates, ...unmarked, ...quoted, ...treaties, ...partnerships, ...conventions]);
    for (const c of [...unmarked, ...quoted, ...treaties, ...partnerships, ...conventions, ...joint]) {
      // A rule's status or revision written after it is part of its name, as inside title marks (…责任追究办法（试行）).
      const end = c.end + (STATUS_AFTER.exec(folded.slice(c.end, c.end + 12))?.[0].length ?? 0);
      const surface = text.slice(c.start, end);
      const name = folded.slice(c.start, end);
      candidates.push({
        type: 'regulation',
        start: c.start,
        end,
        surface,
        ...(name !== surface ? { canonical: name } : {}),
        score: 0.75,
        source: SOURCE,
      });
    }
  }
  return candidates.sort((a, b) => a.start - b.start || b.end - a.end);
}
