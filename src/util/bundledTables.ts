import fs from 'node:fs';

// Tables that follow from the extractor's code and data alone (word lists, the gazetteer, the packages' data), made once
// when scripts/bundled.mjs makes the bundle (src/entities/places/writeGazetteerIndex.ts writes them beside it, so they
// are as fresh as the bundle) instead of in every process's first report. Without the file (tsx, tests) each table is
// made where it is used, by the same function that made the file's.

/** Name of the file beside the bundle. */
export const BUNDLED_TABLES_FILE = 'bundled-tables.json';

let tables: Record<string, unknown> | null | undefined;

/** The table written beside the bundle under `name`, or undefined where there is none. */
export function bundledTable<T>(name: string): T | undefined {
  if (tables === undefined) {
    try {
      tables = JSON.parse(fs.readFileSync(new URL(BUNDLED_TABLES_FILE, import.meta.url), 'utf8')) as Record<string, unknown>;
    } catch {
      tables = null;
    }
  }
  return tables?.[name] as T | undefined;
}
