import fs from 'node:fs';
import { buildMaps } from './gazetteer.ts';
import { GAZETTEER_INDEX_FILE, serializeGazetteer } from './gazetteerIndex.ts';
import { GAZETTEER_WORDS_FILE, gazetteerWords } from './gazetteerWords.ts';

/**
 * Writes the gazetteer's index and its names as jieba's words beside this module, which scripts/bundled.mjs calls in a
 * bundle it has just made (the bundle's modules then read them instead of building the gazetteer). Built from the rows,
 * never from an index.
 */
export function writeGazetteerIndex(): void {
  const maps = buildMaps();
  fs.writeFileSync(new URL(GAZETTEER_WORDS_FILE, import.meta.url), gazetteerWords(maps));
  fs.writeFileSync(new URL(GAZETTEER_INDEX_FILE, import.meta.url), serializeGazetteer(maps));
}
