import type { ReportExtraction } from '../types.ts';

// What one report may add to extraction.json: the text itself plus its structure, entities, figures and links come to
// 3–15 times the report's bytes on reports, up to 33 on dense news sentences (../shared/eval/news). Every record is capped
// (a figure's context is an excerpt of at most 200 characters), so the worst text, a list of bare figures (1个 2个 …, one
// figure in 5 bytes), stays near 140 times; past 200 something is unbounded, and the file is skipped with this reason
// rather than filling a disk (a figure's clause copied whole once made 10,000 times).
export const MAX_OUTPUT_FACTOR = 200;
// Small files carry fixed costs (ids, field names) that no factor of a few hundred bytes covers.
const OUTPUT_SLACK = 1024 * 1024;

/** Bytes the report's part of extraction.json takes, counted element by element (no string of the whole is built). */
export function outputBytes(part: ReportExtraction): number {
  let n = 0;
  for (const value of Object.values(part)) {
    if (Array.isArray(value)) for (const item of value) n += Buffer.byteLength(JSON.stringify(item) ?? 'null') + 1;
    else if (value && typeof value === 'object') {
      for (const field of Object.values(value)) {
        if (Array.isArray(field)) for (const item of field) n += Buffer.byteLength(JSON.stringify(item) ?? 'null') + 1;
        else n += Buffer.byteLength(JSON.stringify(field) ?? 'null');
      }
    } else n += Buffer.byteLength(JSON.stringify(value) ?? 'null');
  }
  return n;
}

/** Why the part is refused (its output would exceed the bound for an input of `inputBytes`), or undefined when it is not. */
export function exceedsOutputBound(part: ReportExtraction, inputBytes: number): string | undefined {
  const limit = inputBytes * MAX_OUTPUT_FACTOR + OUTPUT_SLACK;
  // Real reports stay far below the limit: a bound read off the values (no JSON is written) settles them at a tenth
  // of the cost of counting exactly, which is left to those near the limit.
  if (upperBound(part) <= limit) return undefined;
  const bytes = outputBytes(part);
  if (bytes <= limit) return undefined;
  return (
    `extraction would take ${mb(bytes)} for a ${mb(inputBytes)} report, more than ${MAX_OUTPUT_FACTOR} times its size: ` +
    `skipped rather than fill the disk (a fault of the extractor on a text of this shape; please report it)`
  );
}

/** At least the UTF-8 bytes of JSON.stringify(value): a code unit is at most 6 bytes (\u001f), a number at most 32. */
function upperBound(value: unknown): number {
  if (typeof value === 'string') return 6 * value.length + 2;
  if (typeof value === 'number') return 32;
  if (value === null || typeof value !== 'object') return 5;
  let n = 2;
  if (Array.isArray(value)) for (const item of value) n += upperBound(item) + 1;
  else for (const key in value) n += 6 * key.length + 4 + upperBound((value as Record<string, unknown>)[key]);
  return n;
}

const mb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
