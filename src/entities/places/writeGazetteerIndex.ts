import fs from 'node:fs';
import { builtGazetteer } from './gazetteer.ts';
import { countyStems, placeStemsInAnyReading } from './countyStems.ts';
import { BUNDLED_TABLES_FILE } from '../../util/bundledTables.ts';
import { LISTED_BRANDS, listedBrands } from '../organizations/listedBrandNames.ts';
import { GAZETTEER_INDEX_FILE, serializeGazetteer } from './gazetteerIndex.ts';
import { GAZETTEER_WORDS_FILE, gazetteerWords } from './gazetteerWords.ts';
import { SHORT_NAME_PLACE_CHARS, shortNamePlaceChars } from './shortNameLines.ts';
import { ISSUER_PLACE_NAMES, issuerPlaceNames } from '../regulations/issuerPrefix.ts';

/**
 * Writes the gazetteer's index, its names as jieba's words and the tables made from them (src/util/bundledTables.ts)
 * beside this module, which scripts/bundled.mjs calls in a
 * bundle it has just made (the bundle's modules then read them instead of building the gazetteer). Built from the rows,
 * never from an index.
 */
export function writeGazetteerIndex(): void {
  const gaz = builtGazetteer();
  const stems = { county: countyStems(gaz), anyReading: placeStemsInAnyReading(gaz) };
  fs.writeFileSync(new URL(GAZETTEER_WORDS_FILE, import.meta.url), gazetteerWords(gaz));
  fs.writeFileSync(new URL(GAZETTEER_INDEX_FILE, import.meta.url), serializeGazetteer(gaz, stems));
  const tables = {
    [LISTED_BRANDS]: listedBrands(gaz),
    [SHORT_NAME_PLACE_CHARS]: shortNamePlaceChars(gaz),
    [ISSUER_PLACE_NAMES]: issuerPlaceNames(gaz),
  };
  fs.writeFileSync(new URL(BUNDLED_TABLES_FILE, import.meta.url), JSON.stringify(tables));
}
