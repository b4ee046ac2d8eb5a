import { describeRecallSample } from './describeRecallSample.ts';
import { auditFixture } from './auditPaths.ts';

// A blind recall sample of every type in the State Council reports drawn by PARAGRAPH (seed 2551, three a decade from the
// 1950s to the 2020s, 24 paragraphs), listed by hand before any extraction was looked at.
const TSV = auditFixture('recall-gwr-2551.tsv');

// Floors (gold found, right mentions): main c802ccc read 38/40 found, 50/50 right (missed: 日內瓦協議 twice, the Geneva
// Accords unquoted). After audit25's treaties named by a place before 协议: regulation 4/4, 40/40 found, 50/50 right (the
// place inside the treaty, optional, no longer read: place 21/21).
describeRecallSample(
  'the blind paragraph recall sample 2551 of the State Council reports (tests/fixtures/audit/recall-gwr-2551.tsv)',
  TSV,
  24,
  {
    person: [5, 7],
    place: [17, 21],
    organization: [10, 11],
    regulation: [4, 4],
    campaign: [4, 7],
  },
);
