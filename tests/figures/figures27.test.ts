import { describeFigureSetFloors, type FigureSetFloor } from './describeFigureSetFloors.ts';

// figures27's documents (tests/fixtures/figures27/*.figs), written with their expected figures, indicators, periods and links
// before the extractor was first run on them: a city housing bureau's review, a culture and tourism digest, a human
// resources and social security review, a commerce and open-economy report, a market regulation review and a civil affairs
// review with a flood relief.
// First run (main b79890ee, no fix yet): 228 of 228 figures, 0 false, bounds 228, indicators 182/224, periods 228/228,
// links 29 of 37 right, 8 wrong (the relief sent 向灾区 given to the issuer rather than 溆浦县 and 辰溪县, 张家界市 from
// 澧水张家界段, 市商务局 read as 汨罗市商务局 after a sentence naming 汨罗市, 枣阳市 for 枣阳市人社局).
const FLOOR: FigureSetFloor = { expected: 228, tp: 228, fp: 0, bounds: 228, indicators: 182, periods: 228, linksRight: 29, linksWrong: 8 };

describeFigureSetFloors('figures27', FLOOR);
