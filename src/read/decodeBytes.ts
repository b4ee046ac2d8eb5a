import chardet from 'chardet';
import iconv from 'iconv-lite';
import { describeBinary } from './sniffBinary.ts';
import { Unreadable } from './readError.ts';
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';

export interface Decoded {
  text: string;
  /** Canonical name of the encoding the bytes were in: UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5 … */
  encoding: string;
  /** True when the file began with a byte-order mark (it is not part of `text`). */
  bom: boolean;
}

// chardet reads at most this many bytes: detection settles long before, and a 50 MB file would otherwise be scanned twice.
const SAMPLE_BYTES = 64 * 1024;

/** Encodings in which Chinese reports are written; GBK and GB2312 are subsets of GB18030, so they decode as it. */
const CHINESE_ENCODINGS: Record<string, string> = {
  gb18030: 'GB18030',
  gbk: 'GB18030',
  gb2312: 'GB18030',
  'euc-cn': 'GB18030',
  'x-gbk': 'GB18030',
  big5: 'Big5',
  'big5-hkscs': 'Big5',
};

/**
 * Detects the encoding from the bytes alone and decodes: byte-order marks first, then strict UTF-8, then BOM-less UTF-16,
 * then (for html) the page's own charset declaration, then chardet's ranking among the Chinese encodings.
 * Throws Unreadable for binary, truncated or undecodable input.
 */
export function decodeBytes(bytes: Buffer, declaredCharset?: string): Decoded {
  const binary = describeBinary(bytes);
  if (binary) throw new Unreadable(`is a binary file (${binary}), not a text report`);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8Strict(bytes.subarray(3)), encoding: 'UTF-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'LE'), encoding: 'UTF-16LE', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'BE'), encoding: 'UTF-16BE', bom: true };

  const utf8 = tryUtf8(bytes);
  // BOM-less UTF-16 often passes as UTF-8 full of control characters (东 is 1C 4E), so those get a second look.
  if (utf8.ok && !CONTROL.test(utf8.text)) return { text: utf8.text, encoding: 'UTF-8', bom: false };

  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16), encoding: `UTF-16${utf16}`, bom: false };

  // A stray NUL from a bad copy does not make a report binary (readReport drops it and warns); many of them do.
  if (bytes.includes(0) && (!utf8.ok || countByte(bytes, 0) > bytes.length / 100))
    throw new Unreadable('is a binary file (contains NUL bytes), not a text report');
  if (utf8.ok) return { text: utf8.text, encoding: 'UTF-8', bom: false };
  if (utf8.mostlyUtf8) {
    if (utf8.truncated) throw new Unreadable('is truncated: it ends in the middle of a UTF-8 character');
    throw new Unreadable(`has invalid UTF-8 (first bad byte at offset ${utf8.firstBad})`);
  }

  const { ranked, confident } = rankChineseEncodings(bytes, declaredCharset);
  const clean: Decoded[] = [];
  for (const encoding of ranked) {
    const text = iconv.decode(bytes, encoding);
    const bad = text.indexOf('\uFFFD');
    if (bad === -1) {
      clean.push({ text, encoding, bom: false });
      if (confident) break;
      continue;
    }
    if (bad === text.length - 1 && encoding === 'GB18030' && iconv.decode(bytes.subarray(0, -1), encoding).indexOf('\uFFFD') === -1) {
      throw new Unreadable('is truncated: it ends in the middle of a GB18030 character');
    }
  }
  if (clean.length === 0) throw new Unreadable('cannot be decoded: its bytes are not valid UTF-8, UTF-16, GB18030 or Big5');
  // Too little text for chardet: the right decoding is the one that reads as common characters.
  return clean.reduce((best, d) => (commonShare(d.text) > commonShare(best.text) ? d : best));
}

function countByte(bytes: Uint8Array, value: number): number {
  let n = 0;
  for (let i = bytes.indexOf(value); i !== -1; i = bytes.indexOf(value, i + 1)) n++;
  return n;
}

function decodeUtf8Strict(bytes: Uint8Array): string {
  const r = tryUtf8(bytes);
  if (r.ok) return r.text;
  if (r.truncated) throw new Unreadable('is truncated: it ends in the middle of a UTF-8 character');
  throw new Unreadable(`starts with a UTF-8 byte-order mark but has invalid UTF-8 (first bad byte at offset ${r.firstBad + 3})`);
}

interface Utf8Attempt {
  ok: boolean;
  text: string;
  /** Invalid, yet so much of it is well-formed multi-byte UTF-8 that it is a damaged UTF-8 file rather than another encoding. */
  mostlyUtf8: boolean;
  /** The only defect is an incomplete character at the very end. */
  truncated: boolean;
  firstBad: number;
}

