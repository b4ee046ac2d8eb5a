// @ts-check
import { defineConfig } from 'astro/config';

// BASE_PATH=/kg/ builds the site for a sub-path; every link and asset goes through import.meta.env.BASE_URL.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  output: 'static',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Offline: no prefetch or telemetry requests to other hosts.
  prefetch: false,
  devToolbar: { enabled: false },
});
