import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// Places in kinds of official text nobody tuned for (tests/fixtures/places21; its README says how it was written and
// annotated): an environment bulletin, a township's work summary, a transport plan, a statistical communiqué's regional
// paragraphs, a flood and drought report and an opening-up report, scored as the scorer scores the news set.

// First run (main 8c34f54, before any fix of this set): person P 1 (1/1) R 1 (1/1); place P .953 (142/149) R .798
// (142/178); organization P 1 (10/10) R .909 (10/11). False places: 中国 across 其中|国控, 湘阴县 from the township
// 湘阴渡, 坑村 from 上坑村, 东江 from the avenue 东江源大道, 港南康港区, 大渡河瀑布沟水库, 汉源湖库区.
const FLOORS: Floors = {
  person: { p: 1, r: 1 },
  place: { p: 0.953, r: 0.797 },
  organization: { p: 1, r: 0.909 },
};

describeNewsSetFloors('places21', FLOORS);
