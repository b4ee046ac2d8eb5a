import path from 'node:path';

// Where the audits read from: their hand-judged samples in the project, the State Council's reports beside it (../shared,
// absent from a fresh clone: the tests that need them are skipped there).
export const GWR_DIR = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus-wide', 'gwr');

/** A sample file of tests/fixtures/audit. */
export const auditFixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'audit', name);
