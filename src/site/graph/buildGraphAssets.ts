import type { Extraction } from '../../types.ts';

// STUB (owned by the graph/search helper): writes the graph page's data (positions computed at build time) into `outDir`.
export function buildGraphAssets(_extraction: Extraction, _outDir: string): void {}
