// npm run merge -- --out DIR SHARD_DIR...   joins the outputs of `npm run extract -- --shard I/N` (see README.md).
import { MergeError, runMerge } from '../src/cli/runMerge.ts';

function parse(argv: string[]): { out: string; shardDirs: string[] } {
  let out = 'data/generated';
  const shardDirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') {
      const v = argv[++i];
      if (!v) throw new MergeError('--out needs a folder');
      out = v;
    } else if (a.startsWith('--')) throw new MergeError(`unknown option ${a}`);
    else shardDirs.push(a);
  }
  if (shardDirs.length === 0) throw new MergeError('name the shard folders to merge');
  return { out, shardDirs };
}

try {
  await runMerge(parse(process.argv.slice(2)));
} catch (e) {
  if (!(e instanceof MergeError) && !(e instanceof SyntaxError) && (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  console.error(`merge: ${(e as Error).message}`);
  console.error('usage: npm run merge -- --out DIR SHARD_DIR...');
  process.exitCode = 2;
}
