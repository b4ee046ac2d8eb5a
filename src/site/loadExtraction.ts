import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../types.ts';

/** The extraction the site is built from: SITE_EXTRACTION (set by buildSite for Astro) or the default generated file. */
export function extractionPath(): string {
  return path.resolve(process.env.SITE_EXTRACTION || 'data/generated/extraction.json');
}

/** A site build cannot start: the message names the file and what to do (shown without a stack trace). */
export class SiteDataError extends Error {}

/** Lists every record must carry: the site shows what extraction wrote, so a missing one is an error, never an empty list. */
const TOP_LISTS = ['reports', 'measures', 'entities', 'figures', 'cases', 'relations', 'skipped'] as const;
const RECORD_LISTS: Partial<Record<(typeof TOP_LISTS)[number], readonly string[]>> = {
  reports: ['sections', 'paragraphs', 'sentences', 'dates', 'removed'],
  entities: ['aliases', 'mentions'],
  figures: ['entities'],
  cases: ['kinds', 'entities', 'figures'],
  relations: ['evidence'],
};

/** Reads extraction.json as written by `npm run extract`; a missing list names the file and the field. */
export function loadExtraction(file = extractionPath()): Extraction {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    throw new SiteDataError(`${file}: not found (run \`npm run extract\` first, or \`npm run build\` which runs it)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new SiteDataError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  checkShape(file, parsed);
  return parsed as Extraction;
}

/** The same checks on an extraction already in memory (the build's own, just written to `file`). */
export function checkExtraction(file: string, extraction: unknown): void {
  checkShape(file, extraction);
}

function checkShape(file: string, parsed: unknown): void {
  const stale = 'written by another version of the extractor? run `npm run extract` again';
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new SiteDataError(`${file}: not an extraction (not a JSON object)`);
  const data = parsed as Record<string, unknown>;
  for (const key of TOP_LISTS) {
    const list = data[key];
    if (!Array.isArray(list)) throw new SiteDataError(`${file}: "${key}" is missing or not a list (${stale})`);
    const fields = RECORD_LISTS[key] ?? [];
    list.forEach((record, i) => {
      for (const field of fields) {
        if (!Array.isArray((record as Record<string, unknown> | null)?.[field])) {
          throw new SiteDataError(`${file}: ${key}[${i}].${field} is missing or not a list (${stale})`);
        }
      }
    });
  }
}
