import { describeFigureSetFloors, type FigureSetFloor } from './describeFigureSetFloors.ts';

// figures22's documents (tests/fixtures/figures22/*.figs), written with their expected figures, indicators, periods and links
// before the extractor was first run on them: a statistical communiqué, a budget's final accounts, a disaster-loss bulletin,
// listed firms' annual-report digest, a health and education yearbook entry, and numbers that are no figures.

// First run (main 138de1d, no fix yet): 211 of 212 figures, 0 false, bounds 211, indicators 153/202, periods 163/209, links
// 62 of 67 right, 7 wrong. A first line titled 摘要 or 概况 is the title and gives its year (periods 163 → 208 of 210);
// 顶 (帐篷350顶) is a classifier (figures 212/212).
// Indicators: an amount fulfilled is the level (收入完成9.86亿元), shares keyed X占Y的比重 however written, quarters, a cause,
// the firm or towns just named and a range's first number opening or ending no key, 缩短至 a level: 155 → 175 (up to 5 of
// them the alternatives added after the first run, README).
// A town, county or firm the figure is linked to opens no key (src/link/figureOwners.ts): 175 → 183.
// 全县政府债务余额 names no 县政府 (figures23): links wrong 5 (main 0cf0b8e) → 1, 党中央 read in 中央自然灾害救灾资金.
// 人口自然增长率 is a rate of its own; 规模翻了一番 is the verb of the clause whose subject the figures after it measure: 183 → 186.
// 中央 before the name of funds (中央自然灾害救灾资金) is the central level, no 党中央 (figures24): links wrong 1 → 0.
// A plan's amount before 的 and a rate (完成调整预算数28.40亿元的98.3%), 木材和水泥的产量-like heads, 连续 (figures24 round 2): 186 → 189.
// figures27: what a dividend is per (每10股) ends the words before it (股东每10股派发现金红利 → 派发现金红利): 189 → 190.
const FLOOR: FigureSetFloor = { expected: 212, tp: 212, fp: 0, bounds: 212, indicators: 190, periods: 208, linksRight: 64, linksWrong: 0 };

describeFigureSetFloors('figures22', FLOOR);
