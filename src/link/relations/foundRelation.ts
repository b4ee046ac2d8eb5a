import type { RelationType, Span } from '../../types.ts';

/** One relation as a finder reads it from one clause, before relations of a report are merged. */
export interface FoundRelation {
  type: RelationType;
  source: string;
  target: string;
  /** The clause it is read from: its evidence. */
  clause: Span;
  title?: string;
  former?: boolean;
  inferred?: boolean;
}
