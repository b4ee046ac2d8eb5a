// npm run build: extract → graph data → Astro (static) → Pagefind index → downloads, into dist/ (or SITE_OUT_DIR).
// REPORTS_DIR chooses the reports (default data/reports/); BASE_PATH=/kg/ builds for a sub-path.
import { buildSite, BuildError } from '../src/site/build/buildSite.ts';

try {
  await buildSite({
    reportsDir: process.env.REPORTS_DIR || 'data/reports',
    outDir: process.env.SITE_OUT_DIR || 'dist',
    workDir: process.env.SITE_WORK_DIR || 'data/generated',
    base: process.env.BASE_PATH || '/',
  });
} catch (e) {
  if (e instanceof BuildError) {
    console.error(`build: ${e.message}`);
    process.exitCode = 1;
  } else throw e;
}
