import { describeRecallSample } from './describeRecallSample.ts';
import { auditFixture } from './auditPaths.ts';

// A blind recall sample of campaigns and regulations in the State Council reports drawn by PARAGRAPH (seed 2323, six a
// decade from the 1950s to the 2020s, 48 paragraphs), listed by hand before any extraction was looked at.
const TSV = auditFixture('recall-gwr-2323.tsv');

// Floors (gold found, right mentions): main e0a1998 read campaign 9/17 found (先进生产者运动, 养猪运动, “万宝山”运动,
// “小秋收”运动, 短途运输运动, 全民植树造林活动, 爱国卫生运动, 脱贫攻坚 missed), regulation 3/4 (全国生态环境保护和建设规划
// missed), every mention right (13 campaign, 3 regulation); with plans named by their level: regulation 4/4; with movements named by a quoted slogan
// or joined to a drive before them (“万宝山”运动, “小秋收”运动, 短途运输运动, 爱国卫生运动): campaign 13/17, 17 right.
describeRecallSample(
  'the blind paragraph recall sample 2323 of campaigns and regulations in the State Council reports (tests/fixtures/audit/recall-gwr-2323.tsv)',
  TSV,
  48,
  { regulation: [4, 4], campaign: [13, 17] },
);
