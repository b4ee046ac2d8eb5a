import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People's Daily news of the sections the news set covers least (tests/fixtures/news26; its README says how it was
// written and annotated): foreign leaders, parties and parliaments, UN and international bodies, firms by full and short
// names, banks and associations, sport, culture and science, local news, the army and police, scored as the scorer
// scores the news set.

// First run (main 07874e2, before any fix of this set): person P .973 (71/73) R .845 (71/84), place P .883
// (121/137) R .883 (121/137), organization P .924 (109/118) R .858 (109/127).
const FLOORS: Floors = {
  person: { p: 0.972, r: 0.844 },
  place: { p: 0.882, r: 0.882 },
  organization: { p: 0.923, r: 0.857 },
};

describeNewsSetFloors('news26', FLOORS);
