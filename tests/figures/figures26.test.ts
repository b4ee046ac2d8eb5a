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
// Round 2 (figures26): longer parts of one kind share the head after the last (东部片区、西部片区粮食产量分别增长), 三次产业…分别
// gives each industry its rate, a zone's name out of its key (攸县高新技术产业开发区 → 技工贸总收入), a 分别 list's places
// past a bound (分别建成500亩以上…5个和3个); a project opening its clause owns its figures (no 湘江 on 渌水's investment):
// indicators 215 → 224/237 (the first run reads 203 on the gold corrected for 东部片区粮食产量增长), wrong links 8 → 4.
// Round 3 (figures26): the things counted before and 中 open a clause whose deed is counted (问题中已整改到位 → 整改到位), 发生
// dropped before the events counted (交通运输领域生产安全事故): indicators 224 → 227/237.
// figures27: a 根据 phrase cut (制定完善制度规定), 其余 read by the deed after it (按程序追回), 12个乡镇（街道）财政所 whole (the key
// folded, 乡镇(街道)财政所, accepted beside the gold's full-width form); no 株洲市 from 湘江株洲段 and 株洲港: indicators 227 → 230,
// wrong links 4 → 2.
const FLOOR: FigureSetFloor = { expected: 238, tp: 238, fp: 0, bounds: 238, indicators: 230, periods: 235, linksRight: 26, linksWrong: 2 };

describeFigureSetFloors('figures26', FLOOR);
