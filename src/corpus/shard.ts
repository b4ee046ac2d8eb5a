import { createHash } from 'node:crypto';

/** The I-th of N shards of a corpus (1 ≤ I ≤ N). */
export interface Shard {
  index: number;
  count: number;
}

/** `I/N` as given to --shard: 1/4 … 4/4. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`--shard needs I/N, e.g. 1/4 (got "${text}")`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new Error(`--shard ${text}: I must be between 1 and N (shards are counted from 1)`);
  return { index, count };
}

/**
 * Whether a report belongs to a shard: by a hash of its id, never by its position in the list, so a report stays in
 * its shard when others are added (and a shard's cache stays warm), and every host that lists the same corpus agrees.
 */
export function inShard(reportId: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const h = createHash('sha1').update(reportId).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}
