import type { Entity, EntityCandidate, NormalizedReport, ReportStructure } from '../types.ts';
import { joinWraps, type JoinedView } from '../text/wraps.ts';
import { entityContext } from './context.ts';
import { findPlaces, inCountedSet } from './findPlaces.ts';
import { placeInTown, villageGroups } from './places/villageGroups.ts';
import { findPeople } from './findPeople.ts';
import { findOrganizations } from './organizations/findOrganizations.ts';
import { findRegulations } from './findRegulations.ts';
import { findCampaigns } from './findCampaigns.ts';
import { findWorld } from './world/findWorld.ts';
import { findBorderZones } from './places/borderZones.ts';
import { findStatePairParks } from './places/statePairZones.ts';
import { resolveOverlaps } from './resolveOverlaps.ts';
import { groupCandidates } from './groupCandidates.ts';
import { findFacilities } from './places/facilities.ts';
import { findNamedLandmarks } from './places/namedLandmarks.ts';
import { findCelestialBodies } from './places/celestialBodies.ts';
import { findSpacecraft } from './places/spacecraft.ts';
import { findCorpsRegiments } from './places/corpsUnits.ts';
import { findCityPrefectures, findDivisionsAfterCountry, findDivisionWords, findForeignDivisions } from './places/foreignDivisions.ts';
import { findDatelinePlaces } from './places/datelinePlaces.ts';
import { findCityOtherNames } from './places/cityOtherNames.ts';
import { findRoadNames } from './places/roadNames.ts';
import { findKnownSights } from './places/knownSights.ts';
import { findRouteEnds } from './places/routeEnds.ts';
import { findShortNameLines } from './places/shortNameLines.ts';
import { findLandforms } from './places/landforms.ts';
import { findForeignCities } from './places/foreignCities.ts';
import { findStations } from './places/stations.ts';
import { findGlossedPlaces } from './places/glossedPlaces.ts';
import { findRegionGovernmentPlaces } from './places/regionGovernmentPlaces.ts';
import { findAppositivePlaces } from './places/appositivePlaces.ts';
import { crossesBulletinName, findBulletinRivers } from './places/bulletinRivers.ts';
import { findKoreanDivisions } from './places/koreanDivisions.ts';
import { findHyphenatedPlaces } from './places/hyphenatedPlaces.ts';
import { findListedForeignPlaces } from './places/listedForeignPlaces.ts';
import { findListedGrounds } from './places/listedGrounds.ts';
import { namesAFirm, namesAThing } from './places/firmNames.ts';
import { placesOverNameAndVerb } from './people/namesBeforeGluedLevel.ts';
import { findCityStemsAfterProvince } from './places/cityStemsAfterProvince.ts';
import { findNativePlaces } from './places/nativePlaces.ts';
import { concatAll, pushAll } from '../util/arrays.ts';
import { findSightsAfterCity, withoutCityAtFront } from './places/sightsAfterCity.ts';
import { periodicalEditions } from './regulations/periodicalTitles.ts';

// The last character of a water's name (湖 of 四湖).
const WATER_END = /^[江河湖海溪]$/;

/**
 * Entities of one report: candidates from every recognizer (places and landmarks, people, organizations, the world beyond China,
 * regulations, campaigns),
 * one reading kept per stretch of text, grouped into one entity per real thing with every surface as an alias.
 * Matching runs on the folded text (simplified, half-width), with the breaks of wrapped lines taken out; mentions point
 * into the text as shown.
 */
