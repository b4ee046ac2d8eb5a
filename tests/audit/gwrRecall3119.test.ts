import { describeRecallSample } from './describeRecallSample.ts';
import { auditFixture } from './auditPaths.ts';

// A third blind recall sample of the State Council reports (seed 3119, 60 sentences, unbiased: 50 name nothing), drawn and
// listed by hand before any extraction was looked at.
const TSV = auditFixture('recall-gwr-3119.tsv');

// Floors (gold found, right mentions) at what main f51f13d reads: 19/20 found (巴基斯坦政府 read as its country), 23/24 right.
describeRecallSample('the blind recall sample 3119 of the State Council reports (tests/fixtures/audit/recall-gwr-3119.tsv)', TSV, 60, {
  person: [2, 2],
  place: [11, 11],
  organization: [5, 7],
  regulation: [1, 1],
  campaign: [0, 2],
});
