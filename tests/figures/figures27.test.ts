import { describeFigureSetFloors, type FigureSetFloor } from './describeFigureSetFloors.ts';

// figures27's documents (tests/fixtures/figures27/*.figs), written with their expected figures, indicators, periods and links
// before the extractor was first run on them: a city housing bureau's review, a culture and tourism digest, a human
// resources and social security review, a commerce and open-economy report, a market regulation review and a civil affairs
// review with a flood relief.
// First run (main b79890ee, no fix yet): 228 of 228 figures, 0 false, bounds 228, indicators 182/224 (185 on the gold
// corrected after the first run, README), periods 228/228, links 29 of 37 right, 8 wrong (5 on the corrected gold: 张家界市
// from 澧水张家界段, 市商务局 read as 汨罗市商务局, 枣阳市 for 枣阳市人社局; the relief sent 向灾区 missing 溆浦县 and 辰溪县).
// Round 1 (figures27): 在用, 全国重点, 城乡居民's schemes and 集中供养 kept, 由每月…调整为每月…, 上调 a change, 为 before those
// served: indicators 185 → 196/224.
// Round 2 (figures27): 其余 read by the deed after it, a 根据 phrase cut, 乡镇（街道）市场监管所 whole, receivers after 向 out
// of the key, 等级 a word, 月人均 the clause before's subject; 灾区 stands for the places struck: indicators 196 → 204/224,
// links 29 → 35 of 37 right, 5 wrong.
// Round 3 (figures27): a zone's, a port's, an airport's and a unit's name out of its key (综合保税区完成进出口总额 → 进出口总额,
// 岳阳港完成货物吞吐量 → 货物吞吐量), two measures ending alike no list (社会消费品外贸进出口总额 → 外贸进出口总额); a place naming a
// water's section or a port no link (张家界市 from 澧水张家界段): indicators 204 → 212/224, wrong links 5 → 4.
// Round 4 (figures27): a bare 新建 after a deed takes the deed's place (其中新建3100套 → 新建保障性租赁住房): 212 → 213/224.
const FLOOR: FigureSetFloor = { expected: 228, tp: 228, fp: 0, bounds: 228, indicators: 213, periods: 228, linksRight: 35, linksWrong: 4 };

describeFigureSetFloors('figures27', FLOOR);
