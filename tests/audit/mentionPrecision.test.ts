import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { readReport } from '../../src/read/readReport.ts';
import { ENTITY_TYPES, type EntityType } from '../../src/types.ts';
import type { FoundMention } from './recallAudit.ts';
import { readMentionRows, scoreMentions } from './mentionSample.ts';

// The mention precision sample of the State Council reports (tests/fixtures/audit/mentions-gwr-1818.tsv): 200 mentions,
// one per sampled entity, judged by hand in their sentences. The reports live beside the project (../shared); the sample's
// own consistency needs nothing but the fixture.
const GWR = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus-wide', 'gwr');
const rows = readMentionRows(path.join(import.meta.dirname, '..', 'fixtures', 'audit', 'mentions-gwr-1818.tsv'));

// Measured on main a0eca14 (before any fix): right 35/35, 45/45, 40/40, 39/40, 38/40. After audit18's fixes (《人民日报》 an
// organization, 柴油货车、船舶超标排放专项治理 read whole): regulation 39/39 (the paper no longer a document), campaign 39/40
// (自然生态保护工程 left). Floors: right mentions read, and at most this many wrong ones still read.
const FLOORS: Record<EntityType, { right: number; wrong: number }> = {
  person: { right: 35, wrong: 0 },
  place: { right: 45, wrong: 0 },
  organization: { right: 40, wrong: 0 },
  regulation: { right: 39, wrong: 0 },
  campaign: { right: 39, wrong: 1 },
};

describe('the mention precision sample of the State Council reports (tests/fixtures/audit/mentions-gwr-1818.tsv)', () => {
  it('holds 200 judged mentions, each read in its sentence', () => {
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r.n)).size).toBe(200);
    expect(rows.filter((r) => !['right', 'wrong', 'misbounded'].includes(r.verdict)).map((r) => r.n)).toEqual([]);
    expect(rows.filter((r) => !r.sentence.includes(`【${r.surface}】`) || r.end - r.start !== r.surface.length).map((r) => r.n)).toEqual(
      [],
    );
    // A misbounded row says its right span, which holds or overlaps the drawn one.
    expect(rows.filter((r) => r.verdict === 'misbounded' && !r.sentence.replace(/[【】]/g, '').includes(r.right)).map((r) => r.n)).toEqual(
      [],
    );
  });

  it.skipIf(!fs.existsSync(GWR))(
    'reads at least the right mentions it read when measured, and no more wrong ones (run against ../shared/corpus-wide/gwr)',
    () => {
      const mentions: FoundMention[] = [];
      const texts = new Map<string, string>();
      for (const report of [...new Set(rows.map((r) => r.report))]) {
        const { report: record, entities } = extractReport(readReport(path.join(GWR, `${report}.txt`)));
        texts.set(report, record.text);
        for (const e of entities)
          for (const m of e.mentions)
            mentions.push({ report, start: m.start, end: m.end, type: e.type, surface: record.text.slice(m.start, m.end) });
      }
      const byType = scoreMentions(rows, mentions, texts);
      for (const t of ENTITY_TYPES) {
        const s = byType[t]!;
        expect(s.lost, `${t}: right mentions no longer read`).toEqual([]);
        expect(s.right, `${t} right mentions`).toBeGreaterThanOrEqual(FLOORS[t].right);
        expect(s.wrong.length, `${t} wrong: ${s.wrong.join('; ')}`).toBeLessThanOrEqual(FLOORS[t].wrong);
      }
    },
    600_000,
  );
});
