// Character folding, part one: script. With foldWidth.ts (width only, no dependencies, safe for the browser) the one home
// of folding. Matching runs on folded copies of the report and offsets point into the text as written, so every fold maps
// each UTF-16 code unit to exactly one code unit (`fold(t).length === t.length`).
//   foldText        traditional → simplified, full-width → half-width, ideographic space → space: normalize's `folded`
//   foldScriptOnly  traditional → simplified only: merge keys of entity names, which keep their full-width brackets
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import simplifiedToTraditional from 'opencc-js/dict/STCharacters';

// OpenCC converts phrase by phrase and may change lengths, so only its character dictionaries are used, as lookup tables
// built once (a few milliseconds, against ~300 ms for a full OpenCC converter); a character whose counterpart is not a
// single code unit keeps its own form. Where a character has several counterparts, OpenCC's first (default) one is taken.

let tables: { fold: Uint16Array; toTraditional: Uint16Array; simplifiedOnly: Uint8Array; traditionalOnly: Uint8Array } | undefined;

/** "from to[ alt…]|…" → [from, to] pairs where both are one code unit and differ. */
function singleUnitPairs(dict: string): [number, number][] {
  const pairs: [number, number][] = [];
  // Read in place: a split into thousands of entries, each split again, took a start-up's 10 ms.
  for (let at = 0; at <= dict.length;) {
    let end = dict.indexOf('|', at);
    if (end < 0) end = dict.length;
    const space = dict.indexOf(' ', at);
    const fromEnd = space < 0 || space > end ? end : space;
    let toEnd = fromEnd < end ? dict.indexOf(' ', fromEnd + 1) : -1;
    if (toEnd < 0 || toEnd > end) toEnd = end;
    if (fromEnd - at === 1 && fromEnd < end && toEnd - fromEnd === 2) {
      const from = dict.charCodeAt(at);
      const to = dict.charCodeAt(fromEnd + 1);
      if (from !== to) pairs.push([from, to]);
    }
    at = end + 1;
  }
  return pairs;
}

function identity(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  return t;
}

function buildTables() {
  const fold = identity();
  const toTraditional = identity();
  const simplifiedOnly = new Uint8Array(0x10000);
  const traditionalOnly = new Uint8Array(0x10000);
  for (const [t, s] of singleUnitPairs(traditionalToSimplified)) {
    fold[t] = s;
    traditionalOnly[t] = 1;
  }
  for (const [s, t] of singleUnitPairs(simplifiedToTraditional)) {
    toTraditional[s] = t;
    simplifiedOnly[s] = 1;
  }
  // CJK compatibility ideographs (豈 U+F900) are the unified character (豈 U+8C48) in another code point: fold them to it.
  for (let c = 0xf900; c <= 0xfaff; c++) {
    const unified = String.fromCharCode(c).normalize('NFC');
    if (unified.length === 1 && unified.charCodeAt(0) !== c) fold[c] = fold[unified.charCodeAt(0)];
  }
  // Full-width ASCII forms (１２３ （ ％ Ａ) → ASCII; ideographic space → space; ￠ ￡ ￥ → ¢ £ ¥.
  for (let c = 0xff01; c <= 0xff5e; c++) fold[c] = c - 0xfee0;
  fold[0x3000] = 0x20;
  fold[0xffe0] = 0xa2;
  fold[0xffe1] = 0xa3;
  fold[0xffe5] = 0xa5;
  fold[0x3007] = 0x3007; // 〇 is a Chinese numeral, not a letter O
  tables = { fold, toTraditional, simplifiedOnly, traditionalOnly };
  return tables;
}

const utf16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Traditional → simplified and full-width → half-width, one code unit for one: `foldText(t).length === t.length`. */
export function foldText(text: string): string {
  const { fold } = tables ?? buildTables();
  const out = new Uint16Array(text.length);
  // Whether any surrogate is there, asked in the same pass: the pattern that finds a lone one took as long as the fold.
  let surrogates = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = fold[c];
    surrogates |= (c & 0xf800) === 0xd800 ? 1 : 0;
  }
  // Lone surrogates pass through the table unchanged, but a UTF-16 decoder would replace them: decode only what is safe.
  if (LITTLE_ENDIAN && (!surrogates || !LONE_SURROGATE.test(text))) return utf16.decode(out);
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

/**
 * A string the pipeline composed itself (an inferred title's fixed words: 关于…巡视整改进展情况的通报) in traditional
 * script, character by character; not meant for running text, where a character may have several traditional forms.
 */
export function toTraditional(text: string): string {
  const { toTraditional: table } = tables ?? buildTables();
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(table[text.charCodeAt(i)]);
  return out;
}

// What foldText folds besides the script: full-width forms, the ideographic space, ￠ ￡ ￥.
const WIDE = /[\uFF01-\uFF5E\u3000\uFFE0\uFFE1\uFFE5]/;

/** foldText without its width fold: 東莞市（虎門鎮） → 东莞市（虎门镇）, brackets as written. */
export function foldScriptOnly(text: string): string {
  const folded = foldText(text);
  if (!WIDE.test(text)) return folded;
  let out = '';
  for (let i = 0; i < text.length; i++) out += WIDE.test(text[i]!) ? text[i] : folded[i];
  return out;
}
