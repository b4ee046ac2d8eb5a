// npm run build: extract → graph data → Astro (static) → Pagefind index → downloads, into dist/ (or SITE_OUT_DIR).
// REPORTS_DIR chooses the reports (default data/reports/); BASE_PATH=/kg/ builds for a sub-path; SITE_URL gives the site
// its public address (what "copy link" copies).
import { buildSite, BuildError } from '../src/site/build/buildSite.ts';

try {
  await buildSite({
    reportsDir: process.env.REPORTS_DIR || 'data/reports',
    outDir: process.env.SITE_OUT_DIR || 'dist',
    workDir: process.env.SITE_WORK_DIR || 'data/generated',
    // A public address (SITE_URL=https://example.org/kg/) gives the base path too, unless BASE_PATH says otherwise.
    base: process.env.BASE_PATH || (process.env.SITE_URL ? new URL(process.env.SITE_URL).pathname : '/'),
  });
} catch (e) {
  if (e instanceof BuildError) {
    console.error(`build: ${e.message}`);
    process.exitCode = 1;
  } else throw e;
}
