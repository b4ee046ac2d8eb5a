import { loadGazetteer, type Gazetteer } from './places/gazetteer.ts';
import { matchGazetteer, type GazMatch } from './places/matchGazetteer.ts';
import { inferHomePlace, type HomePlace } from './places/homePlace.ts';
import { segment, type Segmentation } from './segment.ts';
import { wordsAfterBodies, wordsBeforeLevels } from './places/wordBeforeLevel.ts';
import { findTitleMarks, type TitleSpan } from './regulations/findTitleMarks.ts';
import { forgetPlaces } from '../text/codeSet.ts';

/** What every recognizer of one report reads: the text as shown, the folded text it matches on, words, gazetteer hits, home place. */
export interface EntityContext {
  text: string;
  folded: string;
  seg: Segmentation;
  gaz: Gazetteer;
  gazMatches: GazMatch[];
  home: HomePlace;
  /** Level words that stand alone though jieba glued them into a county's name (会同|县市场监管局). */
  levelWords: Set<number>;
  /** Every title in 《…》: documents are named there, and what a title names is not the report's own. */
  titles: TitleSpan[];
}

/** Segments the folded text once and finds the report's home place, for all recognizers. */
export function entityContext(text: string, folded: string): EntityContext {
  forgetPlaces();
  const gaz = loadGazetteer();
  const seg = segment(folded);
  const acting = wordsAfterBodies(folded, matchGazetteer(folded, seg, gaz));
  const titles = findTitleMarks(folded);
  const home = inferHomePlace(folded, acting.matches, gaz, titles);
  const { matches: gazMatches, levels } = wordsBeforeLevels(folded, acting.matches, home);
  for (const at of acting.levels) levels.add(at);
  return { text, folded, seg, gaz, gazMatches, home, levelWords: levels, titles };
}
