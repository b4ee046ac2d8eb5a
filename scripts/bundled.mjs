// node scripts/bundled.mjs scripts/extract.ts [ARGS...]   (what `npm run extract` and `npm run merge` run)
// Runs a TypeScript command from one JavaScript bundle that esbuild makes when its sources change, instead of through tsx.
// Loading the extractor's ~150 modules through tsx's loader costs about 0.8 s of CPU per process and per worker thread
// (a quarter of extracting 40 reports); the bundle loads in about 0.1 s. The bundle holds the extraction worker too
// (extractWorker.mjs beside the code that starts it), so worker threads need no TypeScript loader either.
// The packages' JavaScript is bundled too: Node resolving, reading and compiling their ~400 modules one by one (remark,
// cheerio, yaml, pinyin-pro …) cost 0.17 s of CPU at every start, a third of it. Left outside: jieba (a native addon that
// reads its dictionary beside itself) and the gazetteer's JSON (Node parses JSON faster than JavaScript object literals).
// Beside a bundle that holds the gazetteer goes its index (src/entities/places/gazetteerIndex.ts), made with the bundle and
// so from the same code and package versions: every process and worker thread reads it instead of building the gazetteer.
// The command's own thread runs a script copy of its bundle with V8's code cache (scripts/codeCache.mjs): the compiled
// code of a run over the default report, made when the bundle is made, so that the process does not parse and compile
// its functions again. Its worker threads run the same script from the same cache (scripts/codeCacheWorker.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { useBatchJitFlags } from './batchJitFlags.mjs';
import { lowerHelperThreads } from './helperThreads.mjs';
import { buildScriptCopy, makeCodeCache, runScript, scriptCopyOf } from './codeCache.mjs';
import { hashOf, inputsUnchanged, stampFileOf, stampInputs } from './bundleInputs.mjs';
import { BANNER, EXTERNAL } from './bundleShape.mjs';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.dirname(path.dirname(SELF));
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'report-kg-bundles');
const WORKER = 'src/corpus/extractWorker.ts';
const GAZETTEER = 'src/entities/places/gazetteer.ts';
const GAZETTEER_WRITER = 'src/entities/places/writeGazetteerIndex.ts';
// The command that runs from a code cache, and the report the cache is made from (an extraction of it compiles nearly
// every function a corpus needs).
const CODE_CACHED = 'extract';
const CODE_CACHE_REPORT = 'data/reports/dongguan-2018.txt';

const entry = process.argv[2];
if (!entry || !entry.endsWith('.ts')) {
  console.error('usage: node scripts/bundled.mjs SCRIPT.ts [ARGS...]');
  process.exit(2);
}
const name = path.basename(entry, '.ts');
const STAMP = stampFileOf(CACHE, name, ROOT);
// What is bundled and how: this file, the code cache's and its worker entry's, and the V8 flags the code cache is made
// under (V8 refuses a cache made under other flags; the first run would then write one from its own corpus, not from the
// default report's warm-up, and an A/B of the flags would time a cold first run).
const RECIPE = [
  'bundled.mjs',
  'bundleShape.mjs',
  'bundleInputs.mjs',
  'codeCache.mjs',
  'codeCacheWorker.mjs',
  'batchJitFlags.mjs',
  'helperThreads.mjs',
]
  .map((f) => hashOf(path.join(path.dirname(SELF), f)))
  .join('');
const entryFile = path.resolve(ROOT, entry);
// Before any code is loaded, the bundle's included: making a bundle loads part of it (to write the gazetteer's index).
useBatchJitFlags();
lowerHelperThreads();
let bundle;
try {
  bundle = (await freshBundle(name)) ?? (await buildBundle(name, entryFile));
} catch (e) {
  // No bundle (a read-only node_modules, say): the command still runs, through tsx, only slower to start.
  console.error(`note: running ${entry} through tsx (no bundle: ${e instanceof Error ? e.message.split('\n')[0] : e})`);
}
// The command reads its arguments from process.argv.slice(2), as it does when tsx runs it.
process.argv.splice(1, 2, entryFile);
const script = bundle && scriptCopyOf(bundle);
if (script) runScript(script);
else if (bundle) await import(pathToFileURL(bundle).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entryFile).href);
}

