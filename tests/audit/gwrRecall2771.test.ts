import { describeRecallSample } from './describeRecallSample.ts';
import { auditFixture } from './auditPaths.ts';

// A blind recall sample of every type in the State Council reports drawn by PARAGRAPH (seed 2771, three a decade from the
// 1950s to the 2020s, 24 paragraphs), listed by hand before any extraction was looked at.
const TSV = auditFixture('recall-gwr-2771.tsv');

// Floors (gold found, right mentions): main b79890e read 26/33 found, 38/39 right (missed: four colonies of 1964 and
// 西南非洲 in a list closed by 等国人民; 中国政府 and 中华人民共和国政府, read as the state; wrong: 几内亚 of 葡属几内亚). After
// audit27's fixes (a territory named by a state's form and 属, 葡属几内亚; a list of states whose last member follows 和 and
// whose members repeat the noun after 等国): place 15/15, 31/33 found, 43/43 right.
describeRecallSample(
  'the blind paragraph recall sample 2771 of the State Council reports (tests/fixtures/audit/recall-gwr-2771.tsv)',
  TSV,
  24,
  {
    person: [7, 7],
    place: [15, 24],
    organization: [7, 8],
    regulation: [0, 0],
    campaign: [2, 4],
  },
);
