import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in news nobody tuned for, foreign names first (tests/fixtures/people16; its README says how it was written and
// annotated): Arab, African, Latin American and Russian leaders, Japanese surnames that are no Chinese family name,
// Korean and Vietnamese names, villagers after a chain of places, lists without a role word, courts, obituaries, award
// lists, sport, bylines, and words that are no one (companies, sights, posts followed by 同志).
const FLOORS: Floors = {
  person: { p: 0, r: 0 },
  place: { p: 0, r: 0 },
  organization: { p: 0, r: 0 },
};

describeNewsSetFloors('people16', FLOORS);
