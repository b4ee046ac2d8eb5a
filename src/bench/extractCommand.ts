import { HEAP_FLAGS } from '../../scripts/batchJitFlags.mjs';

// How `npm run extract` runs (package.json's "extract" script, checked by tests/corpus/extractCommand.test.ts): from the
// bundle scripts/bundled.mjs makes, not through tsx. The bench times the same command users run.
// (--max-semi-space-size=64 was tried: 7% less CPU on a warm loop of reports, no difference on a whole run of 40.)

/**
 * Arguments to `node` that run a TypeScript command as `npm run extract` runs scripts/extract.ts: with the young
 * generation's size (scripts/batchJitFlags.mjs, HEAP_FLAGS), which only node's command line sets for the command's own thread.
 */
export const bundledCommand = (script: string): string[] => [...HEAP_FLAGS, 'scripts/bundled.mjs', script];