// C0 controls other than tab, newline, carriage return and form feed never occur in a text report.
const CONTROL = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): Utf8Attempt {
  try {
    return { ok: true, text: strictUtf8.decode(bytes), mostlyUtf8: true, truncated: false, firstBad: -1 };
  } catch {
    // fall through to the diagnosis below
  }
  const firstBad = firstInvalidUtf8(bytes);
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const n = utf8SequenceLength(bytes, i);
    if (n > 1) valid++;
    if (n === 0) {
      invalid++;
      i++;
    } else i += n;
  }
  const tail = firstBad >= bytes.length - 3 && firstInvalidUtf8(bytes.subarray(0, firstBad)) === -1 && isUtf8Lead(bytes[firstBad]);
  return { ok: false, text: '', mostlyUtf8: valid >= 8 * invalid && valid > 0, truncated: tail, firstBad };
}

function isUtf8Lead(b: number): boolean {
  return b >= 0xc2 && b <= 0xf4;
}

/** Length of the well-formed UTF-8 sequence at i, or 0 when it is malformed or incomplete. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  let n: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) [n, min] = [2, 0x80];
  else if (b >= 0xe0 && b <= 0xef) [n, min] = [3, 0x800];
  else if (b >= 0xf0 && b <= 0xf4) [n, min] = [4, 0x10000];
  else return 0;
  if (i + n > bytes.length) return 0;
  let cp = b & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const c = bytes[i + k];
    if ((c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

function decodeUtf16(bytes: Uint8Array, order: 'LE' | 'BE'): string {
  if (bytes.length % 2 === 1) throw new Unreadable(`is truncated: it ends in the middle of a UTF-16${order} character`);
  const text = new TextDecoder(order === 'LE' ? 'utf-16le' : 'utf-16be').decode(bytes);
  if (text.includes('\uFFFD')) throw new Unreadable(`has invalid UTF-16${order} (unpaired surrogates)`);
  return text;
}

/** Share of code units that a Chinese text plausibly contains: CJK, CJK punctuation, full-width forms, printable ASCII. */
function plausibleShare(bytes: Uint8Array, order: 'LE' | 'BE', limit: number): number {
  let good = 0;
  let total = 0;
  for (let i = 0; i + 1 < limit; i += 2) {
    const u = order === 'LE' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    total++;
    if ((u >= 0x20 && u < 0x7f) || u === 0x0a || u === 0x0d || u === 0x09) good++;
    else if ((u >= 0x3000 && u <= 0x9fff) || (u >= 0xff00 && u <= 0xffef) || (u >= 0x2000 && u <= 0x206f)) good++;
  }
  return total === 0 ? 0 : good / total;
}

/** UTF-16 without a byte-order mark: recognised when nearly every code unit in one byte order is ASCII or CJK. */
function guessUtf16(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  if (bytes.length < 4 || bytes.length % 2 === 1) return undefined;
  const limit = Math.min(bytes.length, SAMPLE_BYTES);
  const le = plausibleShare(bytes, 'LE', limit);
  const be = plausibleShare(bytes, 'BE', limit);
  if (le >= 0.95 && le > be) return 'LE';
  if (be >= 0.95 && be > le) return 'BE';
  return undefined;
}

/** GB18030 and Big5 in the order the evidence favours: the page's declared charset, then chardet's confidence. */
function rankChineseEncodings(bytes: Uint8Array, declaredCharset?: string): { ranked: string[]; confident: boolean } {
  const declared = declaredCharset ? CHINESE_ENCODINGS[declaredCharset.toLowerCase()] : undefined;
  const scores = new Map<string, number>([
    ['GB18030', 0.5], // mainland reports are far more common: GB18030 wins ties
    ['Big5', 0],
  ]);
  for (const m of chardet.analyse(bytes.subarray(0, SAMPLE_BYTES))) {
    const name = CHINESE_ENCODINGS[m.name.toLowerCase()];
    if (name) scores.set(name, Math.max(scores.get(name) ?? 0, m.confidence));
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  if (declared) return { ranked: [declared, ...ranked.filter((e) => e !== declared)], confident: true };
  return { ranked, confident: Math.max(...scores.values()) >= 50 };
}

let common: Set<number> | undefined;

/**
 * Share of the Han characters in `text` that are common ones. "Common" is GB2312's first level (the 3,755 most frequent
 * hanzi, bytes B0A1–D7F9) and their traditional forms, so a Big5 text read as Big5 scores as high as a GBK text read as GBK,
 * while the same bytes read the wrong way land on rare characters.
 */
function commonShare(text: string): number {
  if (!common) {
    const bytes: number[] = [];
    for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
    const level1 = iconv.decode(Buffer.from(bytes), 'GB18030');
    const set = new Set([...level1].filter((c) => c !== '\uFFFD').map((c) => c.charCodeAt(0)));
    for (const entry of traditionalToSimplified.split('|')) {
      const [traditional, ...simplified] = entry.split(' ');
      if (traditional.length === 1 && simplified.some((s) => s.length === 1 && set.has(s.charCodeAt(0)))) {
        set.add(traditional.charCodeAt(0));
      }
    }
    common = set;
  }
  let han = 0;
  let hits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (common.has(c)) hits++;
  }
  return han === 0 ? 0 : hits / han;
}
