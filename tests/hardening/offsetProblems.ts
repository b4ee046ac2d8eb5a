import type { Extraction, ReportExtraction, Span } from '../../src/types.ts';

/**
 * Everything wrong with the offsets and references of one report's extraction: every span in bounds with start <= end,
 * every mention reading its surface (and that surface being the entity's name or an alias), every figure and date reading
 * its text, numbers finite (NaN would become null in extraction.json), and every id it points at existing.
 */
export function offsetProblems(x: ReportExtraction): string[] {
  const problems: string[] = [];
  const { text, id: report } = x.report;
  const bad = (what: string, detail: string) => problems.length < 20 && problems.push(`${what}: ${detail}`);
  const span = (what: string, s: Span) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start > s.end) {
      bad(what, `span [${s.start}, ${s.end}) out of bounds (text length ${text.length})`);
      return false;
    }
    return true;
  };
  const inside = (what: string, inner: Span, outer: Span) => {
    if (inner.start < outer.start || inner.end > outer.end)
      bad(what, `[${inner.start}, ${inner.end}) not inside [${outer.start}, ${outer.end})`);
  };

  const sectionIds = new Set(x.report.sections.map((s) => s.id));
  for (const s of x.report.sections) {
    if (!span(`section ${s.id}`, s)) continue;
    if (span(`section ${s.id} heading`, { start: s.headingStart, end: s.headingEnd }))
      inside(`section ${s.id} heading`, { start: s.headingStart, end: s.headingEnd }, s);
    if (s.parent !== null && !sectionIds.has(s.parent)) bad(`section ${s.id}`, `parent ${s.parent} does not exist`);
    if (![1, 2, 3, 4].includes(s.level)) bad(`section ${s.id}`, `level ${s.level}`);
  }
  const paragraphIds = new Set(x.report.paragraphs.map((p) => p.id));
  for (const p of x.report.paragraphs) {
    span(`paragraph ${p.id}`, p);
    if (p.section !== null && !sectionIds.has(p.section)) bad(`paragraph ${p.id}`, `section ${p.section} does not exist`);
  }
  for (const s of x.report.sentences) {
    span(`sentence ${s.id}`, s);
    if (!paragraphIds.has(s.paragraph)) bad(`sentence ${s.id}`, `paragraph ${s.paragraph} does not exist`);
  }
  const measureIds = new Set(x.measures.map((m) => m.id));
  for (const m of x.measures) {
    if (m.report !== report) bad(`measure ${m.id}`, `report ${m.report}`);
    if (!span(`measure ${m.id}`, m)) continue;
    if (span(`measure ${m.id} heading`, { start: m.headingStart, end: m.headingEnd }))
      inside(`measure ${m.id} heading`, { start: m.headingStart, end: m.headingEnd }, m);
    if (m.section !== null && !sectionIds.has(m.section)) bad(`measure ${m.id}`, `section ${m.section} does not exist`);
  }
  const entityIds = new Set(x.entities.map((e) => e.id));
  for (const e of x.entities) {
    const names = new Set([e.name, ...e.aliases]);
    if (!e.name) bad(`entity ${e.id}`, 'empty name');
    for (const m of e.mentions) {
      if (m.report !== report) bad(`mention of ${e.id}`, `report ${m.report}`);
      if (!span(`mention of ${e.id}`, m)) continue;
      const read = text.slice(m.start, m.end);
      if (read !== m.surface) bad(`mention of ${e.id}`, `text reads ${JSON.stringify(read)}, surface is ${JSON.stringify(m.surface)}`);
      else if (!names.has(read)) bad(`mention of ${e.id}`, `${JSON.stringify(read)} is neither the name nor an alias`);
    }
  }
  const figureIds = new Set(x.figures.map((f) => f.id));
  for (const f of x.figures) {
    if (f.report !== report) bad(`figure ${f.id}`, `report ${f.report}`);
    if (span(`figure ${f.id}`, f) && text.slice(f.start, f.end) !== f.text) {
      bad(`figure ${f.id}`, `text reads ${JSON.stringify(text.slice(f.start, f.end))}, figure text is ${JSON.stringify(f.text)}`);
    }
    if (!Number.isFinite(f.value) || !Number.isFinite(f.normalizedValue))
      bad(`figure ${f.id}`, `value ${f.value}, normalized ${f.normalizedValue}`);
    if (f.section !== null && !sectionIds.has(f.section)) bad(`figure ${f.id}`, `section ${f.section} does not exist`);
    if (f.measure !== null && !measureIds.has(f.measure)) bad(`figure ${f.id}`, `measure ${f.measure} does not exist`);
    for (const id of f.entities) if (!entityIds.has(id)) bad(`figure ${f.id}`, `entity ${id} does not exist`);
  }
  for (const d of x.report.dates) {
    if (span(`date ${d.id}`, d) && text.slice(d.start, d.end) !== d.text)
      bad(`date ${d.id}`, `text reads ${JSON.stringify(text.slice(d.start, d.end))}, date text is ${JSON.stringify(d.text)}`);
  }
  const caseIds = new Set(x.cases.map((c) => c.id));
  for (const c of x.cases) {
    span(`case ${c.id}`, c);
    for (const id of c.entities) if (!entityIds.has(id)) bad(`case ${c.id}`, `entity ${id} does not exist`);
    for (const id of c.figures) if (!figureIds.has(id)) bad(`case ${c.id}`, `figure ${id} does not exist`);
  }
  const known = new Set([...entityIds, ...figureIds, ...measureIds, ...sectionIds, ...caseIds, report]);
  for (const r of x.relations) {
    for (const end of [r.source, r.target]) {
      // By design (src/link/buildRelations.ts) a parent place the report does not name is linked by the id its entity would have.
      if (r.type === 'located-in' && end.startsWith('place:')) continue;
      if (!known.has(end)) bad(`relation ${r.type}`, `${end} does not exist`);
    }
    if (!Number.isFinite(r.weight)) bad(`relation ${r.type} ${r.source}→${r.target}`, `weight ${r.weight}`);
    for (const ev of r.evidence) {
      if (ev.report !== report) bad(`relation ${r.type} evidence`, `report ${ev.report}`);
      span(`relation ${r.type} ${r.source}→${r.target} evidence`, ev);
    }
  }
  return problems;
}

