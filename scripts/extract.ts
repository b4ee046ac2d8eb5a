// npm run extract -- [--out DIR] [--strict] [--jobs N] [PATH...]   (see ../shared/eval/README.md and README.md)
// stderr: one line per skipped file (`skipped <path>: <reason>`) and per warning (`warning <path>: <reason>`), then one summary line.
import fs from 'node:fs';
import path from 'node:path';
import { parseExtractArgs } from '../src/cli/parseExtractArgs.ts';
import { extractCorpusAsync } from '../src/extractCorpus.ts';
import { writeExtraction } from '../src/cli/writeExtraction.ts';
import { createProgress } from '../src/cli/progress.ts';

async function main(): Promise<number> {
  let args;
  try {
    args = parseExtractArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`extract: ${(e as Error).message}`);
    console.error('usage: npm run extract -- [--out DIR] [--strict] [--jobs N] [PATH...]');
    return 2;
  }
  for (const input of args.inputs) {
    if (!fs.existsSync(input)) {
      console.error(`extract: ${input}: no such file or folder`);
      return 2;
    }
  }
  const started = Date.now();
  const progress = createProgress();
  const extraction = await extractCorpusAsync(args.inputs, { jobs: args.jobs, onProgress: progress.update });
  progress.end();
  for (const s of extraction.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  const warnings = extraction.warnings ?? [];
  for (const w of warnings) console.error(`warning ${w.path}: ${w.reason}`);
  const summary =
    `extracted ${extraction.reports.length} report(s), skipped ${extraction.skipped.length}` +
    (warnings.length ? `, ${warnings.length} warning(s)` : '');
  if (args.strict && extraction.skipped.length + warnings.length > 0) {
    console.error(`${summary}; --strict: a skipped file or a warning is fatal, nothing written`);
    return 1;
  }
  const file = writeExtraction(args.out, extraction);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.error(
    `${summary}, ${extraction.entities.length} entities, ${extraction.figures.length} figures in ${seconds}s → ${displayPath(file)}`,
  );
  return 0;
}

function displayPath(file: string): string {
  const rel = path.relative('.', file);
  return rel && !rel.startsWith('..') ? rel : file;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A fault of the tool, not of the user's input: one line, and the stack only when asked for.
    console.error(`extract: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.DEBUG) console.error(e);
    process.exitCode = 70;
  },
);
