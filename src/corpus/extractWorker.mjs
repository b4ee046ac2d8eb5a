// Entry of an extraction worker thread. Worker threads do not inherit tsx's module loader from the main thread,
// so it is registered here before the TypeScript worker is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./extractWorker.ts');
