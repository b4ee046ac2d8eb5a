// @ts-check
import { defineConfig } from 'astro/config';

// BASE_PATH=/kg/ builds the site for a sub-path; every link and asset goes through import.meta.env.BASE_URL.
const base = process.env.BASE_PATH || '/';

// SITE_URL=https://example.org/kg/ gives the site its public address: "copy link" in a reader copies it, wherever the
// page is open (from disk too). Without it, pages carry no absolute URL.
const site = process.env.SITE_URL ? (process.env.SITE_URL.endsWith('/') ? process.env.SITE_URL : process.env.SITE_URL + '/') : undefined;

export default defineConfig({
  output: 'static',
  base,
  ...(site ? { site } : {}),
  // buildSite (src/site/build/buildSite.ts) sets SITE_OUT_DIR: a temp folder for tests and the bench, dist/ for `npm run build`.
  outDir: process.env.SITE_OUT_DIR || './dist',
  // Builds into different folders may run at once (tests, bench): each keeps its own caches (SITE_CACHE_DIR, set by buildSite).
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Offline: no prefetch or telemetry requests to other hosts.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    // The pages read extraction.json at build time with node:fs; nothing of it is bundled for the browser.
    // graphology ships syntax Vite's default browser baseline (es2020) cannot lower; every browser we target runs es2022.
    build: { chunkSizeWarningLimit: 2000, target: 'es2022' },
    ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR + '/vite' } : {}),
    esbuild: { target: 'es2022' },
    optimizeDeps: { esbuildOptions: { target: 'es2022' } },
  },
});
