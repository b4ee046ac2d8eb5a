import { describeFigureSetFloors, type FigureSetFloor } from './describeFigureSetFloors.ts';

// figures23's documents (tests/fixtures/figures23/*.figs), written with their expected figures, indicators, periods and links
// before the extractor was first run on them: a county's report on rectification after an inspection, a town's government
// work report, a monthly price bulletin, an environment bulletin, a 12345 hotline report, and enumerations and tricky forms.

// First run (main e0a1998, no fix yet): 235 of 237 figures, 1 false, bounds 235, indicators 150/212, periods 144/234, links
// 33 of 40 right, 9 wrong; on the gold as corrected after it (README): indicators 151/212, links 39 of 46 right, 3 wrong.
// A first line ending 分析 or 解读 is the title and gives its year; a work report titled by the year it is read in reviews the
// year its body opens on (2023年，…): periods 144 → 235/235. 5.36元/500克 is one figure; 连续15年未发生 counts years: 237/237.
// A later clause listing as many figures as a 分别 list paired (…分别追缴…8.6万元和5.2万元，取消…37户、21户) pairs them the same
// way; 全县政府债务余额 names no 县政府: links wrong 3 → 1 (figures22's 5 → 1). The list before 分别 opens no key, nor does a
// price's 每公斤 or 为每升, a 折合 or a 为 'for' before those served (为群众挽回经济损失): indicators 151 → 162.
// A per cent after a change in points is the level reached (提高2.1个百分点，达到52.6%; 下降1.5个百分点至48.2%, no range);
// 人口自然增长率 is a rate of its own, no change: 162 → 164.
// Alternatives the project's written conventions give (年均 no part of a key, a price's rise keyed 涨幅, README): 164 → 172
// (the first run on them: 157/212).
// A bounded class (20秒内接通率, 60岁及以上人口占比) keeps its bound in the key (figures24): 172 → 174.
// figures24 round 2 (城乡 parts, a change word between a list's numbers, 连续): 174 → 177.
// figures25: a 分别 list of places gives each the head after the last place (章贡区、南康区农贸市场蔬菜日均上市量): 177 → 178.
// figures25 round 2: a span glued inside a name is part of it (臭氧日最大8小时平均浓度第90百分位数): 178 → 179.
// figures26: a share keeps a long part with its whole: 179 → 180.
// figures26 round 2: 181.
// figures27: 集中 kept where it names a way of doing (县级以上集中式饮用水水源地水质达标率, was 式饮用水…): 181 → 182.
const FLOOR: FigureSetFloor = { expected: 237, tp: 237, fp: 0, bounds: 237, indicators: 182, periods: 235, linksRight: 39, linksWrong: 1 };

describeFigureSetFloors('figures23', FLOOR);
