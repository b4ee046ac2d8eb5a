import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../types.ts';

/** The extraction the site is built from: SITE_EXTRACTION (set by scripts/build.ts) or the default generated file. */
export function extractionPath(): string {
  return path.resolve(process.env.SITE_EXTRACTION || 'data/generated/extraction.json');
}

/** A site build cannot start: the message names the file and what to do (shown without a stack trace). */
export class SiteDataError extends Error {}

/**
 * Reads extraction.json. Arrays an older or partial extraction lacks are read as empty, so the site
 * still builds (with fewer pages) while extraction stages are missing.
 */
export function loadExtraction(file = extractionPath()): Extraction {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    throw new SiteDataError(`${file}: not found (run \`npm run extract\` first, or \`npm run build\` which runs it)`);
  }
  let parsed: Partial<Extraction>;
  try {
    parsed = JSON.parse(raw) as Partial<Extraction>;
  } catch (e) {
    throw new SiteDataError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.reports)) {
    throw new SiteDataError(`${file}: not an extraction (no "reports" array)`);
  }
  return {
    version: 1,
    reports: parsed.reports.map((r) => ({
      ...r,
      sections: r.sections ?? [],
      paragraphs: r.paragraphs ?? [],
      sentences: r.sentences ?? [],
      dates: r.dates ?? [],
      removed: r.removed ?? [],
    })),
    measures: parsed.measures ?? [],
    entities: (parsed.entities ?? []).map((e) => ({ ...e, aliases: e.aliases ?? [], mentions: e.mentions ?? [] })),
    figures: (parsed.figures ?? []).map((f) => ({ ...f, entities: f.entities ?? [] })),
    cases: (parsed.cases ?? []).map((c) => ({ ...c, entities: c.entities ?? [], figures: c.figures ?? [], kinds: c.kinds ?? [] })),
    relations: (parsed.relations ?? []).map((r) => ({ ...r, evidence: r.evidence ?? [] })),
    skipped: parsed.skipped ?? [],
  };
}
