import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ReportExtraction } from '../types.ts';
import { extractorVersion } from './extractorVersion.ts';

/**
 * Per-report extractions on disk, keyed by what determines them: the extractor's version, the report's id and file
 * name, and the file's bytes. A report whose bytes did not change is read back instead of extracted again, so adding
 * one report to a corpus of 1,000 extracts one file. Entries of other extractor versions are removed when the cache
 * is opened: they can never be served again.
 */
export class ExtractionCache {
  readonly dir: string;
  /** Reports served from the cache and reports extracted (and stored) since the cache was opened. */
  hits = 0;
  misses = 0;

  constructor(root: string, version = extractorVersion()) {
    this.dir = path.join(root, version);
    if (fs.existsSync(root)) {
      for (const old of fs.readdirSync(root)) if (old !== version) fs.rmSync(path.join(root, old), { recursive: true, force: true });
    }
    fs.mkdirSync(this.dir, { recursive: true });
  }

  /** The key of a report: its id, file name and bytes (the version is the folder). */
  static key(id: string, file: string, bytes: Buffer): string {
    return createHash('sha256').update(id).update('\u0000').update(path.basename(file)).update('\u0000').update(bytes).digest('hex');
  }

  get(key: string): ReportExtraction | undefined {
    const file = this.pathOf(key);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      this.misses++;
      return undefined;
    }
    try {
      const part = JSON.parse(text) as ReportExtraction;
      this.hits++;
      return part;
    } catch {
      // A torn write (the process was killed): extract again.
      this.misses++;
      return undefined;
    }
  }

  /** Stores an extraction atomically (a reader never sees half a file). */
  put(key: string, part: ReportExtraction): void {
    const file = this.pathOf(key);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(part));
    fs.renameSync(tmp, file);
  }

  private pathOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
