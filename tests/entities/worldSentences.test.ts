import { describe, expect, it } from 'vitest';
import { precisionRecall, readSentenceSet, scoreSentenceSet } from './sentenceSetKit.ts';

// Foreign-affairs sentences written by hand before the extractor was run on them (tests/fixtures/world/foreign-affairs.tsv,
// its header says how they were written and judged). Each sentence is extracted alone; an entity matches an expected one
// when one of its forms (name, aliases, mentions) equals one of the expected forms, folded and without quote marks.
// First run (b0a3210, before any fix of this set): person P .725 (29/40) R .644 (29/45), place P .892 (99/111) R .786 (99/126),
// organization P .667 (28/42) R .528 (28/53).
// A name after the post a foreign state or body gives (foreignPostNames.ts): person P 1 (44/44) R .978 (44/45).
// Missions (驻…大使馆), universities named by their city, companies named without their country, bodies from a place that
// stop at another country or a post, cities after their country or beside a known one, ports, em-dashed divisions:
// person P 1 (45/45) R 1, place P .964 (108/112) R .857 (108/126), organization P .891 (41/46) R .774 (41/53).
// International bodies (UN agencies, regional bodies' organs) and Japan's ministries as data: organization P .940 (47/50)
// R .887 (47/53).
const FLOORS = { person: { p: 1, r: 1 }, place: { p: 0.96, r: 0.85 }, organization: { p: 0.94, r: 0.88 } };

// The second set (foreign-affairs-b.tsv), written after the rules above had landed and before its first run. First run
// (d52cf9d): person P 1 (9/9) R 1 (9/9), place P .967 (29/30) R .853 (29/34), organization P .923 (12/13) R .923 (12/13).
// Then (no longer blind) 堡 among the transliteration characters (杜伊斯堡): place P .968 (30/31) R .882 (30/34).
const FLOORS_B = { person: { p: 1, r: 1 }, place: { p: 0.96, r: 0.88 }, organization: { p: 0.92, r: 0.92 } };

type Kind = keyof typeof FLOORS;
const KINDS = Object.keys(FLOORS) as Kind[];
const rowsOf = (file: string) =>
  readSentenceSet(new URL(`../fixtures/world/${file}`, import.meta.url), ['person', 'place', 'organization'] as const);

describe.each([
  ['foreign-affairs.tsv', FLOORS],
  ['foreign-affairs-b.tsv', FLOORS_B],
] as const)('foreign-affairs sentences of %s, written before their first run', (file, floors) => {
  const rows = rowsOf(file);
  for (const kind of KINDS)
    it(`${kind}: precision and recall stay at their floors`, () => {
      const { p, r } = precisionRecall(scoreSentenceSet(rows, kind), kind, !!process.env.WORLD_VERBOSE);
      expect(p).toBeGreaterThanOrEqual(floors[kind].p);
      expect(r).toBeGreaterThanOrEqual(floors[kind].r);
    });
});
