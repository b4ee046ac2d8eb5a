// A precision sample of extracted mentions, judged by hand (tests/audit/mentionSample.ts):
//   draw a new one (a seed not used before; see the seeds in tests/fixtures/audit/mentions-gwr-*.tsv), then judge each row:
//     npx tsx scripts/mentionSample.ts --extraction DIR/extraction.json --seed N > rows.tsv
//   (one mention of each of 35–45 entities a type; with --mentions N, N mentions drawn uniformly from all of them; with
//   --per-type person=30,place=55,… that many of each type, drawn uniformly from the type's mentions)
//   score a judged sample on an extraction (precision per type, wrong rows still read, right rows lost):
//     npx tsx scripts/mentionSample.ts --extraction DIR/extraction.json --tsv tests/fixtures/audit/mentions-gwr-1818.tsv
import fs from 'node:fs';
import { ENTITY_TYPES } from '../src/types.ts';
import { mentionsOfExtraction } from '../tests/audit/recallAudit.ts';
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
if (!tsv) {
  console.log('n\ttype\treport\tstart\tend\tsurface\tname\tverdict\tright\tnote\tsentence');
  const perMention = option('--mentions');
  // --per-type person=30,place=55: that many mentions of each type, drawn uniformly from the type's own mentions.
  const perType = option('--per-type');
  const drawn = perType
    ? drawByMentionPerType(
        extraction,
        Number(seed),
        Object.fromEntries(perType.split(',').map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])])),
      )
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
