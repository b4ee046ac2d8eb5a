// npm run extract -- [--out DIR] [--strict] [--jobs N] [--shard I/N] [--cache DIR] [PATH...]   (see ../shared/eval/README.md and README.md)
// stderr: one line per skipped file (`skipped <path>: <reason>`) and per warning (`warning <path>: <reason>`), then one summary line.
import fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { parseExtractArgs } from '../src/cli/parseExtractArgs.ts';
import { runExtract } from '../src/cli/runExtract.ts';
import { terminalSafe } from '../src/cli/terminalSafe.ts';
import { mark } from '../src/util/timingMarks.ts';
// In a worker thread this script serves extraction tasks instead (its script copy is the workers' entry too:
// scripts/codeCacheWorker.mjs); on the command's own thread the import does nothing.
import '../src/corpus/extractWorker.ts';

async function main(): Promise<number> {
  mark('command');
  let args;
  try {
    args = parseExtractArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`extract: ${(e as Error).message}`);
    console.error('usage: npm run extract -- [--out DIR] [--strict] [--jobs N] [--shard I/N] [--cache DIR] [PATH...]');
    return 2;
  }
  for (const input of args.inputs) {
    if (!fs.existsSync(input)) {
      console.error(terminalSafe(`extract: ${input}: no such file or folder`));
      return 2;
    }
  }
  const { code } = await runExtract({
    inputs: args.inputs,
    out: args.out,
    strict: args.strict,
    jobs: args.jobs,
    shard: args.shard,
    cache: args.cache,
  });
  return code;
}

// Once the extraction is written, the process ends there rather than tearing itself down: a natural exit frees jieba's
// dictionary word by word and V8's heap (the report's results, the gazetteer) page by page, which nothing needs. One
// report, 8 runs by turns in a high-priority scheduling group: 0.59 → 0.535 s wall, 0.58 → 0.545 s of CPU (medians);
// 40 copies: 3.35 → 3.29 s of CPU. stderr is flushed first (the summary line, skipped files and warnings).
function exitWith(code: number): void {
  process.exitCode = code;
  try {
    process.stderr.write('', () => process.exit(code));
  } catch {
    // stderr is gone: the process ends as it would have.
  }
}

if (isMainThread)
  void main().then(
    (code) => exitWith(code),
    (e: unknown) => {
      // A fault of the tool, not of the user's input: one line, and the stack only when asked for.
      console.error(terminalSafe(`extract: internal error: ${e instanceof Error ? e.message : String(e)}`));
      if (process.env.DEBUG) console.error(e);
      process.exitCode = 70;
    },
  );
