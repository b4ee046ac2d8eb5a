import type { EntityCandidate } from '../types.ts';

// STUB (owned by the regulations/campaigns helper): …攻坚战, …专项行动, “…”工程, 两学一做 …
export function findCampaigns(_text: string, _folded: string): EntityCandidate[] {
  return [];
}
