// npm run extract -- --out DIR PATH...   (see ../shared/eval/README.md and README.md)
import fs from 'node:fs';
import path from 'node:path';
import { parseExtractArgs } from '../src/cli/parseExtractArgs.ts';
import { extractCorpus } from '../src/extractCorpus.ts';
import { writeExtraction } from '../src/cli/writeExtraction.ts';

function main(): number {
  let args;
  try {
    args = parseExtractArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`extract: ${(e as Error).message}`);
    console.error('usage: npm run extract -- [--out DIR] [--strict] [PATH...]');
    return 2;
  }
  for (const input of args.inputs) {
    if (!fs.existsSync(input)) {
      console.error(`extract: ${input}: no such file or folder`);
      return 2;
    }
  }
  const started = Date.now();
  const extraction = extractCorpus(args.inputs);
  for (const s of extraction.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  writeExtraction(args.out, extraction);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.error(
    `extracted ${extraction.reports.length} report(s), skipped ${extraction.skipped.length}, ` +
      `${extraction.entities.length} entities, ${extraction.figures.length} figures in ${seconds}s → ${path.join(args.out, 'extraction.json')}`,
  );
  if (args.strict && extraction.skipped.length > 0) return 1;
  return 0;
}

process.exitCode = main();
