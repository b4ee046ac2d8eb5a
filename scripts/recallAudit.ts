// Recall and precision per type on the hand-listed recall sample of the State Council reports, with every miss, every
// wrong mention and the mentions nobody has judged yet:
//   npm run -s extract -- --out DIR ../shared/corpus-wide/gwr && npx tsx scripts/recallAudit.ts --extraction DIR/extraction.json
import fs from 'node:fs';
import { mentionsOfExtraction, ratio, readAuditRows, scoreAudit, TYPES } from '../tests/audit/recallAudit.ts';

const at = process.argv.indexOf('--extraction');
const file = at > 0 ? process.argv[at + 1] : undefined;
if (!file) {
  console.error('usage: npx tsx scripts/recallAudit.ts --extraction DIR/extraction.json [--tsv FILE]');
  process.exit(2);
}
const tsvAt = process.argv.indexOf('--tsv');
const rows = readAuditRows(tsvAt > 0 ? process.argv[tsvAt + 1] : undefined);
const result = scoreAudit(rows, mentionsOfExtraction(JSON.parse(fs.readFileSync(file, 'utf8'))));

console.log('type           recall             precision');
for (const t of TYPES) {
  const s = result.byType[t];
  console.log(`${t.padEnd(14)} ${ratio(s.found, s.gold).padEnd(18)} ${ratio(s.right, s.predicted)}`);
}
const all = Object.values(result.byType);
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
for (const [stratum, s] of Object.entries(result.byStratum)) console.log(`stratum ${stratum}: recall ${ratio(s.found, s.gold)}`);
for (const t of TYPES) for (const m of result.byType[t].misses) console.log(`miss  ${t} ${m}`);
for (const t of TYPES) for (const m of result.byType[t].wrong) console.log(`wrong ${m}`);
if (result.unjudged.length) console.log(`${result.unjudged.length} mention(s) match no row: judge them by hand`);
