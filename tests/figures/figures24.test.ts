import { describeFigureSetFloors, type FigureSetFloor } from './describeFigureSetFloors.ts';

// figures24's documents (tests/fixtures/figures24/*.figs), written with their expected figures, indicators, periods and links
// before the extractor was first run on them: a city's statistical communique, a budget execution report, an audit work
// report, a province's digest of its state-owned enterprises, an education and health bulletin, and tricky forms.

// First run (main 90ea0d4, no fix yet): 247 of 249 figures, 0 false, bounds 247, indicators 171/233, periods 242/242, links
// 44 of 47 right, 3 wrong (党中央 read in 中央自然灾害救灾资金 twice, 宜春学院省级重点实验室 for 宜春学院).
// Round 1: 中央 before the name of funds is the central level, no 党中央: links wrong 3 → 1. A 分别 list's bare numbers take
// the unit after the last (0.8、0.3和1.1个百分点): figures 247 → 249. A bounded class keeps its bound (5岁以下儿童死亡率,
// 30秒内接通率); 同口径 is a comparison; 分别 and a doubled 完成 leave the key; a change in points after a share is the
// share's: indicators 171 → 184/235.
// Round 2: a 分别 list's parts written as one (城乡居民…, 第一、二、三产业…分别占) or before 的 (A和B的营业收入), a change word
// between its numbers (分别增长…和下降…), counts the parts have keyed by the deed after them (A、B分别有N人和M人违规领取…),
// a plan's amount before 的 and the rate after it (完成调整预算数186.4亿元的97.6%), no subject from 经…批准, 连续 dropped like
// 持续; 使用外资下降 accepted (年均/实际 are no part of a key, README): 184 → 203/235.
// figures25: 净增 a change, 各级各类 kept, a class set apart by an amount keyed by it (营业收入超10亿元企业): 203 → 206.
// figures25 round 2: the firms a commission supervises and a budget's allocating level (市本级安排) are no part of a key
// (监管企业营业收入 → 营业收入, 市本级安排教育支出 → 教育支出): 206 → 222.
// figures25 round 4: 分别比上年预算增长 is each part's change (教育支出增长), not 预算's: 222 → 224.
// figures26: a share keeps a long part with its whole: 224 → 225.
const FLOOR: FigureSetFloor = { expected: 249, tp: 249, fp: 0, bounds: 249, indicators: 225, periods: 244, linksRight: 44, linksWrong: 1 };

describeFigureSetFloors('figures24', FLOOR);
