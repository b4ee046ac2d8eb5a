// The extraction as `npm run extract` runs it (corpus → DIR/extraction.json, skipped files and warnings on stderr),
// shared by scripts/extract.ts and the site build (src/site/build/buildSite.ts), which calls it in its own process.
import path from 'node:path';
import { extractCorpusFiles, mergeResults } from '../corpus/extractCorpus.ts';
import { ExtractionCache } from '../corpus/extractionCache.ts';
import { extractorVersion } from '../corpus/extractorVersion.ts';
import type { Shard } from '../corpus/shard.ts';
import { writeShardParts } from '../corpus/shardParts.ts';
import type { Extraction } from '../types.ts';
import { createProgress } from './progress.ts';
import { writeExtraction } from './writeExtraction.ts';
import { terminalSafe } from './terminalSafe.ts';
import { mark, markThreads } from '../util/timingMarks.ts';

export interface RunExtractOptions {
  inputs: string[];
  /** Folder for extraction.json. */
  out: string;
  /** A skipped file or a warning is fatal: nothing is written. */
  strict?: boolean;
  /** Worker threads; undefined = decided from the corpus size. */
  jobs?: number;
  /** Nothing on stderr (tests). */
  quiet?: boolean;
  /** Only the I-th of N shards; its per-file results go to `out`/parts.jsonl for `npm run merge`. */
  shard?: Shard;
  /** Folder of the extraction cache. */
  cache?: string;
}

export interface RunExtractResult {
  /** 0: written; 1: --strict refused a skipped file or warning. */
  code: 0 | 1;
  extraction: Extraction;
  /** The extraction.json written (undefined when nothing was). */
  file?: string;
}

export async function runExtract(options: RunExtractOptions): Promise<RunExtractResult> {
  // File names are the user's: escaped, so that none can move the terminal's cursor or split a line.
  const log = options.quiet ? () => {} : (line: string) => console.error(terminalSafe(line));
  const started = Date.now();
  const progress = options.quiet ? undefined : createProgress();
  const cache = options.cache ? new ExtractionCache(options.cache) : undefined;
  const results = await extractCorpusFiles(options.inputs, {
    jobs: options.jobs,
    onProgress: progress?.update,
    cache,
    shard: options.shard,
  });
  progress?.end();
  mark('merge');
  const extraction = mergeResults(results);
  for (const s of extraction.skipped) log(`skipped ${s.path}: ${s.reason}`);
  const warnings = extraction.warnings ?? [];
  for (const w of warnings) log(`warning ${w.path}: ${w.reason}`);
  const summary =
    `extracted ${extraction.reports.length} report(s), skipped ${extraction.skipped.length}` +
    (warnings.length ? `, ${warnings.length} warning(s)` : '');
  if (options.strict && extraction.skipped.length + warnings.length > 0) {
    log(`${summary}; --strict: a skipped file or a warning is fatal, nothing written`);
    return { code: 1, extraction };
  }
  mark('write');
  const file = writeExtraction(options.out, extraction);
  markThreads('end');
  if (options.shard)
    writeShardParts(options.out, results, { shard: options.shard, version: extractorVersion(), reports: extraction.reports.length });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const cached = cache && cache.hits ? ` (${cache.hits} from the cache)` : '';
  const shard = options.shard ? ` (shard ${options.shard.index}/${options.shard.count})` : '';
  log(
    `${summary}${shard}${cached}, ${extraction.entities.length} entities, ${extraction.figures.length} figures in ${seconds}s → ${displayPath(file)}`,
  );
  return { code: 0, extraction, file };
}

function displayPath(file: string): string {
  const rel = path.relative('.', file);
  return rel && !rel.startsWith('..') ? rel : file;
}
