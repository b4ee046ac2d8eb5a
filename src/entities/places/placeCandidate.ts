import type { EntityCandidate, PlaceInfo } from '../../types.ts';

/** A place read from [start, end) of the text, of a level known but placed nowhere (a landmark, a planet, a foreign state). */
export function placeCandidate(
  text: string,
  start: number,
  end: number,
  level: PlaceInfo['level'],
  score: number,
  source: string,
): EntityCandidate {
  return { type: 'place', start, end, surface: text.slice(start, end), score, source, place: { level } };
}
