import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = projectRoot(path.dirname(fileURLToPath(import.meta.url)));
const SRC = path.join(ROOT, 'src');

// Folders of src/ that only present an extraction (the site and its browser code, the bench, the command line): a change there leaves
// every report's extraction as it was. Everything else under src/ counts, so a new stage folder is covered unasked.
const NOT_EXTRACTION = new Set(['site', 'pages', 'components', 'layouts', 'scripts', 'styles', 'i18n', 'bench', 'cli', 'client']);

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

// The folder holding src/corpus/: two levels up from this file, or above the bundle of scripts/bundled.mjs
// (node_modules/.cache/…), which runs this code from elsewhere.
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'src', 'corpus')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(path.dirname(from));
  }
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
