// npm run merge: the shards written by `npm run extract -- --shard I/N` → one extraction.json, the same bytes a single
// run over the whole corpus writes.
import { mergeResults } from '../corpus/extractCorpus.ts';
import type { FileResult } from '../corpus/extractFile.ts';
import { checkShardSet, readShardManifest, readShardParts } from '../corpus/shardParts.ts';
import { writeExtraction } from './writeExtraction.ts';

export interface RunMergeOptions {
  shardDirs: string[];
  out: string;
  quiet?: boolean;
}

export class MergeError extends Error {}

export async function runMerge(options: RunMergeOptions): Promise<string> {
  const log = options.quiet ? () => {} : (line: string) => console.error(line);
  const started = Date.now();
  const manifests = options.shardDirs.map((dir) => ({ dir, manifest: readShardManifest(dir) }));
  const problem = checkShardSet(manifests);
  if (problem) throw new MergeError(problem);
  const results: FileResult[] = [];
  const owner = new Map<string, string>();
  for (const dir of options.shardDirs) {
    for (const r of await readShardParts(dir)) {
      // Every shard lists the whole corpus and keeps its own share: a file in two shards means two different corpora.
      const prior = owner.get(r.file);
      if (prior) throw new MergeError(`${r.file} is in two shards (${prior} and ${dir}): were they run over the same paths?`);
      owner.set(r.file, dir);
      results.push(r);
    }
  }
  const extraction = mergeResults(results);
  const file = writeExtraction(options.out, extraction);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(
    `merged ${manifests.length} shard(s): ${extraction.reports.length} report(s), skipped ${extraction.skipped.length}, ` +
      `${extraction.entities.length} entities, ${extraction.figures.length} figures in ${seconds}s → ${file}`,
  );
  return file;
}
