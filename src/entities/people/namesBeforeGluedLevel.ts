import type { EntityCandidate } from '../../types.ts';

// 谭国富任县审计局党组书记: jieba glues the verb of holding a post to the level of the body after it (任县/r), and the places
// reader takes the name with the verb for a county's stem (谭国富任县). Where a person is read from the place's start to
// right before the verb, the place is that name and the verb.
const VERB_AND_LEVEL = /^[任兼][县市区省乡镇]$/;

/** The place candidates that are a person's name read with the verb and level after it, to be dropped. */
export function placesOverNameAndVerb(folded: string, candidates: readonly EntityCandidate[]): Set<EntityCandidate> {
  const personEnds = new Map<number, number[]>();
  for (const c of candidates) if (c.type === 'person') personEnds.set(c.start, [...(personEnds.get(c.start) ?? []), c.end]);
  const out = new Set<EntityCandidate>();
  for (const c of candidates) {
    if (c.type !== 'place') continue;
    const ends = personEnds.get(c.start);
    if (ends?.some((end) => end < c.end && VERB_AND_LEVEL.test(folded.slice(end, c.end)))) out.add(c);
  }
  return out;
}
