import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { FileResult } from './extractFile.ts';
import type { Shard } from './shard.ts';

/** What a shard's folder says about itself, so that a merge can tell a missing or foreign shard. */
export interface ShardManifest {
  shard: Shard;
  /** The extractor that made it (extractorVersion): shards of two extractors do not make one corpus. */
  version: string;
  reports: number;
}

export const PARTS_FILE = 'parts.jsonl';
export const MANIFEST_FILE = 'shard.json';

/**
 * Writes a shard's per-file results, one JSON line each, beside its extraction.json: the merge joins these (not the
 * shard's merged extraction), so it runs the very merge a single run does and its output is the same bytes.
 */
export function writeShardParts(dir: string, results: readonly FileResult[], manifest: ShardManifest): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, PARTS_FILE);
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    for (const r of results) fs.writeSync(fd, `${JSON.stringify(r)}\n`);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function readShardManifest(dir: string): ShardManifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new Error(`${dir}: no ${MANIFEST_FILE} (not written by extract --shard)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ShardManifest;
}

/** A shard's results, line by line (a shard of hundreds of reports is more than one string can hold). */
export async function readShardParts(dir: string): Promise<FileResult[]> {
  const out: FileResult[] = [];
  const lines = readline.createInterface({ input: fs.createReadStream(path.join(dir, PARTS_FILE), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) out.push(JSON.parse(line) as FileResult);
  return out;
}

/**
 * Checks that `manifests` are the N shards of one corpus by one extractor, each once. Returns what is wrong, if anything.
 */
export function checkShardSet(manifests: readonly { dir: string; manifest: ShardManifest }[]): string | undefined {
  if (manifests.length === 0) return 'no shard folders given';
  const { count } = manifests[0]!.manifest.shard;
  const version = manifests[0]!.manifest.version;
  const seen = new Map<number, string>();
  for (const { dir, manifest } of manifests) {
    if (manifest.shard.count !== count) return `${dir} is shard ${manifest.shard.index}/${manifest.shard.count}, not one of ${count}`;
    if (manifest.version !== version) return `${dir} was made by another extractor (${manifest.version}, not ${version})`;
    const prior = seen.get(manifest.shard.index);
    if (prior) return `${dir} and ${prior} are both shard ${manifest.shard.index}/${count}`;
    seen.set(manifest.shard.index, dir);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  return missing.length ? `missing shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')}` : undefined;
}
