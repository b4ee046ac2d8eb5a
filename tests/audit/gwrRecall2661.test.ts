import { describeRecallSample } from './describeRecallSample.ts';
import { auditFixture } from './auditPaths.ts';

// A blind recall sample of every type in the State Council reports drawn by PARAGRAPH (seed 2661, three a decade from the
// 1950s to the 2020s, 24 paragraphs), listed by hand before any extraction was looked at.
const TSV = auditFixture('recall-gwr-2661.tsv');

// Floors (gold found, right mentions): main 07874e2 read 24/25 found, 27/27 right (missed: 中美联合声明, the joint
// statement unquoted). After audit26's joint statements named by their parties: regulation 1/1, 25/25 found, 29/29 right
// (中美三个联合公报, optional, read too).
describeRecallSample(
  'the blind paragraph recall sample 2661 of the State Council reports (tests/fixtures/audit/recall-gwr-2661.tsv)',
  TSV,
  24,
  {
    person: [7, 10],
    place: [5, 5],
    organization: [11, 11],
    regulation: [1, 2],
    campaign: [1, 1],
  },
);
