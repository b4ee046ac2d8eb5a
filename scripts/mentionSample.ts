// A precision sample of extracted mentions, judged by hand (tests/audit/mentionSample.ts):
//   draw a new one (a seed not used before; see the seeds in tests/fixtures/audit/mentions-gwr-*.tsv), then judge each row:
//     npx tsx scripts/mentionSample.ts --extraction DIR/extraction.json --seed N > rows.tsv
//   (one mention of each of 35–45 entities a type; with --mentions N, N mentions drawn uniformly from all of them; with
//   --per-type person=30,place=55,… that many of each type, drawn uniformly from the type's mentions)
//   score a judged sample on an extraction (precision per type, wrong rows still read, right rows lost):
//     npx tsx scripts/mentionSample.ts --extraction DIR/extraction.json --tsv tests/fixtures/audit/mentions-gwr-1818.tsv
//   a type's draw may keep to the reports of some years: --per-type organization=40@1954-1990 (gwr-YYYY reports)
//   the outline (sections and measures, tests/audit/structureSample.ts): --outline section=30,measure=30 with --seed to draw,
//   with --tsv FILE to score a judged one
import fs from 'node:fs';
import { ENTITY_TYPES } from '../src/types.ts';
import { mentionsOfExtraction } from '../tests/audit/recallAudit.ts';
import { drawOutline, outlineOf, readOutlineRows, scoreOutline, type OutlineKind } from '../tests/audit/structureSample.ts';
import {
  drawByMention,
  drawByMentionPerType,
  drawMentions,
  readMentionRows,
  scoreMentions,
  type Extraction,
} from '../tests/audit/mentionSample.ts';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const file = option('--extraction');
const tsv = option('--tsv');
const seed = option('--seed');
if (!file || (!tsv && !seed)) {
  console.error('usage: npx tsx scripts/mentionSample.ts --extraction FILE (--seed N [--mentions N] | --tsv FILE)');
  process.exit(2);
}
const extraction = JSON.parse(fs.readFileSync(file, 'utf8')) as Extraction;
const outline = option('--outline');
/** A report id's year (gwr-1954 → 1954). */
const yearOf = (report: string) => Number(/(\d{4})$/.exec(report)?.[1] ?? NaN);
/** The extraction with each entity's mentions kept to the reports of years `from`–`to`. */
const inYears = (from: number, to: number): Extraction => ({
  ...extraction,
  entities: extraction.entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => yearOf(m.report) >= from && yearOf(m.report) <= to) }))
    .filter((e) => e.mentions.length > 0),
});
if (outline !== undefined) {
  const full = extraction as unknown as Parameters<typeof outlineOf>[0];
  const items = outlineOf(full);
  const texts = new Map(extraction.reports.map((r) => [r.id, r.text]));
  if (!tsv) {
    console.log('n\tkind\treport\tstart\tend\theading\tverdict\tright\tnote\tcontext');
    const per = Object.fromEntries(outline.split(',').map((kv) => [kv.split('=')[0] as OutlineKind, Number(kv.split('=')[1])]));
    for (const r of drawOutline(items, texts, Number(seed), per))
      console.log([r.n, r.kind, r.report, r.start, r.end, r.heading, '', '', '', r.context].join('\t'));
  } else {
    const byKind = scoreOutline(readOutlineRows(tsv), items);
    for (const [k, s] of Object.entries(byKind)) {
      console.log(`${k.padEnd(13)} ${s.right}/${s.read} = ${(s.read ? s.right / s.read : 0).toFixed(3)}  lost ${s.lost.length}`);
      for (const w of s.wrong) console.log(`  wrong: ${w}`);
      for (const l of s.lost) console.log(`  lost: ${l}`);
    }
  }
} else if (!tsv) {
  console.log('n\ttype\treport\tstart\tend\tsurface\tname\tverdict\tright\tnote\tsentence');
  const perMention = option('--mentions');
  // --per-type person=30,place=55: that many mentions of each type, drawn uniformly from the type's own mentions.
  const perType = option('--per-type');
  const drawn = perType
    ? perType
        .split(',')
        .flatMap((kv) => {
          const [type, spec] = kv.split('=') as [string, string];
          const [n, years] = spec.split('@') as [string, string | undefined];
          const [from, to] = years ? years.split('-').map(Number) : [-Infinity, Infinity];
          return drawByMentionPerType(inYears(from!, to!), Number(seed), { [type]: Number(n) });
        })
        .map((r, i) => ({ ...r, n: i + 1 }))
    : perMention
      ? drawByMention(extraction, Number(seed), Number(perMention))
      : drawMentions(extraction, Number(seed));
  for (const r of drawn) console.log([r.n, r.type, r.report, r.start, r.end, r.surface, r.name, '', '', '', r.sentence].join('\t'));
} else {
  const texts = new Map(extraction.reports.map((r) => [r.id, r.text]));
  const byType = scoreMentions(readMentionRows(tsv), mentionsOfExtraction(extraction), texts);
  for (const t of ENTITY_TYPES) {
    const s = byType[t];
    if (!s) continue;
    console.log(`${t.padEnd(13)} ${s.right}/${s.read} = ${(s.read ? s.right / s.read : 0).toFixed(3)}  lost ${s.lost.length}`);
    for (const w of s.wrong) console.log(`  wrong: ${w}`);
    for (const l of s.lost) console.log(`  lost: ${l}`);
  }
}
