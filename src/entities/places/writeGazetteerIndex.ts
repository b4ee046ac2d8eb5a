import fs from 'node:fs';
import { buildMaps } from './gazetteer.ts';
import { GAZETTEER_INDEX_FILE, serializeGazetteer } from './gazetteerIndex.ts';

/**
 * Writes the gazetteer's index beside this module, which scripts/bundled.mjs calls in a bundle it has just made (the
 * bundle's modules then read the index instead of building the gazetteer). Built from the rows, never from an index.
 */
export function writeGazetteerIndex(): void {
  fs.writeFileSync(new URL(GAZETTEER_INDEX_FILE, import.meta.url), serializeGazetteer(buildMaps()));
}
