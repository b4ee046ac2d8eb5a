import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ROOT = path.dirname(SRC);

// Folders of src/ that only present an extraction (the site, the bench, the command line): a change there leaves
// every report's extraction as it was. Everything else under src/ counts, so a new stage folder is covered unasked.
const NOT_EXTRACTION = new Set(['site', 'pages', 'components', 'layouts', 'scripts', 'styles', 'i18n', 'bench', 'cli']);

let cached: string | undefined;

/**
 * A hash of the code and data that turn a file into its extraction: every source file of the extraction stages and the
 * lock file (the versions of jieba's dictionary, the gazetteer, OpenCC, pinyin). It changes whenever any of them does,
 * so a cache keyed by it never serves an extraction an older extractor made.
 */
export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const files = listFiles(SRC).filter((f) => !NOT_EXTRACTION.has(path.relative(SRC, f).split(path.sep)[0]!));
  const lock = path.join(ROOT, 'package-lock.json');
  if (fs.existsSync(lock)) files.push(lock);
  for (const file of files) {
    hash.update(path.relative(ROOT, file).split(path.sep).join('/'));
    hash.update('\u0000');
    hash.update(fs.readFileSync(file));
    hash.update('\u0000');
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full));
    else if (e.isFile()) out.push(full);
  }
  // Code-unit order: the same hash on every file system.
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
