// The site build as one function (extract → graph data and downloads → Astro → copy data files → Pagefind), shared by `npm run build` and the tests (which build once into a temp folder).
// Extraction runs in this process (the same function as `npm run extract`); only Astro runs as a child process.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../search/indexSite.ts';
import { withAtomicOutput } from './atomicOutput.ts';
import { withBuildLock, LockTimeout } from './buildLock.ts';
import { prepareDataInWorker } from './prepareData.ts';
import { relativizeSite } from './relativeUrls.ts';

/** A build step failed for a reason the user can act on: printed as one line, no stack trace. */
export class BuildError extends Error {}

export interface BuildOptions {
  /** Folder (or file) of reports to extract. */
  reportsDir: string;
  /** Where the static site goes. */
  outDir: string;
  /** Where extraction.json and the graph data files are written. */
  workDir: string;
  /** Base path the site is served under ('/' or '/kg/'). */
  base: string;
  /** Silence extraction and Astro output (tests). */
  quiet?: boolean;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function normalizeBase(base: string): string {
  let b = base.trim() || '/';
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b;
}

function step(name: string, quiet: boolean | undefined) {
  const started = Date.now();
  if (!quiet) console.error(`build: ${name}…`);
  return () => {
    if (!quiet) console.error(`build: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  };
}

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv, quiet?: boolean): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.error) throw new BuildError(`${label}: could not start ${command} (${result.error.message})`);
  if (result.status !== 0) {
    const output = quiet ? `\n${(result.stdout ?? '').slice(-4000)}${(result.stderr ?? '').slice(-4000)}` : '';
    throw new BuildError(`${label} failed (exit code ${result.status})${output}`);
  }
}

/**
 * Builds the site into `outDir` as a whole: into a folder beside it, swapped in when complete (an interrupted build leaves
 * the previous site with its search index), while holding the work folder's lock (a second build sharing it waits, and says why).
 */
export async function buildSite(options: BuildOptions): Promise<{ outDir: string; base: string; pages: number }> {
  const outDir = path.resolve(options.outDir);
  const say = options.quiet ? () => {} : undefined;
  const build = () => withAtomicOutput(outDir, (stage) => buildSiteInto({ ...options, outDir: stage }));
  const built = await withBuildLock(path.resolve(options.workDir), build, { say }).catch((e: unknown) => {
    throw e instanceof LockTimeout ? new BuildError(e.message) : e;
  });
  if (!options.quiet) console.error(`build: ${built.pages} pages → ${path.relative(ROOT, outDir) || outDir} (base ${built.base})`);
  return { ...built, outDir };
}

async function buildSiteInto(options: BuildOptions): Promise<{ outDir: string; base: string; pages: number }> {
  const reportsDir = path.resolve(options.reportsDir);
  const outDir = path.resolve(options.outDir);
  const workDir = path.resolve(options.workDir);
  const base = normalizeBase(options.base);
  const { quiet } = options;
  if (!fs.existsSync(reportsDir)) throw new BuildError(`${options.reportsDir}: no such file or folder (set REPORTS_DIR to your reports)`);

  // Extraction, graph data and downloads hold the whole corpus in memory: on a worker thread, whose heap is gone when it ends.
  const assetsDir = path.join(workDir, 'site');
  const extractionFile = path.join(workDir, 'extraction.json');
  const reports = await prepareDataInWorker({ reportsDir, workDir, assetsDir, quiet }, (message) => new BuildError(message));
  if (reports === 0) throw new BuildError(`${options.reportsDir}: no report could be extracted, nothing to build`);

  let done = step(`astro build (base ${base})`, quiet);
  fs.rmSync(outDir, { recursive: true, force: true });
  astroBuild({ extractionFile, outDir, base, assetsDir, quiet });
  done();

  // The graph data and downloads written before Astro are served beside the pages (dist/<same relative path>).
  fs.cpSync(assetsDir, outDir, { recursive: true });
  // Relative URLs: the same dist/ then works at /, under any sub-path and from disk.
  relativizeSite(outDir, base);

  done = step('search index', quiet);
  await indexSite(outDir);
  done();

  return { outDir, base, pages: countPages(outDir) };
}

/**
 * Runs `astro build` on an extraction file (the pages read it through src/site/data.ts). Each build works in its own
 * folder under node_modules/.astro-builds/ (caches; and the output itself when `outDir` lies outside the project,
 * where Astro would otherwise put its temporary server bundle in the project's shared .astro/ folder), so that builds
 * into different folders (tests, bench) can run at once.
 */
export function astroBuild(o: {
  extractionFile: string;
  outDir: string;
  base: string;
  assetsDir?: string;
  quiet?: boolean;
  /** The site's public address (SITE_URL); by default the environment's. */
  site?: string;
}): void {
  const outDir = path.resolve(o.outDir);
  const work = path.join(ROOT, 'node_modules', '.astro-builds', createHash('sha1').update(outDir).digest('hex').slice(0, 10));
  const inside = outDir.startsWith(ROOT + path.sep);
  const buildDir = inside ? outDir : path.join(work, 'dist');
  fs.rmSync(work, { recursive: true, force: true });
  try {
    run(
      'astro build',
      path.join(ROOT, 'node_modules', '.bin', 'astro'),
      ['build', '--silent'],
      {
        ...cleanEnv(process.env),
        ASTRO_TELEMETRY_DISABLED: '1',
        BASE_PATH: normalizeBase(o.base),
        SITE_OUT_DIR: buildDir,
        SITE_EXTRACTION: path.resolve(o.extractionFile),
        SITE_CACHE_DIR: path.join(work, 'cache'),
        ...(o.assetsDir ? { SITE_ASSETS: path.resolve(o.assetsDir) } : {}),
        ...(o.site ? { SITE_URL: o.site } : {}),
      },
      o.quiet,
    );
    if (!inside) moveDir(buildDir, outDir);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function moveDir(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.renameSync(from, to);
  } catch {
    // Another file system (the project on one disk, the temp folder on another): copy instead.
    fs.cpSync(from, to, { recursive: true });
  }
}

/**
 * The environment for the Astro child: without the variables a test runner (vitest) sets for its own Vite,
 * which Astro's Vite would otherwise read as this build's (BASE_URL=/ would silently override BASE_PATH).
 */
function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete out[key];
  for (const key of Object.keys(out)) if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete out[key];
  return out;
}

function countPages(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) n++;
  }
  return n;
}
