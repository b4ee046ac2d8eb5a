// Whether the files a bundle was made from are as they were (scripts/bundled.mjs): each file's SHA-256 is kept in the
// bundle's stamp with its size and modification time. A file of the same size and time is taken as unchanged without
// being read (hashing the ~360 files was about 8 ms of every command's start); any other is hashed, so that a file
// touched but not changed (a checkout) keeps the bundle and one changed within the same size and time cannot be missed
// unless its time was set back by hand.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the stamp of command `name`'s bundle for the checkout at `root` is kept: one per checkout, so that checkouts that
 * share one node_modules (git worktrees that link it) each keep their own bundle rather than make theirs over the
 * others' at every command (eight worktrees sharing one cache made 41 bundles in 13 minutes).
 */
export function stampFileOf(cache, name, root) {
  return path.join(cache, `${name}.${createHash('sha256').update(root).digest('hex').slice(0, 12)}.json`);
}

export function hashOf(file) {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return '';
  }
}

/** [size, modification time in ns] of a file, or undefined when there is none. */
function statOf(file) {
  try {
    const st = fs.statSync(file, { bigint: true });
    return [String(st.size), String(st.mtimeNs)];
  } catch {
    return undefined;
  }
}

// A file modified this recently may be modified again within the same tick of a coarse clock (a file system that keeps
// whole seconds), to text of the same size: its time is not kept, so that it is hashed, as git does with racy entries.
const RACY_NS = 3_000_000_000n;

/** The stamp of `inputs` (paths relative to `root`): `{ inputs: { path: hash }, stats: { path: [size, time] } }`. */
export function stampInputs(root, inputs) {
  // Each file's size and time taken before it is hashed: a change after that is seen by either.
  const settled = BigInt(Date.now()) * 1_000_000n - RACY_NS;
  const stats = {};
  for (const f of inputs) {
    const stat = statOf(path.join(root, f));
    if (stat && BigInt(stat[1]) < settled) stats[f] = stat;
  }
  return { inputs: Object.fromEntries(inputs.map((f) => [f, hashOf(path.join(root, f))])), stats };
}

/** Whether every input of a stamp is as it was (a stamp without stats, from an older bundler, is checked by hashes). */
export function inputsUnchanged(root, stamp) {
  for (const [input, hash] of Object.entries(stamp.inputs)) {
    const full = path.join(root, input);
    const was = stamp.stats?.[input];
    const now = was && statOf(full);
    if (now && now[0] === was[0] && now[1] === was[1]) continue;
    if (hashOf(full) !== hash) return false;
  }
  return true;
}
