import { prng } from '../util/seededRandom.ts';
import { varyDigits, type SyntheticReport } from './synthesizeCorpus.ts';

export interface SourceReport {
  /** File name without its extension, e.g. `gwr-1998`. */
  name: string;
  text: string;
}

/**
 * `count` reports made of real ones as they are (every sentence, heading and name as written), the sources taken in turn,
 * each copy's numbers varied (so a copy's figures, and names holding numbers such as a plan's years, differ from another
 * copy's). Unlike the synthetic corpus nothing is recombined or moved: this is the prose of real reports, the shape a user's
 * corpus has. Deterministic for a given seed.
 */
export function realCorpus(sources: SourceReport[], count: number, seed = 20181126): SyntheticReport[] {
  const out: SyntheticReport[] = [];
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const copy = Math.floor(i / sources.length);
    // The first copy of each source is the report as published; the others vary its numbers.
    const text = copy === 0 ? source.text : varyDigits(source.text, prng(seed + i * 104729));
    out.push({ file: `${source.name}-${String(copy + 1).padStart(3, '0')}.txt`, text });
  }
  return out;
}
