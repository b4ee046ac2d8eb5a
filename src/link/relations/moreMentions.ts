import type { Entity, EntityType, Span } from '../../types.ts';
import type { ReportMention } from '../../types.ts';
import { markedSpans, QUOTE_MARKS, TITLE_MARKS } from '../../text/marks.ts';
import { insideAny } from '../../text/spanSearch.ts';
import { occurrences } from '../../text/occurrences.ts';

const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization']);
// A title right after a body's name: the body is named as part of someone's title (县纪委书记), not as an actor.
const TITLE_AFTER =
  /^(?:主要|分管)?(?:常务)?副?(?:书记|常委|主任|[省市县区镇乡]长|局长|部长|厅长|所长|院长|组长|领导|负责同志|负责人|委员|班子|成员)/;

/**
 * The names of people and bodies at every place the report writes them. The entities may list a name from one
 * sentence and miss it in the next (县纪委监委对温建军…); a name of three characters or more that names one entity is
 * that entity wherever it is written. A party committee's full name gives its short form (中共湖镇镇委员会 → 湖镇镇党委),
 * which then wins over the place inside it. Only the relation finders read these; the entities' mentions are unchanged.
 */
export function moreMentions(
  folded: string,
  entities: readonly Entity[],
  mentions: readonly ReportMention[],
  marks?: { titles: readonly Span[]; quotes: readonly Span[] },
): ReportMention[] {
  const byName = new Map<string, Entity | null>();
  for (const e of entities) {
    if (!NAMED.has(e.type)) continue;
    for (const n of namesOf(e)) if (n.length >= 3) byName.set(n, byName.has(n) && byName.get(n) !== e ? null : e);
  }
  const found: { start: number; end: number; entity: Entity }[] = [];
  const named = [...byName].filter((e): e is [string, Entity] => e[1] !== null);
  const at = occurrences(
    folded,
    named.map(([name]) => name),
  );
  named.forEach(([name, entity], k) => {
    for (const i of at[k]!) found.push({ start: i, end: i + name.length, entity });
  });
  if (!found.length) return [...mentions];
  // The document's marks when the caller has them (the same spans: read on the same folded text).
  const titles = marks?.titles ?? markedSpans(folded, TITLE_MARKS);
  const quotes = marks?.quotes ?? markedSpans(folded, QUOTE_MARKS);
  const added: ReportMention[] = found.map((m) => ({
    start: m.start,
    end: m.end,
    entity: m.entity,
    actor: true,
    titleOnly: m.entity.type !== 'person' && TITLE_AFTER.test(folded.slice(m.end, m.end + 6)),
    quoted: insideAny(titles, m.start, m.end) || insideAny(quotes, m.start, m.end),
    listExample: false,
    activityModifier: false,
    partOfName: false,
  }));
  // Longest first at each place; a mention the entities made wins a tie.
  const all = [...mentions.map((m) => ({ m, own: 1 })), ...added.map((m) => ({ m, own: 0 }))].sort(
    (a, b) => a.m.start - b.m.start || b.m.end - a.m.end || b.own - a.own,
  );
  const kept: ReportMention[] = [];
  for (const { m } of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      // A longer name that starts inside the last kept one cannot win; one that starts at the same place already did.
      continue;
    }
    // A longer added name covering mentions that start later (湖镇镇党委 over 湖镇镇) was sorted first: it is kept.
    kept.push(m);
  }
  return kept;
}

function namesOf(e: Entity): string[] {
  const out = [e.name, ...e.aliases];
  if (e.type === 'organization') {
    for (const n of [e.name, ...e.aliases]) {
      const m = /^中共(.+?)(?:委员会|委)$/.exec(n);
      if (m) out.push(`${m[1]}党委`, `${m[1]}委`);
    }
  }
  return out;
}
