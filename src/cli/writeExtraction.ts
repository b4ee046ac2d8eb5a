import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../types.ts';

/**
 * Writes DIR/extraction.json (the scored contract) atomically, so a failed run never leaves half a file.
 * Written in pieces: the bytes are those of JSON.stringify(extraction), but a large corpus never has to fit in one
 * string (V8 caps strings at about 512 MB).
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

// An array is stringified many items at a time, not one call per item (1.5 million of them at 1,000 reports), in batches
// of about 32,768 code units sized by the items before them: some seventy figures a call, but a corpus's reports (about
// 90,000 code units each) one at a time — a thousand of them in one string held 270 MB more at 1,000 reports. A batch's
// string of up to 64 KB is made in V8's young generation, whose pages are in use already; one of a million code units
// (2 MB) was a large object on pages of its own, new memory the kernel maps page by page as the string is written
// (40 copies of the default report: writing extraction.json 104 → 91 ms of CPU, medians of 4 by turns).
const MOST_ITEMS = 1000;
const BATCH_CODE_UNITS = 1 << 15;
const BUFFER_BYTES = 4 << 20;
// The longest string the buffer always holds: a code unit is at most 3 bytes of UTF-8.
const MOST_CODE_UNITS = Math.floor(BUFFER_BYTES / 3);

function writeJson(fd: number, value: object): void {
  const out = new JsonOut(fd);
  out.put('{');
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function') continue;
    out.put(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(v)) {
      if (!v.length) out.put('[]');
      // Each batch as JSON.stringify writes an array (undefined items as null): the batches' brackets between them
      // become the commas of one array.
      for (let i = 0, n = 1; i < v.length;) {
        const items = v.slice(i, i + n);
        const last = i + items.length >= v.length;
        const json = stringifyBelowCap(items);
        if (json !== undefined) out.putBatch(json, i > 0, last);
        else items.forEach((item, k) => out.putBatch(`[${JSON.stringify(item) ?? 'null'}]`, i + k > 0, last && k === items.length - 1));
        i += items.length;
        const perItem = (json?.length ?? BATCH_CODE_UNITS) / items.length;
        n = Math.max(1, Math.min(MOST_ITEMS, Math.floor(BATCH_CODE_UNITS / perItem)));
      }
    } else out.put(JSON.stringify(v));
  }
  out.put('}');
  out.flush();
}

/** JSON of `items`, or undefined past the longest string V8 makes (a batch of entities each named in thousands of reports). */
function stringifyBelowCap(items: unknown[]): string | undefined {
  try {
    return JSON.stringify(items);
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

/**
 * A file written through one buffer that strings are encoded into, not a string grown by concatenation and encoded
 * again by each write. With the batches above, at 1,000 synthetic reports (379 MB): 2.11 → 1.89 s of CPU (medians of 5
 * by turns in one process).
 */
class JsonOut {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  put(text: string): void {
    this.putPart(text, 0, text.length);
  }

  /**
   * An array's items, given as the JSON of an array of them: its "[" opens the array, or is a comma `after` items
   * written before; its "]" closes the array only when it is the `last` batch.
   */
  putBatch(json: string, after: boolean, last: boolean): void {
    const end = last ? json.length : json.length - 1;
    if (json.length > MOST_CODE_UNITS) {
      this.put(after ? ',' : '[');
      this.putPart(json, 1, end);
      return;
    }
    // Written whole, and its brackets (a byte each) changed or dropped in the buffer: no slice of it is made.
    if (this.used + json.length * 3 > BUFFER_BYTES) this.flush();
    const start = this.used;
    this.used += this.buffer.write(json, start);
    if (after) this.buffer[start] = 0x2c;
    if (!last) this.used--;
  }

  // text[start, end), in slices the buffer holds, none cut between the two halves of a surrogate pair.
  private putPart(text: string, start: number, end: number): void {
    if (start === 0 && end === text.length && end <= MOST_CODE_UNITS) return this.putWhole(text);
    for (let at = start; at < end;) {
      let to = Math.min(end, at + MOST_CODE_UNITS);
      if (to < end && (text.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
      this.putWhole(text.slice(at, to));
      at = to;
    }
  }

  private putWhole(text: string): void {
    if (this.used + text.length * 3 > BUFFER_BYTES) this.flush();
    this.used += this.buffer.write(text, this.used);
  }

  flush(): void {
    let done = 0;
    while (done < this.used) done += fs.writeSync(this.fd, this.buffer, done, this.used - done);
    this.used = 0;
  }
}
