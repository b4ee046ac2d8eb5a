import fs from 'node:fs';
import { loadGazetteer, type GazPlace } from './gazetteer.ts';
import type { GazetteerMaps } from './gazetteerIndex.ts';

// The gazetteer's names as words of jieba's dictionary (so that rare towns such as 高埗镇 segment whole), one
// `name weight ns` line each. scripts/bundled.mjs writes them beside the bundle with the gazetteer's index, from the same
// maps, so that every process and worker thread hands jieba the file's bytes instead of listing 34,000 names, weighing
// each and encoding the text again (about 20 ms of CPU and 5 MB of garbage per thread, at start).

/** Name of the file beside the bundle. */
export const GAZETTEER_WORDS_FILE = 'gazetteer-words.txt';

// Shorter names are in jieba's own dictionary, as words of the language.
const MIN_LENGTH = 3;
const WEIGHT = 2000;
// A short name weighs less, so that it does not split a word of the language before it (加大|水乡, not 加|大水乡).
const SHORT_NAME_WEIGHT = 20;

/** The dictionary text of a gazetteer's names. */
export function gazetteerWords(maps: Pick<GazetteerMaps, 'byName'>): string {
  const lines: string[] = [];
  for (const [name, places] of maps.byName)
    if (name.length >= MIN_LENGTH) lines.push(`${name} ${isTownShortName(name, places) ? SHORT_NAME_WEIGHT : WEIGHT} ns`);
  return lines.join('\n');
}

/** The dictionary's bytes: the file beside the bundle where there is one, else made from the gazetteer. */
export function gazetteerWordsBytes(): Buffer {
  try {
    return fs.readFileSync(new URL(GAZETTEER_WORDS_FILE, import.meta.url));
  } catch {
    // None (tsx, tests, a bundle without it): made here.
    return Buffer.from(gazetteerWords(loadGazetteer()), 'utf8');
  }
}

// A town's everyday short name rather than its own (枫树乡 for 枫树维吾尔族回族乡).
const isTownShortName = (name: string, places: readonly GazPlace[]): boolean => places.every((p) => p.level === 'town' && p.name !== name);
