import type { Figure, ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';
import { clauseSubject } from '../document/clauseSubject.ts';
import type { FigureLink } from './figureEntities.ts';
import { hasListJoiner, isListJoiner } from '../text/listJoiners.ts';

const BOUND_OF_CLASS = /^(?:及以上|以上|以下|以内)的?[\u4e00-\u9fff](?<![和及与])/;

/**
 * 秀洲区、平湖市债务率分别下降6.2个百分点和4.8个百分点: with 分别, as many names as figures pair up in order, each figure
 * about its own name only. The names are the coordinated run (A、B / A和B) closest before 分别 in its clause; the figures
 * those after 分别 in the same clause, or else in the rest of the sentence. A member may be names written one inside the
 * other (岚山区巨峰镇、五莲县松柏镇分别建成…2处、3处: the district and its town are one member).
 */
export function linkRespectively(
  folded: string,
  sentence: Span,
  clauses: readonly Span[],
  mentions: readonly ReportMention[],
  figures: readonly Figure[],
  out: Map<string, FigureLink[]>,
): void {
  const body = folded.slice(sentence.start, sentence.end);
  // 对日本、韩国进出口分别完成…、…，分别增长3.2%、6.8%: a later 分别 whose clause names nobody goes on with the names before.
  let previous: ReportMention[][] = [];
  let lastPaired: Figure | undefined;
  for (let at = body.indexOf('分别'); at >= 0; at = body.indexOf('分别', at + 2)) {
    const word = sentence.start + at;
    const clause = clauses.find((c) => c.start <= word && word < c.end)!;
    const before = mentions.filter((m) => m.start >= clause.start && m.end <= word);
    const own = before.length ? coordinatedBefore(folded, before) : listClosing(folded, clauses, clause, mentions);
    const names = own.length >= 2 ? own : before.length === 0 ? previous : writtenItems(folded, clause, word, before);
    if (names.length < 2) continue;
    // 分别建成500亩以上粮食生产示范片5个和3个: a bound that sets apart what is counted is no member's figure.
    const after = figures.filter((f) => f.start > word && !BOUND_OF_CLASS.test(folded.slice(f.end, f.end + 4)));
    const inClause = after.filter((f) => f.start < clause.end);
    const paired = inClause.length === names.length ? inClause : after.length === names.length && names === own ? after : null;
    paired?.forEach((f, i) =>
      out.set(
        f.id,
        names[i]!.map((m) => ({ entityId: m.entity.id, mention: m })),
      ),
    );
    if (paired) previous = names;
    if (paired) lastPaired = paired[paired.length - 1]!;
  }
  if (lastPaired) pairLaterLists(folded, clauses, mentions, figures, previous, lastPaired, sentence.end, out);
}

/**
 * 黄陂镇、小布镇分别追缴…8.6万元和5.2万元，取消…低保对象37户、21户: a later clause of the sentence that names nobody and lists
 * as many figures as the names 分别 paired, nothing but a joiner between them, goes on pairing them in order.
 */
function pairLaterLists(
  folded: string,
  clauses: readonly Span[],
  mentions: readonly ReportMention[],
  figures: readonly Figure[],
  names: readonly ReportMention[][],
  last: Figure,
  end: number,
  out: Map<string, FigureLink[]>,
): void {
  for (const clause of clauses) {
    if (clause.start < last.end || clause.start >= end) continue;
    if (mentions.some((m) => m.start >= clause.start && m.end <= clause.end)) return;
    const here = figures.filter((f) => f.start >= clause.start && f.start < clause.end);
    if (here.length !== names.length) continue;
    if (!here.every((f, i) => i === 0 || isListJoiner(folded.slice(here[i - 1]!.end, f.start)))) continue;
    here.forEach((f, i) =>
      out.set(
        f.id,
        names[i]!.map((m) => ({ entityId: m.entity.id, mention: m })),
      ),
    );
  }
}

// The items of a list written before 分别: what stands between the clause's opening words and 分别, cut at 、/和/与/及.

/**
 * 开封府、龙亭景区、万岁山武侠城分别接待游客186万人次、152万人次和238万人次 with only 龙亭景区 read: the members written before
 * 分别, read or not, each holding the names read inside it (none for a member not read), so that a figure goes to its own
 * member only. None where a member holds a clause's verb or the list is not one of names (县文旅局组织景区开展促销，分别…).
 */
function writtenItems(folded: string, clause: Span, word: number, before: readonly ReportMention[]): ReportMention[][] {
  const from = before[0]!.start;
  // The list opens the clause (after its leading words) with a name read or a member of it.
  if (!/^(?:其中|同时|全年|今年)?$/.test(folded.slice(clause.start, from)) && !hasListJoiner(folded.slice(clause.start, from))) return [];
  const text = folded.slice(clause.start, word);
  const items: Span[] = [];
  let start = clause.start;
  for (let i = 0; i < text.length; i++) {
    if (!isListJoiner(text[i]!)) continue;
    items.push({ start, end: clause.start + i });
    start = clause.start + i + 1;
  }
  items.push({ start, end: word });
  // Every member a short name (no clause inside it, no 的: 交通部直属的内河和沿海运输企业的货物周转量 is one thing's), each read
  // name inside one member.
  const short = (it: Span) => it.end - it.start >= 2 && it.end - it.start <= 16 && !folded.slice(it.start, it.end).includes('的');
  if (items.length < 2 || !items.every(short)) return [];
  if (before.some((m) => !canLink(m) || m.listExample || !items.some((it) => m.start >= it.start && m.end <= it.end))) return [];
  return items.map((it) => before.filter((m) => m.start >= it.start && m.end <= it.end));
}

/**
 * 前三位的企业为A、B和C，分别缴纳税收…: a 分别 clause naming nobody pairs its figures with the coordinated run that closes the
 * clause before it (nothing but the clause's end after the last name), or else with the names that clause opens on. Clauses
 * naming nobody between them go on with the same names (A、B牵头组建…，医保基金实行总额付费，2家医院…分别下降8.3%和6.9%).
 */
function listClosing(folded: string, clauses: readonly Span[], clause: Span, mentions: readonly ReportMention[]): ReportMention[][] {
  let k = clauses.indexOf(clause) - 1;
  const names = (c: Span) => mentions.filter((m) => m.start >= c.start && m.end <= c.end);
  while (k > 0 && !names(clauses[k]!).length) k--;
  const previous = clauses[k];
  if (!previous) return [];
  const inPrevious = names(previous);
  const run = coordinatedBefore(folded, inPrevious);
  if (run.length && run[run.length - 1]!.at(-1)!.end === previous.end) return run;
  // 南湖区、秀洲区完成整改，分别新增…: or the names the clause before opens on, as its subject.
  return membersOf(clauseSubject(folded, previous, inPrevious));
}

/**
 * The last run of linkable names joined by 、/和/与/及 among the given mentions (in text order), each member the names
 * written one inside the other (东港区石臼街道).
 */
function coordinatedBefore(folded: string, mentions: readonly ReportMention[]): ReportMention[][] {
  const run: ReportMention[][] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (!canLink(m) || m.listExample) break;
    const first = run[0]?.[0];
    if (first && m.end === first.start) {
      if (!zoneOf(first, m)) run[0]!.unshift(m);
    } else if (!first || isListJoiner(folded.slice(m.end, first.start))) run.unshift([m]);
    else break;
  }
  return run;
}

/** 大连金普新区: a city written right before a zone of its own is part of the zone's name, no member of its own. */
function zoneOf(zone: ReportMention, city: ReportMention): boolean {
  return zone.entity.place?.level === 'zone' && (zone.entity.place.path ?? []).includes(city.entity.name);
}

/** A clause's subjects as members of a list: names written one inside the other are one member. */
function membersOf(names: readonly ReportMention[]): ReportMention[][] {
  const out: ReportMention[][] = [];
  for (const m of names) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1]!.end === m.start) last.push(m);
    else out.push([m]);
  }
  return out;
}
