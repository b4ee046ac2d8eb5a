import type { DateMention } from '../types.ts';

// STUB (owned by the figures helper).
export function findDates(_text: string, _reportId: string): DateMention[] {
  return [];
}
