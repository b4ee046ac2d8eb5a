import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/types.ts';
import { readAuditRows, scoreAudit, TYPES, misplacedRows } from './recallAudit.ts';
import { extractedMentions } from './extractedMentions.ts';
import { GWR_DIR } from './auditPaths.ts';

/** Floors a type is held to: gold names found, right mentions inside the sampled sentences. */
export type RecallFloors = Record<EntityType, [found: number, right: number]>;

/** Floors of a sample that lists only some types (campaigns and regulations): mentions of the others are not judged. */
export type PartialRecallFloors = Partial<RecallFloors>;

/**
 * The tests of one blind recall sample of the State Council reports (a .tsv of tests/fixtures/audit): every listed name
 * reads from its span, and the extractor finds at least `floors` of it with every mention it makes there judged. A
 * sample that lists only some types gives floors for those alone.
 */
export function describeRecallSample(title: string, tsv: string, sentences: number, floors: RecallFloors | PartialRecallFloors): void {
  const rows = readAuditRows(tsv);
  const types = TYPES.filter((t) => floors[t]);
  describe(title, () => {
    it('gives every name a span inside its sentence that reads that name', () => {
      expect(rows.filter((r) => r.kind === 'sentence')).toHaveLength(sentences);
      expect(misplacedRows(rows)).toEqual([]);
    });

    it.skipIf(!fs.existsSync(GWR_DIR))(
      'finds at least the gold names and right mentions it found when measured (run against ../shared/corpus-wide/gwr)',
      () => {
        const { mentions } = extractedMentions(
          GWR_DIR,
          rows.map((r) => r.report),
        );
        const { byType, unjudged } = scoreAudit(rows, mentions, types);
        for (const t of types) {
          const [found, right] = floors[t]!;
          expect(byType[t].found, `${t} gold found; missed: ${byType[t].misses.join('; ')}`).toBeGreaterThanOrEqual(found);
          expect(byType[t].right, `${t} right mentions; wrong: ${byType[t].wrong.join('; ')}`).toBeGreaterThanOrEqual(right);
        }
        // A mention nobody judged is neither right nor wrong yet: judge it and add a row (kind extra-right or extra-wrong).
        expect(unjudged).toEqual([]);
      },
      600_000,
    );
  });
}
