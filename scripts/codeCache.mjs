// V8's code cache for the command's own thread (scripts/bundled.mjs). Node 20 has no compile cache for modules, but a
// vm.Script takes the cached data of an earlier compilation: the bundle is also written as one script (`NAME.cjs`, the
// same sources bundled as CommonJS), and beside it the code V8 compiled while that script extracted the default report
// in a child process when the bundle was made (`NAME.cjs.v8-cache`). A process then neither parses nor compiles those
// functions again (40 copies of the default report: about 0.2 s less CPU of 3.3 s, measured with and without).
// Nothing is downloaded; a cache V8 refuses (another Node, other V8 flags, a damaged file) is ignored, and the code it
// compiles instead is written in its place when the process ends. Without a script copy the module bundle runs as before.
//   node scripts/codeCache.mjs --warm NAME.cjs [ARGS...]   (the child that makes the cache: runs the script with ARGS)
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { useBatchJitFlags } from './batchJitFlags.mjs';

const SELF = fileURLToPath(import.meta.url);
const SCRIPT_EXT = '.cjs';
const CACHE_EXT = '.v8-cache';

/** The script copy of a module bundle (`NAME.mjs` → `NAME.cjs`), if one was made. */
export function scriptCopyOf(bundle) {
  const file = bundle.replace(/\.mjs$/, SCRIPT_EXT);
  return file !== bundle && fs.existsSync(file) ? file : undefined;
}

/** The cache file of a script copy. */
export const codeCacheOf = (script) => script + CACHE_EXT;

/** Bundles `entryFile` as one CommonJS script `NAME.cjs` in `outdir` (beside the module bundle of the same sources). */
export async function buildScriptCopy({ entryFile, outdir, name, external, root }) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { [name]: entryFile },
    outdir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    external,
    // As in the module bundle, every module is strict code, and import.meta.url is the bundle's own file (its folder holds
    // the gazetteer index and the worker's module bundle).
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "'use strict'; const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    outExtension: { '.js': SCRIPT_EXT },
    logLevel: 'error',
    absWorkingDir: root,
  });
  const file = path.join(outdir, `${name}${SCRIPT_EXT}`);
  fs.writeFileSync(file, asciiOnly(fs.readFileSync(file, 'utf8')));
  return file;
}

// esbuild escapes what is not ASCII in strings, patterns and names, but keeps the comments it leaves as they are (a few
// hundred lines of the packages' comments). Escaped there too, the script is ASCII, which a process reads as Latin-1: a
// copy of its bytes, where decoding 3.5 MB of UTF-8 took about 7 ms more in every process and worker thread. An escape
// means the same character in a string or a pattern and nothing in a comment.
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Makes the cache of `script` by running it over `report` in a child process (with this process's Node options). */
export function makeCodeCache(script, report) {
  if (!fs.existsSync(report)) throw new Error(`${report} not found`);
  // Loaded here, not with this module: every command and worker thread loads this module, only a new bundle makes a cache.
  const { spawnSync } = createRequire(import.meta.url)('node:child_process');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
  try {
    const r = spawnSync(process.execPath, [...process.execArgv, SELF, '--warm', script, '--jobs', '1', '--out', out, report], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (r.status !== 0) throw new Error((r.stderr || `exit ${r.status}`).trim().split('\n').pop());
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

// Where the command's worker threads find the script they run (src/corpus/extractInWorkers.ts reads it): a global, not an
// environment variable, which child processes running other commands would inherit.
const RUNNING = Symbol.for('report-kg:code-cached-script');
const WORKER = new URL('./codeCacheWorker.mjs', import.meta.url).href;

/**
 * Runs a script copy as the command, from its code cache where V8 accepts it. Its worker threads run the same script from
 * the same cache (scripts/codeCacheWorker.mjs); only the command's own thread writes a missing or refused cache.
 */
export function runScript(file) {
  const cacheFile = codeCacheOf(file);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const bytes = fs.readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (isMainThread && (!cachedData || script.cachedDataRejected)) process.once('exit', () => writeCodeCache(script, cacheFile));
  globalThis[RUNNING] = { script: file, worker: WORKER };
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
}

// Written whole and renamed, so that a process starting meanwhile reads either no cache or all of one; a cache that
// cannot be written (a read-only folder) is simply not there next time.
function writeCodeCache(script, cacheFile) {
  const tmp = `${cacheFile}.${process.pid}`;
  try {
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

if (process.argv[1] === SELF && process.argv[2] === '--warm') {
  // The same V8 flags as the commands that will read the cache: V8 refuses a cache made under other flags.
  useBatchJitFlags();
  const script = process.argv[3];
  process.argv.splice(1, 3, script);
  runScript(script);
}
