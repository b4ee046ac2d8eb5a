import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheOf, makeCodeCache, scriptCopyOf } from '../../scripts/codeCache.mjs';
import { stampFileOf } from '../../scripts/bundleInputs.mjs';
import { buildMaps, loadGazetteer } from '../../src/entities/places/gazetteer.ts';
import { LISTED_BRANDS, listedBrands } from '../../src/entities/organizations/listedBrandNames.ts';
import { gazetteerWords } from '../../src/entities/places/gazetteerWords.ts';
import { SHORT_NAME_PLACE_CHARS, shortNamePlaceChars } from '../../src/entities/places/shortNameLines.ts';
import { ISSUER_PLACE_NAMES, issuerPlaceNames } from '../../src/entities/regulations/issuerPrefix.ts';

const CODE_CACHE = path.resolve('scripts/codeCache.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A script copy that prints its arguments and something it computed, the way the extract command's copy runs. */
function writeScript(name: string, body = ''): string {
  const file = path.join(dir, `${name}.cjs`);
  fs.writeFileSync(
    file,
    `'use strict';\n${body}\nconst sum = (xs) => xs.reduce((a, b) => a + b, 0);\n` +
      `process.stdout.write(JSON.stringify({ args: process.argv.slice(2), sum: sum([1, 2, 3]), dir: __dirname }));\n`,
  );
  return file;
}

/** Runs a script copy as scripts/bundled.mjs does, in a fresh process (with -e, argv has no script: the copy is put there). */
function run(file: string, ...args: string[]) {
  const code = `import(${JSON.stringify(CODE_CACHE)}).then((m) => { process.argv.splice(1, 0, ${JSON.stringify(file)}); m.runScript(${JSON.stringify(file)}); })`;
  const r = spawnSync(process.execPath, ['-e', code, '--', ...args], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { args: string[]; sum: number; dir: string };
}

describe("the extract command's code cache (scripts/codeCache.mjs)", () => {
  it('runs a script copy without a cache, and writes the cache V8 then accepts (not written again)', () => {
    const file = writeScript('fresh');
    expect(fs.existsSync(codeCacheOf(file))).toBe(false);
    expect(run(file, '--out', 'x')).toEqual({ args: ['--out', 'x'], sum: 6, dir });
    const cache = fs.readFileSync(codeCacheOf(file));
    expect(cache.length).toBeGreaterThan(0);
    const written = fs.statSync(codeCacheOf(file)).mtimeMs;
    expect(run(file, 'again').args).toEqual(['again']);
    expect(fs.readFileSync(codeCacheOf(file)).equals(cache)).toBe(true);
    expect(fs.statSync(codeCacheOf(file)).mtimeMs).toBe(written);
  });

  it('ignores a damaged cache silently and replaces it with a good one', () => {
    const file = writeScript('damaged');
    fs.writeFileSync(codeCacheOf(file), Buffer.from('not a code cache at all'));
    expect(run(file, 'a').args).toEqual(['a']);
    const replaced = fs.readFileSync(codeCacheOf(file));
    expect(replaced.toString()).not.toBe('not a code cache at all');
    run(file, 'b');
    expect(fs.readFileSync(codeCacheOf(file)).equals(replaced)).toBe(true);
  });

  it('ignores the cache of another version of the script (stale): the new source runs, and its cache replaces the old', () => {
    const file = writeScript('stale');
    run(file);
    const old = fs.readFileSync(codeCacheOf(file));
    writeScript('stale', 'const changed = 1;');
    expect(run(file, 'new').sum).toBe(6);
    expect(fs.readFileSync(codeCacheOf(file)).equals(old)).toBe(false);
  });

  it('makes the cache in a child process that runs the script (the --warm mode used when a bundle is made)', () => {
    const file = writeScript('warm');
    const report = path.join(dir, 'report.txt');
    fs.writeFileSync(report, '东莞市人民政府工作报告。');
    makeCodeCache(file, report);
    expect(fs.readFileSync(codeCacheOf(file)).length).toBeGreaterThan(0);
    expect(() => makeCodeCache(file, path.join(dir, 'no-such-report.txt'))).toThrow(/not found/);
  });

  it("runs the script copy on the command's worker threads too, from the same cache, which only the command's thread writes", () => {
    const file = path.join(dir, 'threads.cjs');
    // As scripts/extract.ts does: the command's thread starts a worker on the script it runs from; a worker answers.
    fs.writeFileSync(
      file,
      `'use strict';\nconst { isMainThread, parentPort, Worker } = require('node:worker_threads');\n` +
        `const running = globalThis[Symbol.for('report-kg:code-cached-script')];\n` +
        `if (isMainThread) new Worker(new URL(running.worker), { workerData: { script: running.script } })` +
        `.on('message', (m) => process.stdout.write(JSON.stringify({ ...m, args: process.argv.slice(2), sum: 0, dir: __dirname })));\n` +
        `else parentPort.postMessage({ fromWorker: running.script });\n`,
    );
    const cacheFile = codeCacheOf(file);
    expect(run(file, 'x')).toEqual({ fromWorker: file, args: ['x'], sum: 0, dir });
    const cache = fs.readFileSync(cacheFile);
    expect(run(file, 'y').args).toEqual(['y']);
    expect(fs.readFileSync(cacheFile).equals(cache)).toBe(true);
  });

  it('reads a script copy of ASCII as Latin-1 and any other as UTF-8: the same strings either way', () => {
    const utf8 = writeScript('utf8', "// 东莞's comment\nprocess.argv.push('东莞市');");
    const ascii = writeScript('ascii', "// \\u4e1c\\u839e's comment\nprocess.argv.push('\\u4e1c\\u839e\\u5e02');");
    expect(isAscii(fs.readFileSync(ascii))).toBe(true);
    expect(run(utf8).args).toEqual(['东莞市']);
    expect(run(ascii).args).toEqual(['东莞市']);
  });

  it('finds the script copy beside a module bundle only when one was made', () => {
    const bundle = path.join(dir, 'extract.mjs');
    fs.writeFileSync(bundle, '');
    expect(scriptCopyOf(bundle)).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'extract.cjs'), '');
    expect(scriptCopyOf(bundle)).toBe(path.join(dir, 'extract.cjs'));
  });

  it('is made beside the extract bundle, which then runs from it (npm run extract)', () => {
    const out = path.join(dir, 'out');
    const r = spawnSync(process.execPath, ['scripts/bundled.mjs', 'scripts/extract.ts', '--out', out, 'data/reports/dongguan-2018.txt'], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/note: no code cache/);
    const cacheDir = path.join('node_modules', '.cache', 'report-kg-bundles');
    // This checkout's stamp: other checkouts sharing node_modules keep theirs beside it.
    const stamp = JSON.parse(fs.readFileSync(stampFileOf(cacheDir, 'extract', fs.realpathSync('.')), 'utf8')) as { dir: string };
    const script = path.join(cacheDir, stamp.dir, 'extract.cjs');
    expect(fs.existsSync(script)).toBe(true);
    expect(fs.statSync(codeCacheOf(script)).size).toBeGreaterThan(100_000);
    // Its comments' characters escaped too, so that every process reads it as Latin-1.
    expect(isAscii(fs.readFileSync(script))).toBe(true);
    // Beside it, what every thread reads instead of building: the gazetteer's index and its names as jieba's words.
    expect(fs.existsSync(path.join(cacheDir, stamp.dir, 'gazetteer-index.bin'))).toBe(true);
    expect(fs.readFileSync(path.join(cacheDir, stamp.dir, 'gazetteer-words.txt'), 'utf8')).toBe(gazetteerWords(buildMaps()));
    // And the tables made from them (src/util/bundledTables.ts): what a process without the file makes.
    const tables = JSON.parse(fs.readFileSync(path.join(cacheDir, stamp.dir, 'bundled-tables.json'), 'utf8'));
    expect(tables[LISTED_BRANDS]).toEqual(listedBrands(loadGazetteer()));
    expect(tables[SHORT_NAME_PLACE_CHARS]).toBe(shortNamePlaceChars(loadGazetteer()));
    expect(tables[ISSUER_PLACE_NAMES]).toEqual(issuerPlaceNames(loadGazetteer()));
    expect(JSON.parse(fs.readFileSync(path.join(out, 'extraction.json'), 'utf8')).reports).toHaveLength(1);
  });
});
