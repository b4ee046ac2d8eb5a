import { describeRecallSample } from './describeRecallSample.ts';
import { auditFixture } from './auditPaths.ts';

// A blind recall sample of every type in the State Council reports drawn by PARAGRAPH (seed 2441, five a decade from the
// 1950s to the 2020s, 40 paragraphs), listed by hand before any extraction was looked at.
const TSV = auditFixture('recall-gwr-2441.tsv');

// Floors (gold found, right mentions): main 90ea0d4 read 71/83 found, 78/78 right (missed: six counties of a 1958 list
// under their provinces, 澄海, 南澳, 龙溪, 海澄, 长乐, 广济; 亚欧会议, 20国集团, 上海公报, 义务教育法, 中央八项规定,
// 西部陆海新通道). After audit24's groups of a counted list and laws said to come into force: 78/83 found, 85/85 right
// (place 48/48, regulation 8/10); with digits for a body's count and the Asia–Europe Meeting: organization 13/13, 80/83
// found, 87/87 right. After audit25's treaties named by their place (上海公报, one word of jieba's): regulation 9/10, 81/83
// found, 88/88 right. Left: 中央八项规定 (optional in the dev gold), 西部陆海新通道.
describeRecallSample(
  'the blind paragraph recall sample 2441 of the State Council reports (tests/fixtures/audit/recall-gwr-2441.tsv)',
  TSV,
  40,
  {
    person: [6, 6],
    place: [48, 55],
    organization: [13, 9],
    regulation: [9, 9],
    campaign: [5, 9],
  },
);
