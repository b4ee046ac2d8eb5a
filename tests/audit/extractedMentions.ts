import path from 'node:path';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { readReport } from '../../src/read/readReport.ts';
import type { FoundMention } from './recallAudit.ts';

/**
 * Every entity mention the extractor reads in each of `reports` (file names without .txt in `dir`), with the reports'
 * texts: what the audit samples of real reports are scored against.
 */
export function extractedMentions(dir: string, reports: Iterable<string>): { mentions: FoundMention[]; texts: Map<string, string> } {
  const mentions: FoundMention[] = [];
  const texts = new Map<string, string>();
  for (const report of new Set(reports)) {
    const { report: record, entities } = extractReport(readReport(path.join(dir, `${report}.txt`)));
    texts.set(report, record.text);
    for (const e of entities)
      for (const m of e.mentions)
        mentions.push({ report, start: m.start, end: m.end, type: e.type, surface: record.text.slice(m.start, m.end) });
  }
  return { mentions, texts };
}
