import type { SourceFormat } from '../types.ts';

/** File extensions the reader knows and the format each is read as (.shtml: how many government sites name their pages). */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
};

/** Formats people save reports in that must be converted to text first; the skip message says so. */
export const CONVERT_FIRST = new Set(['.pdf', '.doc', '.docx', '.wps', '.rtf', '.odt', '.mht', '.mhtml']);
