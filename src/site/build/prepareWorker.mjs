// Entry of the worker thread that prepares a site build's data (src/site/build/prepareData.ts). Worker threads do not
// inherit tsx's module loader from the main thread, so it is registered here before the TypeScript module is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./prepareData.ts');
