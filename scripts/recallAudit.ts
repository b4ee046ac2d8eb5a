// Recall and precision per type on a hand-listed recall sample of the State Council reports, with every miss, every
// wrong mention and the mentions nobody has judged yet:
//   npm run -s extract -- --out DIR ../shared/corpus-wide/gwr && npx tsx scripts/recallAudit.ts --extraction DIR/extraction.json
// The campaigns and regulations sample (its sentences written by hand are extracted here, one by one):
//   npx tsx scripts/recallAudit.ts --extraction DIR/extraction.json --tsv tests/fixtures/audit/campaigns-recall.tsv --types campaign,regulation
// A sample of sentences written by hand alone needs no extraction (regs-recall.tsv, in genres nobody tuned for):
//   npx tsx scripts/recallAudit.ts --tsv tests/fixtures/audit/regs-recall.tsv --types campaign,regulation
import fs from 'node:fs';
import type { EntityType } from '../src/types.ts';
import { mentionsOfExtraction, ratio, readAuditRows, scoreAudit, TYPES } from '../tests/audit/recallAudit.ts';
import { isWritten, mentionsOfWrittenSentences } from '../tests/audit/writtenSentences.ts';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const file = option('--extraction');
const rows = readAuditRows(option('--tsv'));
if (!file && !rows.every((r) => isWritten(r.report))) {
  console.error('usage: npx tsx scripts/recallAudit.ts --extraction DIR/extraction.json [--tsv FILE] [--types a,b]');
  process.exit(2);
}
const types = (option('--types')?.split(',') as EntityType[] | undefined) ?? TYPES;
const mentions = [...(file ? mentionsOfExtraction(JSON.parse(fs.readFileSync(file, 'utf8'))) : []), ...mentionsOfWrittenSentences(rows)];
const result = scoreAudit(rows, mentions, types);

console.log('type           recall             precision');
for (const t of types) {
  const s = result.byType[t];
  console.log(`${t.padEnd(14)} ${ratio(s.found, s.gold).padEnd(18)} ${ratio(s.right, s.predicted)}`);
}
const all = types.map((t) => result.byType[t]);
const sum = (f: (t: (typeof all)[number]) => number) => all.reduce((n, t) => n + f(t), 0);
console.log(
  `${'all'.padEnd(14)} ${ratio(
    sum((t) => t.found),
    sum((t) => t.gold),
  ).padEnd(18)} ${ratio(
    sum((t) => t.right),
    sum((t) => t.predicted),
  )}`,
);
for (const [stratum, s] of Object.entries(result.byStratum))
  console.log(`stratum ${stratum}: recall ${ratio(s.found, s.gold)}, precision ${ratio(s.right, s.predicted)}`);
for (const t of types) for (const m of result.byType[t].misses) console.log(`miss  ${t} ${m}`);
for (const t of types) for (const m of result.byType[t].wrong) console.log(`wrong ${m}`);
if (result.unjudged.length) console.log(`${result.unjudged.length} mention(s) match no row: judge them by hand`);
