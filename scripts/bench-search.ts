// npm run bench:search [-- --dist dist] [--runs 5] [--queries 大朗,整改措施]
// Full-text search of a built site in chromium (src/bench/measureSearch.ts). `npm run bench -- --keep` leaves the
// sites it builds under the temporary folder it prints (site-1000/dist for the 1,000-report site).
import os from 'node:os';
import { parseArgs } from 'node:util';
import { formatSearch, measureSearch, SEARCH_QUERIES } from '../src/bench/measureSearch.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '5' },
    queries: { type: 'string', default: SEARCH_QUERIES.join(',') },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench:search: --runs takes a whole number');
  process.exit(2);
}
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
console.log(`bench:search: ${values.dist}, ${runs} run(s) per query; load average ${load()}`);
for (const line of formatSearch(await measureSearch(values.dist!, values.queries!.split(','), runs))) console.log(line);
console.log(`load average after: ${load()} (1, 5, 15 min) on ${os.availableParallelism()} core(s)`);
