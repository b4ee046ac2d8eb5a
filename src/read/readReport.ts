import fs from 'node:fs';
import path from 'node:path';
import type { RawReport, SourceFormat } from '../types.ts';
import { ReadError } from './readError.ts';

// STUB (owned by the read/normalize helper): UTF-8 only, no html/md handling yet.
export function readReport(file: string): RawReport {
  const ext = path.extname(file).toLowerCase();
  const format: SourceFormat | undefined = ext === '.txt' ? 'txt' : ext === '.md' ? 'md' : ext === '.html' || ext === '.htm' ? 'html' : undefined;
  if (!format) throw new ReadError(file, `unknown extension "${ext || '(none)'}" (expected .txt, .md or .html)`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new ReadError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new ReadError(file, 'is empty');
  const content = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return { path: file, file: path.basename(file), format, encoding: 'UTF-8', content, meta: {} };
}
