import { describeRecallSample } from './describeRecallSample.ts';
import { auditFixture } from './auditPaths.ts';

// A blind recall sample of the State Council reports drawn by PARAGRAPH (seed 2122, five a decade from the 1950s to the
// 2020s, 40 paragraphs: 16 name nothing), listed by hand before any extraction was looked at.
const TSV = auditFixture('recall-gwr-2122.tsv');

// Floors (gold found, right mentions): main 8c34f54 read 66/70 found (文化大革命, 妇联, 人民政协, 中国政府 missed), 72/73
// right; after audit21's bare people's organizations in a list and 人民政协: organization 15/16 found, 17/17 right; after its
// named movements of the state's history (文化大革命; 大跃进, an optional row): campaign 5/5 found, 7/7 right.
describeRecallSample(
  'the blind paragraph recall sample 2122 of the State Council reports (tests/fixtures/audit/recall-gwr-2122.tsv)',
  TSV,
  40,
  {
    person: [8, 9],
    place: [32, 35],
    organization: [15, 17],
    regulation: [9, 9],
    campaign: [5, 7],
  },
);
