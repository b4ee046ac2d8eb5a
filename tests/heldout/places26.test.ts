import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// Places in kinds of text no earlier set covered (tests/fixtures/places26; its README says how it was written and
// annotated): a league's pastoral report (旗, 苏木, 嘎查), a county's earthquake bulletin, a province's sister-city digest,
// a region's transport plan, a history outline with old place names and a district's urban renewal notice, scored as the
// scorer scores the news set.

// First run (main 07874e2, before any fix; 中国 inside two bodies' names and 福州市 inside the issuer's made borderline
// after it, by places25's and places21's conventions): person P .400 (4/10) R .571 (4/7); place P .964 (187/194) R .799
// (187/234); organization P 1 (6/6) R .750 (6/8).
const FLOORS: Floors = {
  person: { p: 0.4, r: 0.571 },
  place: { p: 0.963, r: 0.799 },
  organization: { p: 1, r: 0.75 },
};

describeNewsSetFloors('places26', FLOORS);
