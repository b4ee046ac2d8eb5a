import fs from 'node:fs';
import path from 'node:path';
import { FORMAT_OF_EXTENSION } from './reportFormats.ts';

/** Extensions the reader knows; anything else given explicitly is reported as skipped by readReport. */
export const REPORT_EXTENSIONS = Object.keys(FORMAT_OF_EXTENSION);
const HTML_EXTENSIONS = REPORT_EXTENSIONS.filter((ext) => FORMAT_OF_EXTENSION[ext] === 'html');

/**
 * Expands files and folders into report files, sorted so that ids and output order do not depend on the file system.
 * Folders contribute only files with a known extension (and skip hidden files and folders such as .git);
 * files given by name are kept whatever they are, so that a wrong file is reported rather than silently ignored.
 */
export function listReportFiles(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const entries = fs.readdirSync(input, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        const full = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
        // A symlinked report counts as a report; a broken link or a linked folder does not.
        if (!e.isFile() && !(e.isSymbolicLink() && fs.statSync(full, { throwIfNoEntry: false })?.isFile())) continue;
        const parts = path.relative(input, full).split(path.sep);
        if (parts.some((part) => part.startsWith('.'))) continue;
        if (insideSavedPageAssets(input, parts)) continue;
        if (!REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) continue;
        out.push(full);
      }
    } else {
      out.push(input);
    }
  }
  // Code-unit order, not locale order: the same on every machine.
  return [...new Set(out)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Browsers save a complete page as page.html plus a page_files/ (or page.files/) folder of its frames, scripts and images;
 * the html in that folder is the page's furniture, not another report.
 */
function insideSavedPageAssets(root: string, parts: string[]): boolean {
  for (let i = 0; i < parts.length - 1; i++) {
    const m = /^(.+)[_.]files$/.exec(parts[i]);
    if (!m) continue;
    const dir = path.join(root, ...parts.slice(0, i));
    if (HTML_EXTENSIONS.some((ext) => fs.existsSync(path.join(dir, m[1] + ext)))) return true;
  }
  return false;
}
