import { describeFigureSetFloors, type FigureSetFloor } from './describeFigureSetFloors.ts';

// figures25's documents (tests/fixtures/figures25/*.figs), written with their expected figures, indicators, periods and links
// before the extractor was first run on them: a province's government work report with its targets, a city's draft budget,
// a county's report on the gains of poverty alleviation, a province's environmental bulletin, a city's water works review
// and a listed firm's annual report summary.

// First run (main c802ccc, no fix yet): 225 of 225 figures, 0 false, bounds 225, indicators 176/215 (178 with the corrections
// after the first run, README), periods 218/221 (上年结转收入 read as last year's), links 24 of 24 right, 6 wrong (5 after
// the corrections: 湘江 on the next clause's 达标率, 党中央 in 中央支持地方高校改革发展资金, 巡河巡湖 and 新开工水库 read as bodies).
// Round 1: 净增 a change (新型农业经营主体增加), 各级各类 kept, a class set apart by an amount keyed by it (营业收入超10亿元的
// 企业), a 分别 list of places gives each the head after the last place, or the previous figure's key when it has none
// (张家界市、湘西州优良天数比例; 岳阳市、常德市分别达到; 下达芦淞区、石峰区转移支付资金): indicators 178 → 185/215.
// Round 2: held firms and an allocating level out of keys (省属监管企业实现营业收入 → 营业收入, 市本级安排教育支出 → 教育支出),
// a budget's sum operators (加, 减去) and 安排 after spending dropped, 上年结转 the budget's own year, a total after 新增 of
// all, a span glued inside a name, a part of the day kept (夜间达标率): indicators 185 → 199/215, periods 218 → 221/221.
// Round 3: a budget's sum line keeps its 总计 after a bare 收入 or 支出: indicators 199 → 201/215.
// Round 4: 出现 a light verb (出现重度及以上污染天数 → 重度及以上污染天数): 201 → 203/215.
// figures26: 拥有 dropped before a count (拥有有效专利 → 有效专利): 203 → 204; no 党中央 in 中央支持地方高校改革发展资金: 5 wrong links → 4.
// figures27: 每10股派发现金红利 (was 发现金红利), 向下 a word (向下游补水): indicators 204 → 206.
const FLOOR: FigureSetFloor = { expected: 225, tp: 225, fp: 0, bounds: 225, indicators: 206, periods: 221, linksRight: 24, linksWrong: 4 };

describeFigureSetFloors('figures25', FLOOR);
