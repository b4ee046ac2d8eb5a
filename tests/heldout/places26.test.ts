import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// Places in kinds of text no earlier set covered (tests/fixtures/places26; its README says how it was written and
// annotated): a league's pastoral report (旗, 苏木, 嘎查), a county's earthquake bulletin, a province's sister-city digest,
// a region's transport plan, a history outline with old place names and a district's urban renewal notice, scored as the
// scorer scores the news set.

// First run (main 07874e2, before any fix; 中国 inside two bodies' names and 福州市 inside the issuer's made borderline
// after it, by places25's and places21's conventions): person P .400 (4/10) R .571 (4/7); place P .964 (187/194) R .799
// (187/234); organization P 1 (6/6) R .750 (6/8).
// Divisions abroad after their country with 新 opening them (新阿基坦大区, 新莱昂州) and through a list of one country's
// (静冈县、神奈川县横滨市); no division jieba reads whole inside a name after it (岛根县|松江市); a city named for a bay
// (纳尔逊·曼德拉湾市); no line of China and the states it runs to (中吉乌铁路); a community named like a city after its
// town (桃园社区); estates after their community (八一七小区); no 府辖吴县; no person of 宋元时期 or of a lane (衣锦坊):
// person P 1 (4/4) R .571; place P .995 (200/201) R .855 (200/234).
// (places27) 中哈霍尔果斯国际边境合作中心, 中白工业园, 双河水库: place P .995 (203/204) R .868 (203/234).
const FLOORS: Floors = {
  person: { p: 1, r: 0.571 },
  place: { p: 0.994, r: 0.867 },
  organization: { p: 1, r: 0.75 },
};

describeNewsSetFloors('places26', FLOORS);
