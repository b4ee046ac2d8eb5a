import type { Entity, Figure, MentionedDocument, Span } from '../types.ts';
import { wrapGaps, joinedView } from '../text/wraps.ts';
import { withMentions } from '../document/reportMentions.ts';
import type { FigureLink } from './figureEntities.ts';

type LinkFigures = (doc: MentionedDocument, figures: readonly Figure[], issuerIds: ReadonlySet<string>) => Map<string, FigureLink[]>;

/**
 * The figure links of a report read as if its lines had never been wrapped. Text copied from a PDF breaks lines inside
 * sentences (在棕南社区⏎、棕北社区各新建…, 街道办事处⏎副主任周文斌带队…): the entities are read across those breaks already,
 * but the linker tests what stands between names and figures (、, 各, 副主任, 联合), which a break cut there hides. So the
 * document, its mentions and figures are moved onto the joined text, linked there, and the evidence moved back. A report
 * with no break inside a sentence is linked as it stands.
 */
export function linkAcrossWraps(
  doc: MentionedDocument,
  figures: readonly Figure[],
  issuerIds: ReadonlySet<string>,
  link: LinkFigures,
): Map<string, FigureLink[]> {
  const { text } = doc.report;
  const gaps = text.length === doc.folded.length ? wrapGaps(text, doc.sentences) : [];
  if (!gaps.length) return link(doc, figures, issuerIds);
  const view = joinedView(text, doc.folded, gaps);
  // Offsets in the joined text: each one less by the gap characters before it (a gap's own offsets go where it closed).
  const shift = new Int32Array(text.length + 1);
  for (let i = 0, g = 0; i <= text.length; i++) {
    while (g < gaps.length && gaps[g]! < i) g++;
    shift[i] = i - g;
  }
  const at = <T extends Span>(s: T): T => ({ ...s, start: shift[s.start]!, end: shift[s.end]! });
  const entities: Entity[] = doc.entities.map((e) => ({
    ...e,
    mentions: e.mentions.map((m) => (m.report === doc.report.id ? at(m) : m)),
  }));
  const clauses = new Map<number, readonly Span[]>();
  const joined = withMentions(
    {
      ...doc,
      folded: view.folded,
      sentences: doc.sentences.map(at),
      clauses: (k) => clauses.get(k) ?? clauses.set(k, doc.clauses(k).map(at)).get(k)!,
      locate: (offset) => doc.locate(view.start(offset)),
      wrapBreaks: [],
      titles: doc.titles.map(at),
      quotes: doc.quotes.map(at),
    },
    entities,
  );
  const links = link(joined, figures.map(at), issuerIds);
  const original = new Map(doc.entities.map((e) => [e.id, e]));
  for (const [id, list] of links)
    links.set(
      id,
      list.map((l) => {
        const { start, end, entity } = l.mention;
        return { ...l, mention: { ...l.mention, start: view.start(start), end: view.end(end), entity: original.get(entity.id) ?? entity } };
      }),
    );
  return links;
}
