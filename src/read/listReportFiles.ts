import fs from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from '../types.ts';
import { FORMAT_OF_EXTENSION } from './reportFormats.ts';

/** Extensions the reader knows; anything else given explicitly is reported as skipped by readReport. */
export const REPORT_EXTENSIONS = Object.keys(FORMAT_OF_EXTENSION);
const HTML_EXTENSIONS = REPORT_EXTENSIONS.filter((ext) => FORMAT_OF_EXTENSION[ext] === 'html');

export interface ReportFileList {
  /** Files to read, sorted by code unit so that ids and output order do not depend on the file system. */
  files: string[];
  /** Everything a folder held that is not read, with the reason: nothing is dropped without a word. */
  skipped: SkippedFile[];
}

/**
 * Expands files and folders into report files. Folders contribute files with a known extension; hidden entries (.git),
 * other files, broken links, link loops and a saved page's assets folder are listed in `skipped` instead. Linked folders
 * are followed once each, so a link back to a parent cannot loop. Files given by name are kept whatever they are, so that a
 * wrong file is reported by the reader rather than silently ignored.
 */
export function walkReportFiles(inputs: string[]): ReportFileList {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const walk: Walk = { seen: new Set(), links: [], files, skipped };
  for (const input of inputs) {
    if (statOrCode(input).stat?.isDirectory()) walkFolder(input, walk);
    else files.push(input);
  }
  // Linked folders last, so that a folder's own path wins over a link to it, whatever the names' order.
  for (let i = 0; i < walk.links.length; i++) walkFolder(walk.links[i], walk);
  const bySkipPath = new Map(skipped.map((s) => [s.path, s]));
  return {
    files: [...new Set(files)].sort(codeUnitOrder),
    skipped: [...bySkipPath.values()].sort((a, b) => codeUnitOrder(a.path, b.path)),
  };
}

/** The report files of `walkReportFiles`, without the list of what was not read. */
export function listReportFiles(inputs: string[]): string[] {
  return walkReportFiles(inputs).files;
}

// Code-unit order, not locale order: the same on every machine.
const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Walk {
  /** Real paths of the folders read so far. */
  seen: Set<string>;
  /** Linked folders found, to be read after the real ones. */
  links: string[];
  files: string[];
  skipped: SkippedFile[];
}

function walkFolder(dir: string, walk: Walk): void {
  const { seen, files, skipped } = walk;
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (e) {
    skipped.push({ path: dir, reason: `folder cannot be read (${codeOf(e)})` });
    return;
  }
  if (seen.has(real)) {
    skipped.push({ path: dir, reason: 'linked folder already read by another path (a link loop or a second link to it): not read again' });
    return;
  }
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    skipped.push({ path: dir, reason: `folder cannot be read (${codeOf(e)})` });
    return;
  }
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries.sort((a, b) => codeUnitOrder(a.name, b.name))) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    const isLink = entry.isSymbolicLink();
    if (isLink) {
      const { stat, code } = statOrCode(full);
      if (!stat) {
        skipped.push({
          path: full,
          reason:
            code === 'ELOOP'
              ? 'symbolic link loop: not read'
              : code === 'ENOENT'
                ? 'broken symbolic link (its target does not exist)'
                : `symbolic link cannot be followed (${code})`,
        });
        continue;
      }
      isDir = stat.isDirectory();
      isFile = stat.isFile();
    }
    if (entry.name.startsWith('.')) {
      skipped.push({
        path: full,
        reason: isDir
          ? 'hidden folder (its name starts with "."): nothing in it is read'
          : 'hidden file (its name starts with "."): not read',
      });
    } else if (isDir) {
      const page = savedPageOf(entry.name, names);
      if (page) skipped.push({ path: full, reason: `the assets folder a browser saved with ${page}: not a report` });
      else if (isLink) walk.links.push(full);
      else walkFolder(full, walk);
    } else if (!isFile) {
      skipped.push({ path: full, reason: 'not a regular file (a device, socket or pipe)' });
    } else if (!REPORT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      skipped.push({
        path: full,
        reason: `not a report format (${path.extname(entry.name) || 'no extension'}; expected .txt, .md or .html)`,
      });
    } else {
      files.push(full);
    }
  }
}

/**
 * Browsers save a complete page as page.html plus a page_files/ (or page.files/) folder of its frames, scripts and images;
 * the html in that folder is the page's furniture, not another report. Returns the page's name when `folder` is one.
 */
function savedPageOf(folder: string, siblings: Set<string>): string | undefined {
  const m = /^(.+)[_.]files$/.exec(folder);
  if (!m) return undefined;
  return HTML_EXTENSIONS.map((ext) => m[1] + ext).find((name) => siblings.has(name));
}

function statOrCode(file: string): { stat?: fs.Stats; code?: string } {
  try {
    return { stat: fs.statSync(file) };
  } catch (e) {
    return { code: codeOf(e) };
  }
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'error';
