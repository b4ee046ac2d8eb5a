import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs16/sentences.tsv;
// its header says how they were written and judged): reports of agriculture, customs, Hong Kong and Macao affairs,
// overseas Chinese, disabled persons' and science associations, meteorological and forestry bureaus, free trade and
// development zones, hospitals, SOEs and their subsidiaries, 城投 platforms, chambers of commerce, the Corps' divisions,
// universities and institutes (rows g…), and news of business, sport abroad, science, diplomacy, foreign parties and
// parliaments, UN bodies and NGOs (rows n…). Each sentence is extracted alone.
const FLOORS = {
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
  place: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs16/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of bureau, association, SOE and zone reports and news abroad (orgs16)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS16_VERBOSE');
});
