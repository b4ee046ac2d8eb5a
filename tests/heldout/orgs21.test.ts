import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// Organizations in six kinds of official text nobody tuned for (tests/fixtures/orgs21; its README says how it was
// written and annotated): an audit report's findings, administrative penalty and credit notices, a procurement result
// announcement, a department's final-accounts notes, party-building news and social organizations in a county, with
// kinds of body without a name, brands and websites, a body named by its post-holder and places before a kind as traps.

// First run (main 8c34f54, before any fix of this set): person P 1 (10/10) R .769 (10/13), place P .944 (17/18) R 1
// (17/17), organization P .957 (66/69) R .795 (66/83).
// After the stations and centres of a field's service (德清县畜牧兽医站, 市农业技术推广站), a city's chamber in a county
// (松阳县温州商会) and a short name said to be one (（以下简称城投集团）): organization P .973 (72/74) R .867 (72/83).
// After 市直机关工委, a university's 茶|学系 and a team named in quotes (“山水行”志愿服务队): organization P .974 (75/77)
// R .904 (75/83).
const FLOORS: Floors = {
  person: { p: 0.999, r: 0.768 },
  place: { p: 0.943, r: 0.999 },
  organization: { p: 0.973, r: 0.903 },
};

describeNewsSetFloors('orgs21', FLOORS);
