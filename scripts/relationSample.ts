// A precision sample of the relations a clause states (tests/audit/relationSample.ts): draw a new one with a seed not used
// before (see the seeds in tests/fixtures/audit/relations-gwr-*.tsv), then judge each row in its sentence:
//   npx tsx scripts/relationSample.ts --extraction DIR/extraction.json --seed N --relations 30 > rows.tsv
// score a judged sample on an extraction (right rows still stated, right rows lost, wrong rows still stated):
//   npx tsx scripts/relationSample.ts --extraction DIR/extraction.json --tsv tests/fixtures/audit/relations-gwr-2771.tsv
import fs from 'node:fs';
import { drawRelations, readRelationRows, scoreRelations, statementsOf, type RelationExtraction } from '../tests/audit/relationSample.ts';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const file = option('--extraction');
const seed = option('--seed');
const tsv = option('--tsv');
if (!file || (!seed && !tsv)) {
  console.error('usage: npx tsx scripts/relationSample.ts --extraction FILE (--seed N [--relations 30] | --tsv FILE)');
  process.exit(2);
}
const extraction = JSON.parse(fs.readFileSync(file, 'utf8')) as RelationExtraction;
if (tsv) {
  const rows = readRelationRows(tsv);
  const s = scoreRelations(rows, statementsOf(extraction));
  console.log(`right ${s.right}/${s.right + s.wrong.length} of ${rows.length} rows; lost ${s.lost.length}`);
  for (const w of s.wrong) console.log(`  wrong: ${w}`);
  for (const l of s.lost) console.log(`  lost: ${l}`);
} else {
  console.log('n\tkind\tsource\ttarget\ttitle\treport\tstart\tend\tverdict\tnote\tsentence');
  for (const r of drawRelations(extraction, Number(seed), Number(option('--relations') ?? 30)))
    console.log([r.n, r.kind, r.source, r.target, r.title, r.report, r.start, r.end, '', '', r.sentence].join('\t'));
}
