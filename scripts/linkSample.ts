// A precision sample of figure links, judged by hand (tests/audit/linkSample.ts): draw a new one with a seed not used
// before (see the seeds in tests/fixtures/audit/links-gwr-*.tsv), then judge each row:
//   npx tsx scripts/linkSample.ts --extraction DIR/extraction.json --seed N --figures 40 [--years 1954-1990] > rows.tsv
// (N figures that link an entity, every link of each; --years keeps to the gwr-YYYY reports of those years)
import fs from 'node:fs';
import { drawLinkFigures, type LinkExtraction } from '../tests/audit/linkSample.ts';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const file = option('--extraction');
const seed = option('--seed');
if (!file || !seed) {
  console.error('usage: npx tsx scripts/linkSample.ts --extraction FILE --seed N [--figures 40] [--years FROM-TO]');
  process.exit(2);
}
const extraction = JSON.parse(fs.readFileSync(file, 'utf8')) as LinkExtraction;
const [from, to] = (option('--years') ?? '0-9999').split('-').map(Number) as [number, number];
const yearOf = (report: string) => Number(/(\d{4})$/.exec(report)?.[1] ?? NaN);
const rows = drawLinkFigures(extraction, Number(seed), Number(option('--figures') ?? 40), (r) => yearOf(r) >= from && yearOf(r) <= to);
console.log('n\treport\tstart\tend\tfigure\ttype\tentity\tverdict\tright\tnote\tsentence');
for (const r of rows) console.log([r.n, r.report, r.start, r.end, r.figure, r.type, r.entity, '', '', '', r.sentence].join('\t'));
