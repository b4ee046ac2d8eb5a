import { describeRecallSample } from './describeRecallSample.ts';
import { auditFixture } from './auditPaths.ts';

// A blind recall sample of the State Council reports drawn by PARAGRAPH (seed 2222, five a decade from the 1950s to the
// 2020s, 40 paragraphs: 17 name nothing), listed by hand before any extraction was looked at.
const TSV = auditFixture('recall-gwr-2222.tsv');

// Floors (gold found, right mentions): main 138de1d read 75/82 found (上海特奥会, 北京奥运会, 残奥会, 上海世博会,
// 西部陆海新通道 twice, 比学赶帮竞赛 missed), 80/80 right; after audit22's games and expos by a city and a short name
// (上海特奥会, 北京奥运会, 残奥会, 上海世博会): campaign 15/18 found, 15/15 right.
describeRecallSample(
  'the blind paragraph recall sample 2222 of the State Council reports (tests/fixtures/audit/recall-gwr-2222.tsv)',
  TSV,
  40,
  {
    person: [11, 11],
    place: [26, 32],
    organization: [19, 18],
    regulation: [8, 8],
    campaign: [15, 15],
  },
);
