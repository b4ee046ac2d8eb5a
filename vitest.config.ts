import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The site tests build a real site once; extraction of the full report takes a few seconds.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // One temp folder per run where the site is built once and shared (tests/support/siteBuild.ts).
    globalSetup: ['tests/support/siteBuildSetup.ts'],
    reporters: ['default', './tests/support/summaryReporter.ts'],
  },
});