export function findEntities(report: NormalizedReport, structure: ReportStructure): Entity[] {
  const { text } = report;
  const { folded, joined, read } = entityView(report, structure);
  const ctx = entityContext(read.text, read.folded);
  const places = findPlaces(ctx);
  const organizations = findOrganizations(ctx, places);
  // A town's report: its villages lie in the town; their groups (石马村第三村民小组) in the village.
  const placed = placeInTown(places, organizations.town?.path);
  // Documents are named in title marks, and nothing inside one is a campaign: the marks are read once, in the context.
  const marks = ctx.titles;
  const rivers = findBulletinRivers(ctx);
  // One list made by pushes, not by spreading thirty arrays into one: until V8 optimizes this function (which runs once a
  // report, so late), a spread reads every candidate through the iterator protocol.
  const found = concatAll([
    placed,
    villageGroups(read.folded, read.text, placed),
    withoutCityAtFront(ctx, findFacilities(ctx)),
    withoutCityAtFront(ctx, findNamedLandmarks(ctx, placed)),
    findSightsAfterCity(ctx),
    findCelestialBodies(ctx),
    findSpacecraft(ctx),
    findCorpsRegiments(ctx),
    findForeignDivisions(ctx),
    findDivisionWords(ctx),
    findHyphenatedPlaces(ctx),
    findKoreanDivisions(ctx),
    findDivisionsAfterCountry(ctx),
    findCityPrefectures(ctx),
    findCityStemsAfterProvince(ctx),
    findNativePlaces(ctx),
    findForeignCities(ctx),
    findDatelinePlaces(ctx),
    findCityOtherNames(ctx),
    findRoadNames(ctx),
    findKnownSights(ctx),
    findBorderZones(ctx),
    findStatePairParks(ctx),
    findRouteEnds(ctx),
    findShortNameLines(ctx),
    findStations(ctx),
    rivers,
    findLandforms(ctx),
    findGlossedPlaces(ctx),
    findRegionGovernmentPlaces(ctx),
    findAppositivePlaces(ctx),
    findPeople(ctx),
    organizations.candidates,
    findWorld(ctx),
    findRegulations(read.text, read.folded, marks, ctx.seg),
    findCampaigns(read.text, read.folded, marks),
  ]);
  pushAll(found, findListedForeignPlaces(ctx, found));
  pushAll(found, findListedGrounds(ctx, found));
  pushAll(found, periodicalEditions(read.text, found));
  const overNames = placesOverNameAndVerb(read.folded, found);
  // 两江四湖: half of a counted set of waters names no place, whatever list knows a place of that name (四湖, a township of 云林);
  // a counted phase is no set (三峡|三期工程).
  const kept = found.filter(
    (c) =>
      !namesAFirm(ctx, c) &&
      !namesAThing(ctx, c) &&
      !overNames.has(c) &&
      !crossesBulletinName(rivers, c) &&
      !(c.type === 'place' && WATER_END.test(read.folded.slice(c.end - 1, c.end)) && inCountedSet(read.folded, c)),
  );
  const candidates = (joined ? kept.map((c) => toOriginal(c, joined, text)) : kept).filter((c) => c.end > c.start && surfaceAt(text, c));
  return groupCandidates(report.id, folded, resolveOverlaps(candidates));
}

/** The candidate's surface is the text at its offsets (as text.slice(start, end) === surface, without making the slice). */
function surfaceAt(text: string, c: EntityCandidate): boolean {
  if (c.start < 0 || c.end > text.length) return text.slice(c.start, c.end) === c.surface;
  return c.surface.length === c.end - c.start && text.startsWith(c.surface, c.start);
}

/** What the recognizers read: the folded text and, with the breaks of wrapped lines taken out, the joined text. */
export interface EntityView {
  folded: string;
  joined: JoinedView | undefined;
  read: { text: string; folded: string };
}

const views = new WeakMap<ReportStructure, { report: NormalizedReport; view: EntityView }>();

/**
 * The text the recognizers read and jieba segments, which the corpus asks for ahead (src/corpus/extractAhead.ts, to have
 * it cut meanwhile); kept while the report's structure lives, so that findEntities does not join its lines again.
 */
export function entityView(report: NormalizedReport, structure: ReportStructure): EntityView {
  const known = views.get(structure);
  if (known?.report === report) return known.view;
  const { text } = report;
  const folded = report.folded.length === text.length ? report.folded : text;
  const joined = joinWraps(text, folded, structure.sentences);
  const view = { folded, joined, read: joined ?? { text, folded } };
  views.set(structure, { report, view });
  return view;
}

/** A candidate read on the joined text, pointed back at the text as shown; a name cut by a wrap keeps its joined form. */
function toOriginal(c: EntityCandidate, joined: JoinedView, text: string): EntityCandidate {
  const start = joined.start(c.start);
  const end = joined.end(c.end);
  if (end - start === c.end - c.start) return { ...c, start, end };
  return { ...c, start, end, surface: text.slice(start, end), canonical: c.canonical ?? joined.folded.slice(c.start, c.end) };
}
