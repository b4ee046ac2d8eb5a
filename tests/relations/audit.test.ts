import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Relations judged by hand on corpora nobody tuned the finders on (tests/fixtures/audit/relations-*.tsv): the State
// Council's work reports (gwr) and the genre's held-out reports plus news (genre). Precision per kind stays ≥ 0.90.
const AUDIT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'audit');

describe.each(['relations-gwr.tsv', 'relations-genre.tsv'])('hand-judged relations in %s', (file) => {
  const rows = fs
    .readFileSync(path.join(AUDIT, file), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  const kinds = [...new Set(rows.map((r) => r[0]!))];
  it('has a verdict on every row', () => expect(rows.every((r) => r[6] === 'ok' || r[6] === 'bad')).toBe(true));
  it.each(kinds)('%s: precision ≥ 0.90', (kind) => {
    const judged = rows.filter((r) => r[0] === kind);
    expect(judged.filter((r) => r[6] === 'ok').length / judged.length).toBeGreaterThanOrEqual(0.9);
  });
});
