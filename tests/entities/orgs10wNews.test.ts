import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of the world and of news, written by hand before the extractor was run on them
// (tests/fixtures/orgs10w/news-sentences.tsv; its header says how they were written and judged): foreign companies by a
// transliterated name, foreign parliaments by their own name, bare level bodies before a post, international
// organizations and their organs by short name, news agencies and stations, clubs and federations, embassies and
// consulates, armed forces and fleets, foreign universities and think tanks, NGOs. Each sentence is extracted alone.
const FLOORS = {
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
  place: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs10w/news-sentences.tsv', import.meta.url), [
  'organization',
  'person',
  'place',
] as const);

describe('organizations of the world and of news in hand-written sentences (orgs10w)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS10W_VERBOSE');
});
