import { parseShard, type Shard } from '../corpus/shard.ts';

export interface ExtractArgs {
  out: string;
  inputs: string[];
  strict: boolean;
  /** Worker threads; undefined = decided from the corpus size. */
  jobs?: number;
  /** Only the I-th of N shards (see src/corpus/shard.ts). */
  shard?: Shard;
  /** Folder of the extraction cache (reports whose bytes did not change are not extracted again). */
  cache?: string;
}

export const DEFAULT_OUT = 'data/generated';
export const DEFAULT_REPORTS = 'data/reports';

/** `--out DIR [--strict] [--jobs N] [--shard I/N] [--cache DIR] PATH...`; without paths, REPORTS_DIR or data/reports/. */
export function parseExtractArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ExtractArgs {
  const args: ExtractArgs = { out: DEFAULT_OUT, inputs: [], strict: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') {
      const v = argv[++i];
      if (!v) throw new Error('--out needs a folder');
      args.out = v;
    } else if (a === '--strict') args.strict = true;
    else if (a === '--jobs' || a === '-j') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a whole number of threads (1 or more)`);
      args.jobs = v;
    } else if (a === '--shard') {
      const v = argv[++i];
      if (!v) throw new Error('--shard needs I/N, e.g. 1/4');
      args.shard = parseShard(v);
    } else if (a === '--cache') {
      const v = argv[++i];
      if (!v) throw new Error('--cache needs a folder');
      args.cache = v;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) args.inputs.push(env.REPORTS_DIR || DEFAULT_REPORTS);
  return args;
}
