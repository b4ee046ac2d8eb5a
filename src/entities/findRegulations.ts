import type { EntityCandidate } from '../types.ts';

// STUB (owned by the regulations/campaigns helper): every 《…》 title, and named documents cited without marks.
export function findRegulations(_text: string, _folded: string): EntityCandidate[] {
  return [];
}
