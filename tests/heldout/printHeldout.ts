// Prints precision/recall per area for the held-out reports whose file names start with the given prefixes (all with ""),
// and with NOTES=1 every miss and false hit. Run by hand: npx tsx tests/heldout/printHeldout.ts liaoning zhuzhou
import { heldoutResults } from './runHeldout.ts';
import { AREAS, precision, recall, sumTallies } from './compareExpectation.ts';
const want = process.argv.slice(2);
const results = heldoutResults((f) => want.some((w) => f.startsWith(w)));
const fmt = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(2).replace(/^0/, '').replace(/\.00$/, ''));
for (const r of [...results, { name: 'both', tallies: sumTallies(results.map((r) => r.tallies)) }]) {
  console.log(r.name, AREAS.map((a) => `${a} ${fmt(precision(r.tallies[a]))}/${fmt(recall(r.tallies[a]))}`).join(' | '));
}
if (process.env.NOTES)
  for (const r of results) for (const a of AREAS) for (const n of r.tallies[a].notes) console.log(r.name.slice(0, 8), a, n);