/** The same checks on a merged corpus: every mention and figure reads the text of the report it names, ids are unique. */
export function corpusProblems(x: Extraction): string[] {
  const problems: string[] = [];
  const bad = (what: string, detail: string) => problems.length < 20 && problems.push(`${what}: ${detail}`);
  const texts = new Map(x.reports.map((r) => [r.id, r.text]));
  const read = (report: string, s: Span) => texts.get(report)?.slice(s.start, s.end);
  for (const list of [x.entities, x.figures, x.measures, x.cases, x.reports] as { id: string }[][]) {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) bad('id', `${id} used twice`);
      seen.add(id);
    }
  }
  const entityIds = new Set(x.entities.map((e) => e.id));
  for (const e of x.entities) {
    const names = new Set([e.name, ...e.aliases]);
    for (const m of e.mentions) {
      const got = read(m.report, m);
      if (got !== m.surface) bad(`mention of ${e.id}`, `${m.report} reads ${JSON.stringify(got)}, surface ${JSON.stringify(m.surface)}`);
      else if (!names.has(got)) bad(`mention of ${e.id}`, `${JSON.stringify(got)} is neither the name nor an alias`);
    }
  }
  for (const f of x.figures) {
    if (read(f.report, f) !== f.text) bad(`figure ${f.id}`, `does not read its text in ${f.report}`);
    for (const id of f.entities) if (!entityIds.has(id)) bad(`figure ${f.id}`, `entity ${id} does not exist`);
  }
  for (const r of x.relations) {
    for (const ev of r.evidence) {
      const text = texts.get(ev.report);
      if (text === undefined || ev.start < 0 || ev.end > text.length || ev.start > ev.end)
        bad(`relation ${r.type}`, `evidence [${ev.start}, ${ev.end}) in ${ev.report}`);
    }
  }
  return problems;
}
