import { describeFigureSetFloors, type FigureSetFloor } from './describeFigureSetFloors.ts';

// figures26's documents (tests/fixtures/figures26/*.figs), written with their expected figures, indicators, periods and links
// before the extractor was first run on them: a county's statistical communiqué, a city's report on rectifying an audit's
// findings, a city's education and health statistics digests, a county-level city's agriculture review and a city's
// transport statistics digest.
// First run (main 07874e24, no fix yet): 238 of 238 figures, 0 false, bounds 238, indicators 201/237 (202 with the
// corrections after the first run, README), periods 235/235, links 26 of 26 right, 11 wrong (9 after the corrections: 党中央
// in 中央支持地方高校改革发展资金, two towns crossed by 分别建成500亩以上…, 株洲市 from 湘江株洲段 and 株洲港, 港铜塘湾 a place,
// 湘江 on the next clause's investment).
// Round 1 (figures26): 有 read alone and 拥有 before a count out of a key, 在园 kept, a bare 新增 of the count before, a share's
// long part kept with its whole, a negation kept in a cut phrase, 缩短 a decrease; no 党中央 in 中央支持地方高校改革发展资金:
// indicators 202 → 215/237, wrong links 9 → 8.
const FLOOR: FigureSetFloor = { expected: 238, tp: 238, fp: 0, bounds: 238, indicators: 215, periods: 235, linksRight: 26, linksWrong: 8 };

describeFigureSetFloors('figures26', FLOOR);
