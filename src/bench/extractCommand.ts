import { HEAP_FLAGS } from '../../scripts/batchJitFlags.mjs';

// How `npm run extract` runs (package.json's "extract" script, checked by tests/corpus/extractCommand.test.ts): from the
// bundle scripts/bundled.mjs makes, not through tsx. The bench times the same command users run.

/**
 * Arguments to `node` that run a TypeScript command as `npm run extract` runs scripts/extract.ts: with the young
 * generation's size (scripts/batchJitFlags.mjs, HEAP_FLAGS), which only node's command line sets for the command's own thread.
 */
export const bundledCommand = (script: string): string[] => [...HEAP_FLAGS, 'scripts/bundled.mjs', script];
