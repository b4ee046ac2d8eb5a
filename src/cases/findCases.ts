import type { Case, CaseKind, Figure, MentionedDocument, ReportMention, Span } from '../types.ts';
import { groupBySpan, insideAny, withinAny } from '../text/spanSearch.ts';
import { clausesOf, semicolonParts } from '../text/clauses.ts';
import { canLink } from '../document/reportMentions.ts';
import { clauseSubject } from '../document/clauseSubject.ts';
import { caseSignals, caseWordStarts } from './caseSignals.ts';

const RATE_UNIT = /^(?:%|％|‰|个百分点|倍|成)$/;
// A summary longer than this is cut at a clause boundary.
const MAX_SUMMARY = 100;

/**
 * Enforcement and incident facts the report states: investigations (立案, 查处), discipline (给予…处分, 问责, 诫勉谈话),
 * money recovered or refunded (追缴, 清退), accidents (事故, 死亡) and the named cases a court tried (审理…受贿案). One case per sentence, or per part of a sentence
 * when ； joins separate facts. A fact needs substance: a figure (how many cases, people, yuan) or a named place;
 * a sentence that only promises to 严肃查处 is a policy, not a case.
 */
export function findCases(doc: MentionedDocument, figures: readonly Figure[]): Case[] {
  const { report, structure, folded, sentences, mentions } = doc;
  const marked = [...doc.titles, ...doc.quotes].sort((a, b) => a.start - b.start);
  const inHeading = withinAny(structure.sections.map((s) => ({ start: s.headingStart, end: s.headingEnd })));
  const figsBySentence = groupBySpan(sentences, figures);
  const mentionsBySentence = groupBySpan(sentences, mentions);
  const cases: Case[] = [];
  const wordStarts = caseWordStarts(folded);

  sentences.forEach((sentence, k) => {
    if (inHeading(sentence)) return;
    const parts = semicolonParts(folded, sentence);
    // Most sentences state no case: their signals are read first, and a sentence without any is not read further.
    const signalsOf = parts.map((part) => caseSignals(folded, part, (s, e) => insideAny(marked, s, e), wordStarts));
    if (signalsOf.every((signals) => !signals.length)) return;
    // A part without names of its own happened to the sentence's subject (市纪委监委…立案4件;给予处分3人).
    let subject: ReportMention[] = [];
    for (const [p, part] of parts.entries()) {
      const inPart = mentionsBySentence[k]!.filter((m) => m.start >= part.start && m.end <= part.end);
      for (const clause of clausesOf(folded, part)) {
        const opener = clauseSubject(
          folded,
          clause,
          inPart.filter((m) => m.start >= clause.start && m.end <= clause.end),
        );
        if (opener.length) {
          subject = opener;
          break;
        }
      }
      const signals = signalsOf[p]!;
      if (!signals.length) continue;
      const kinds = [...new Set(signals.map((s) => s.kind))].sort(byKindOrder);
      const figs = figsBySentence[k]!.filter((f) => f.start >= part.start && f.end <= part.end);
      const own = inPart.filter((m) => canLink(m));
      const names = own.length ? own : subject;
      const places = names.filter((m) => m.entity.type === 'place');
      // An accident without a figure is a case where the report names where or whom it hit (天津港…爆炸); without any
      // name it is a general remark (人身伤亡和重大设备事故时有发生).
      // A share or a change (重特大事故下降16.9%) is a statistic; a fact counts cases, people or money.
      const counts = figs.filter((f) => !RATE_UNIT.test(f.unit));
      // A part whose every figure is a target (力争破获…1500起, 力争…下降5%) states a plan, not a fact, whatever it names.
      if (figs.length && figs.every((f) => f.status === 'target')) continue;
      // So is a named case a court tried (审理贵州省政协原副主席李再勇受贿案): the parties it names make it one; and so is
      // discipline given to a named person (原二级调研员张建华…被给予党内严重警告处分), which no policy names.
      const named =
        ((kinds.includes('accident') || kinds.includes('trial')) && names.length) ||
        (kinds.includes('discipline') && names.some((m) => m.entity.type === 'person'));
      if (!counts.length && !places.length && !named) continue;
      const summary = summarize(
        report.text,
        folded,
        part,
        signals.map((s) => s.start),
        figs,
        names,
      );
      const where = [...new Set(names.map((m) => m.entity.id))];
      cases.push({
        id: `${report.id}-c${cases.length + 1}`,
        report: report.id,
        kinds,
        summary,
        ...doc.locate(part.start),
        entities: where,
        figures: figs.map((f) => f.id),
        start: part.start,
        end: part.end,
      });
    }
  });
  return cases;
}

const KIND_ORDER: readonly CaseKind[] = ['investigation', 'discipline', 'recovery', 'accident', 'trial'];
const byKindOrder = (a: CaseKind, b: CaseKind) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b);

/**
 * What happened, in the report's words: the part from the first clause that says something (a signal, a figure or a
 * name) to its end, leading adverbials (此外, 2018年以来) dropped, cut at a clause boundary when long.
 */
function summarize(text: string, folded: string, part: Span, signalStarts: number[], figs: Figure[], names: ReportMention[]): string {
  const points = [...signalStarts, ...figs.map((f) => f.start), ...names.map((m) => m.start)];
  const clauses = clausesOf(folded, part);
  const first = clauses.find((c) => points.some((p) => p >= c.start && p < c.end)) ?? clauses[0]!;
  let end = part.end;
  for (const c of clauses) {
    if (c.start <= first.start) continue;
    if (c.end - first.start > MAX_SUMMARY) {
      end = c.start - 1;
      break;
    }
  }
  // A report cut off mid-sentence leaves a dangling comma or bracket; the summary does not show it.
  return text
    .slice(first.start, end)
    .trim()
    .replace(/[。.!！?？,，;；:：、(（\s]+$/, '');
}
