import path from 'node:path';
import type { NormalizedReport, RawReport } from '../types.ts';
import { cleanText } from './cleanText.ts';
import { detectScript, foldText, toTraditional } from '../text/foldText.ts';
import { inferReportMeta, isTitleLine } from './inferReportMeta.ts';
import { reportId } from './reportId.ts';
import { yearOfFileName } from '../text/yearInName.ts';

export { reportId };

/** The year a file is named by, as a date of year precision (1998). */
function fileYear(file: string): string | undefined {
  const y = yearOfFileName(file);
  return y === undefined ? undefined : String(y);
}

/**
 * The text users see (chrome and page-break markers removed, whitespace tidied, nothing of the report dropped), its fold for
 * matching (same length), and the title, issuer and date: from the file's own metadata first, else read from the text.
 */
export function normalizeReport(raw: RawReport): NormalizedReport {
  const { text, removed, chromeKept } = cleanText(raw.content);
  const folded = foldText(text);
  const script = detectScript(text);
  const inferred = inferReportMeta(text, folded, removed);
  const { meta } = raw;
  // Front matter is the author's word and beats the text. A web page's <title> and PubDate describe the page (site name
  // appended, posting day), so there the report's own heading line and signature come first.
  const pageMeta = raw.format === 'html';
  const lineTitle = inferred.titleFrom === 'line' ? inferred.title : undefined;
  let composed = inferred.titleFrom === 'composed' ? inferred.title : undefined;
  // A composed title is in simplified words; a traditional report gets it in its own script.
  if (composed && script === 'zh-Hant') composed = toTraditional(composed);
  // A page's <title> may be only the site's name: it beats a composed title only when it reads as a report's title.
  const pageTitle = meta.title && isTitleLine(foldText(meta.title)) ? meta.title : undefined;
  const title = pageMeta ? (lineTitle ?? pageTitle ?? composed ?? meta.title) : (meta.title ?? lineTitle ?? composed);
  // Last, the year a file is named by (gwr-1998.txt, 2020年通报.txt): a report with no date of its own is dated by it.
  const date = (pageMeta ? (inferred.date ?? meta.date) : (meta.date ?? inferred.date)) ?? inferred.postedDate ?? fileYear(raw.file);
  const issuer = meta.issuer ?? inferred.issuer;
  const report: NormalizedReport = {
    id: raw.id ?? reportId(raw.file),
    file: raw.file,
    format: raw.format,
    encoding: raw.encoding,
    text,
    folded,
    script,
    title: title ?? path.basename(raw.file, path.extname(raw.file)),
    removed,
  };
  if (date) report.date = date;
  if (issuer) report.issuer = issuer;
  if (meta.source) report.source = meta.source;
  if (chromeKept) report.chromeKept = chromeKept;
  if (raw.marked?.length) report.marked = raw.marked;
  return report;
}
