// Entry of an extraction worker thread when the command runs from its script copy (scripts/codeCache.mjs): the worker runs
// the same script from the same V8 code cache, so that it neither parses nor compiles the extractor's functions again
// (the module bundle's worker entry compiles them all). The script, in a worker thread, serves extraction tasks
// (scripts/extract.ts).
import { workerData } from 'node:worker_threads';
import { runScript } from './codeCache.mjs';

runScript(workerData.script);