/** The last bundle of `name` when none of the files it was made from has changed since (their hashes are kept beside it). */
async function freshBundle(name) {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return undefined;
  }
  const file = path.join(CACHE, stamp.dir, `${name}.mjs`);
  // A bundle made by another version of this file (what is bundled, how) is made again.
  if (stamp.recipe !== RECIPE || !fs.existsSync(file)) return undefined;
  if (!inputsUnchanged(ROOT, stamp)) return undefined;
  return file;
}

async function buildBundle(name, entryFile) {
  const { build } = await import('esbuild');
  fs.mkdirSync(CACHE, { recursive: true });
  const dir = `${name}-${process.pid}-${Date.now().toString(36)}`;
  const outdir = path.join(CACHE, dir);
  const result = await build({
    entryPoints: {
      [name]: entryFile,
      extractWorker: path.join(ROOT, WORKER),
      writeGazetteerIndex: path.join(ROOT, GAZETTEER_WRITER),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    external: EXTERNAL,
    banner: { js: BANNER },
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  // The packages' files are stamped by the lock file that pins their versions, not one by one (that is hundreds of files
  // to hash at every start).
  const own = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
  const inputs = own.concat('tsconfig.json', 'package.json', 'package-lock.json');
  // Written before the stamp that makes the bundle visible to other commands, so none of them sees it without its index.
  if (loads(result.metafile, path.relative(ROOT, path.join(outdir, `${name}.mjs`)), GAZETTEER)) {
    try {
      const writer = await import(pathToFileURL(path.join(outdir, 'writeGazetteerIndex.mjs')).href);
      writer.writeGazetteerIndex();
    } catch (e) {
      // The bundle still runs: without an index it builds the gazetteer from the rows, as through tsx.
      console.error(`note: no gazetteer index (${e instanceof Error ? e.message.split('\n')[0] : e})`);
    }
  }
  // The extract command's script copy and its code cache, from a run over the default report; without them the module
  // bundle runs.
  if (name === CODE_CACHED) {
    let script;
    try {
      script = await buildScriptCopy({ entryFile, outdir, name, external: EXTERNAL, root: ROOT });
      makeCodeCache(script, path.join(ROOT, CODE_CACHE_REPORT));
    } catch (e) {
      // A script copy that did not run over the default report is not trusted: the module bundle runs instead.
      if (script) fs.rmSync(script, { force: true });
      console.error(`note: no code cache (${e instanceof Error ? e.message.split('\n')[0] : e})`);
    }
  }
  const stamp = { dir, root: ROOT, recipe: RECIPE, ...stampInputs(ROOT, inputs) };
  // Written whole and renamed, so that a command started meanwhile reads either stamp, never half of one.
  const tmp = path.join(CACHE, `.${path.basename(STAMP)}.${process.pid}`);
  fs.writeFileSync(tmp, JSON.stringify(stamp));
  fs.renameSync(tmp, STAMP);
  removeStale(name, dir);
  return path.join(outdir, `${name}.mjs`);
}

// Whether the bundle's output `from` (or a chunk it imports) holds the source file `input`.
function loads(metafile, from, input) {
  const seen = new Set();
  for (const todo = [from]; todo.length;) {
    const output = metafile.outputs[todo.pop()];
    if (!output || seen.has(output)) continue;
    seen.add(output);
    if (input in output.inputs) return true;
    for (const i of output.imports) if (!i.external) todo.push(i.path);
  }
  return false;
}

// Earlier bundles of this command, left a day for commands (and their worker threads) that may still be running from them;
// a bundle another checkout's stamp names is its current one and stays, and a stamp whose checkout is gone goes.
function removeStale(name, keep) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  const named = new Set([keep]);
  for (const e of fs.readdirSync(CACHE, { withFileTypes: true })) {
    if (!e.isFile() || !(e.name === `${name}.json` || e.name.startsWith(`${name}.`)) || !e.name.endsWith('.json')) continue;
    const file = path.join(CACHE, e.name);
    try {
      const stamp = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (stamp.root && !fs.existsSync(stamp.root)) fs.rmSync(file, { force: true });
      else named.add(stamp.dir);
    } catch {
      // A stamp being replaced, or not one: its bundle is kept as any other for a day.
    }
  }
  for (const e of fs.readdirSync(CACHE, { withFileTypes: true })) {
    if (!e.isDirectory() || named.has(e.name) || !e.name.startsWith(`${name}-`)) continue;
    const full = path.join(CACHE, e.name);
    if (fs.statSync(full).mtimeMs < dayAgo) fs.rmSync(full, { recursive: true, force: true });
  }
}
