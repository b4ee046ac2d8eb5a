import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../types.ts';

/**
 * Writes DIR/extraction.json (the scored contract) atomically, so a failed run never leaves half a file.
 * Written element by element: the bytes are those of JSON.stringify(extraction), but a large corpus never has to fit
 * in one string (V8 caps strings at about 512 MB).
 */
export function writeExtraction(dir: string, extraction: Extraction): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'extraction.json');
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    writeJson(fd, extraction);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  return file;
}

function writeJson(fd: number, value: object): void {
  let buffer = '';
  const put = (s: string) => {
    buffer += s;
    if (buffer.length > 1 << 20) {
      fs.writeSync(fd, buffer);
      buffer = '';
    }
  };
  put('{');
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function') continue;
    put(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(v)) {
      put('[');
      v.forEach((item, i) => put((i ? ',' : '') + (JSON.stringify(item) ?? 'null')));
      put(']');
    } else put(JSON.stringify(v));
  }
  put('}');
  fs.writeSync(fd, buffer);
}
