// Precision and recall of each relation kind against the hand-written relations, with every miss and false hit:
//   npx tsx scripts/score-relations.ts [dev|heldout]
import { precision, recall, scoreSet } from '../tests/relations/relationGold.ts';

for (const set of (process.argv[2] ? [process.argv[2]] : ['dev', 'heldout']) as ('dev' | 'heldout')[]) {
  const { total } = scoreSet(set);
  console.log(`\n${set}: kind           recall        precision`);
  for (const [kind, s] of total) {
    console.log(
      `  ${kind.padEnd(12)} ${recall(s).toFixed(2)} (${s.found}/${s.required})   ${precision(s).toFixed(2)} (${s.right}/${s.predicted})`,
    );
    for (const m of s.misses) console.log(`      miss  ${m}`);
    for (const m of s.falseHits) console.log(`      false ${m}`);
  }
}
