import path from 'node:path';
import type { NormalizedReport, RawReport } from '../types.ts';
import { cleanText } from './cleanText.ts';
import { detectScript, foldText, toTraditional } from './foldText.ts';
import { inferReportMeta } from './inferReportMeta.ts';
import { reportId } from './reportId.ts';

export { reportId };

/**
 * The text users see (chrome and page-break markers removed, whitespace tidied, nothing of the report dropped), its fold for
 * matching (same length), and the title, issuer and date: from the file's own metadata first, else read from the text.
 */
export function normalizeReport(raw: RawReport): NormalizedReport {
  const { text, removed } = cleanText(raw.content);
  const folded = foldText(text);
  const script = detectScript(text);
  const inferred = inferReportMeta(text, folded, removed);
  let title = raw.meta.title ?? inferred.title;
  // A composed title is in simplified words; a traditional report gets it in its own script.
  if (!raw.meta.title && inferred.titleFrom === 'composed' && title && script === 'zh-Hant') title = toTraditional(title);
  const report: NormalizedReport = {
    id: reportId(raw.file),
    file: raw.file,
    format: raw.format,
    encoding: raw.encoding,
    text,
    folded,
    script,
    title: title ?? path.basename(raw.file, path.extname(raw.file)),
    removed,
  };
  const date = raw.meta.date ?? inferred.date;
  const issuer = raw.meta.issuer ?? inferred.issuer;
  if (date) report.date = date;
  if (issuer) report.issuer = issuer;
  if (raw.meta.source) report.source = raw.meta.source;
  return report;
}
