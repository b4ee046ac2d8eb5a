import path from 'node:path';
import type { NormalizedReport, RawReport } from '../types.ts';

// STUB (owned by the read/normalize helper).
export function reportId(file: string): string {
  return path.basename(file, path.extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'report';
}

export function normalizeReport(raw: RawReport): NormalizedReport {
  const text = raw.content.replace(/\r\n?/g, '\n');
  return {
    id: reportId(raw.file),
    file: raw.file,
    format: raw.format,
    encoding: raw.encoding,
    text,
    folded: text,
    script: 'zh-Hans',
    title: raw.meta.title ?? raw.file,
    date: raw.meta.date,
    issuer: raw.meta.issuer,
    source: raw.meta.source,
    removed: [],
  };
}
