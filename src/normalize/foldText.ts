import * as OpenCC from 'opencc-js';

// Matching runs on `folded`, offsets point into `text`: the fold must map each UTF-16 code unit to exactly one code unit.
// OpenCC converts phrase by phrase and may change lengths, so it is asked once per character (all of them in one call,
// separated by newlines that no phrase spans) and the answers are kept in a table; a character whose conversion is not
// a single code unit keeps its own form.

const FIRST = 0x2e80; // CJK radicals …
const LAST = 0x9fff; // … to the end of CJK Unified Ideographs
const COMPAT_FIRST = 0xf900;
const COMPAT_LAST = 0xfaff;

let tables: { fold: Uint16Array; simplifiedOnly: Uint8Array; traditionalOnly: Uint8Array } | undefined;

function buildTables() {
  const codes: number[] = [];
  for (let c = FIRST; c <= LAST; c++) codes.push(c);
  for (let c = COMPAT_FIRST; c <= COMPAT_LAST; c++) codes.push(c);
  const joined = codes.map((c) => String.fromCharCode(c)).join('\n');
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })(joined).split('\n');
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' })(joined).split('\n');

  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  const simplifiedOnly = new Uint8Array(0x10000);
  const traditionalOnly = new Uint8Array(0x10000);
  codes.forEach((c, i) => {
    const s = toSimplified[i];
    if (s !== undefined && s.length === 1 && s.charCodeAt(0) !== c) {
      fold[c] = s.charCodeAt(0);
      traditionalOnly[c] = 1;
    }
    const t = toTraditional[i];
    if (t !== undefined && t !== String.fromCharCode(c)) simplifiedOnly[c] = 1;
  });
  // Full-width ASCII forms (１２３ （ ％ Ａ) → ASCII; ideographic space → space; ￥ ￠ ￡ → ¥ ¢ £.
  for (let c = 0xff01; c <= 0xff5e; c++) fold[c] = c - 0xfee0;
  fold[0x3000] = 0x20;
  fold[0xffe0] = 0xa2;
  fold[0xffe1] = 0xa3;
  fold[0xffe5] = 0xa5;
  fold[0x3007] = 0x3007; // 〇 is a Chinese numeral, not a letter O
  tables = { fold, simplifiedOnly, traditionalOnly };
  return tables;
}

const utf16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Traditional → simplified and full-width → half-width, one code unit for one: `foldText(t).length === t.length`. */
export function foldText(text: string): string {
  const { fold } = tables ?? buildTables();
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = fold[text.charCodeAt(i)];
  // Lone surrogates pass through the table unchanged, but a UTF-16 decoder would replace them: decode only what is safe.
  if (LITTLE_ENDIAN && !LONE_SURROGATE.test(text)) return utf16.decode(out);
  let result = '';
  for (let i = 0; i < out.length; i += 8192) result += String.fromCharCode(...out.subarray(i, i + 8192));
  return result;
}

/** 'zh-Hant' when more of the text's characters exist only in traditional script than only in simplified script. */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  const { simplifiedOnly, traditionalOnly } = tables ?? buildTables();
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    simplified += simplifiedOnly[c];
    traditional += traditionalOnly[c];
  }
  return traditional > simplified && traditional >= 3 ? 'zh-Hant' : 'zh-Hans';
}

/** Converts a short string that the pipeline composed itself (an inferred title) to traditional script. */
export function toTraditional(text: string): string {
  traditionalConverter ??= OpenCC.Converter({ from: 'cn', to: 't' });
  return traditionalConverter(text);
}
let traditionalConverter: ((s: string) => string) | undefined;
