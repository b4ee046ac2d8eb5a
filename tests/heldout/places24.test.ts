import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// Places in kinds of text nobody tuned for (tests/fixtures/places24; its README says how it was written and annotated):
// a county yearbook's overview, an earthquake bulletin, an east-west pairing and 对口支援 digest, an administrative-division
// change notice, a border ports and trade report and a sister-city digest, scored as the scorer scores the news set.

// First run (main 90ea0d4, before any fix of this set): person P .800 (4/5) R .800 (4/5); place P .941 (238/253) R .801
// (238/297); organization P .879 (29/33) R .879 (29/33). False places: 东兰县 and 九江市 of villages listed by their stems,
// 遵义市 of a person 王遵义, 丽江市, 回族满族镇, 饶尔口岸, 越南老街, 西北, 西南, 阿基坦大区, 安特卫普, 布鲁日港, 金字塔景区,
// 村至三江村, 空旷地带; a false person 纳尔逊·曼德拉 (of a city's name).
const FLOORS: Floors = {
  person: { p: 0.8, r: 0.8 },
  place: { p: 0.94, r: 0.801 },
  organization: { p: 0.878, r: 0.878 },
};

describeNewsSetFloors('places24', FLOORS);
