import fs from 'node:fs';
import path from 'node:path';
import type { MarkedHeading, RawReport, ReportMeta } from '../types.ts';
import { ReadError, Unreadable } from './readError.ts';
import { decodeBytes } from './decodeBytes.ts';
import { readMarkdown } from './readMarkdown.ts';
import { readHtml } from './readHtml.ts';
import { countHan } from './countHan.ts';
import { CONVERT_FIRST, FORMAT_OF_EXTENSION } from './reportFormats.ts';

/** Files larger than this are refused: no report is anywhere near it, and reading one would stall a corpus build. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
}

// A report has hundreds of Han characters; a page with a few (a Chinese name in an English text) is not one.
const MIN_HAN = 10;
const MIN_HAN_SHARE = 0.3;

/** Reads one report file: detects its encoding, extracts the text of .md and .html, and refuses what is not a Chinese text report. */
export function readReport(file: string, options: ReadOptions = {}): RawReport {
  try {
    return readOrExplain(file, options.maxBytes ?? MAX_REPORT_BYTES);
  } catch (e) {
    if (e instanceof Unreadable) throw new ReadError(file, e.reason);
    throw e;
  }
}

function readOrExplain(file: string, maxBytes: number): RawReport {
  const ext = path.extname(file).toLowerCase();
  const format = FORMAT_OF_EXTENSION[ext];
  if (!format) {
    const hint = CONVERT_FIRST.has(ext) ? `; save the report as text or HTML first` : '';
    throw new Unreadable(`unknown extension "${ext || '(none)'}" (expected .txt, .md or .html${hint})`);
  }
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file, { throwIfNoEntry: false });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Unreadable(code === 'ELOOP' ? 'is a symbolic link loop' : `cannot be read (${code ?? 'error'})`);
  }
  if (!stat) throw new Unreadable('does not exist');
  if (stat.isDirectory()) throw new Unreadable('is a folder, not a file');
  if (stat.size > maxBytes) throw new Unreadable(`is too large (${formatSize(stat.size)}; the limit is ${formatSize(maxBytes)})`);
  if (stat.size === 0) throw new Unreadable('is empty');
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new Unreadable(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { text, encoding } = decodeBytes(bytes, format === 'html' ? declaredCharset(bytes) : undefined);
  if (!text.trim()) throw new Unreadable('is empty (only whitespace)');
  const controls = countControls(text);
  if (controls > text.length * 0.01) throw new Unreadable('is a binary file (control characters), not a text report');

  let content = text;
  let meta: ReportMeta = {};
  let marked: MarkedHeading[] = [];
  if (format === 'md') ({ content, meta, marked } = readMarkdown(text));
  else if (format === 'html') ({ content, meta, marked } = readHtml(text));
  if (!content.trim()) throw new Unreadable(format === 'html' ? 'has no text in its page body' : 'has no text besides its front matter');
  const han = countHan(content);
  const letters = han + (content.match(/[A-Za-z]/g)?.length ?? 0);
  if (han < MIN_HAN || han < letters * MIN_HAN_SHARE) throw new Unreadable(`has no Chinese text (${han} Chinese characters)`);
  const raw: RawReport = { path: file, file: path.basename(file), format, encoding, content, meta };
  // A few stray control characters (a NUL from a bad conversion) are dropped by normalize; the user hears about them.
  if (controls > 0) raw.controlCharacters = controls;
  if (marked.length) raw.marked = marked;
  return raw;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** The charset a saved page declares in its first bytes (<meta charset="gb2312">), read before decoding. */
function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

function countControls(text: string): number {
  return text.match(/[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]/g)?.length ?? 0;
}
