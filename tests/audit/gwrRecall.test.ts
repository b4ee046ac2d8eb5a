import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/types.ts';
import { readAuditRows, scoreAudit, TYPES, misplacedRows } from './recallAudit.ts';
import { extractedMentions } from './extractedMentions.ts';

// The State Council's reports live beside the project (../shared), not in it: the score needs them, the sample's own
// consistency does not.
const GWR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus-wide', 'gwr');
const rows = readAuditRows();

describe('the blind recall sample of the State Council reports (tests/fixtures/audit/gwr-recall.tsv)', () => {
  it('gives every name a span inside its sentence that reads that name', () => {
    expect(rows.filter((r) => r.kind === 'sentence')).toHaveLength(60);
    expect(misplacedRows(rows)).toEqual([]);
  });

  // Floors at the numbers measured when the sample landed and after the fixes written from it (recall, precision).
  const FLOORS: Record<EntityType, [number, number]> = {
    person: [9, 9],
    place: [25, 28],
    organization: [15, 17],
    regulation: [15, 15],
    campaign: [22, 32],
  };

  it.skipIf(!fs.existsSync(GWR))(
    'finds at least the gold names and right mentions it found when measured (run against ../shared/corpus-wide/gwr)',
    () => {
      const { mentions } = extractedMentions(
        GWR,
        rows.map((r) => r.report),
      );
      const { byType, unjudged } = scoreAudit(rows, mentions);
      for (const t of TYPES) {
        expect(byType[t].found, `${t} gold found; missed: ${byType[t].misses.join('; ')}`).toBeGreaterThanOrEqual(FLOORS[t][0]);
        expect(byType[t].right, `${t} right mentions; wrong: ${byType[t].wrong.join('; ')}`).toBeGreaterThanOrEqual(FLOORS[t][1]);
      }
      // A mention nobody judged is neither right nor wrong yet: judge it and add a row (kind extra-right or extra-wrong).
      expect(unjudged).toEqual([]);
    },
    600_000,
  );
});
