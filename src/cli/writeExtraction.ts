import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../types.ts';

/** Writes DIR/extraction.json (the scored contract) atomically, so a failed run never leaves half a file. */
export function writeExtraction(dir: string, extraction: Extraction): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'extraction.json');
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(extraction));
  fs.renameSync(tmp, file);
  return file;
}
