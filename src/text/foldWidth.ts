// Character folding, part two: width only (foldText.ts folds the script too). Reports mix （一） and (一), 1． and 1.,
// ：and :, and matching runs on a folded copy of equal length, so every index found in it is an index into the original.
//   foldWidth           full-width ASCII forms → ASCII, ideographic space → space: what structure matches headings,
//                       sentences and dates on
//   foldFullwidthAscii  full-width ASCII forms → ASCII, the ideographic space kept: what figures, cases and link read
//                       numbers on (a no-op on foldText's output; it keeps a report built by hand right)

// One replace, not a string built a character at a time: appending grew slower than the text on long reports
// (~10× per copy on a 20× concatenation), and a Uint16Array + TextDecoder pass was several times slower than this and
// turns lone surrogates into U+FFFD.
const WIDE = /[\uFF01-\uFF5E\u3000]/g;
const WIDE_ASCII = /[\uFF01-\uFF5E]/g;
const toAscii = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * Full-width ASCII forms (U+FF01–U+FF5E) → ASCII, ideographic space → space. Reports mix （一） and (一), 1． and 1.,
 * ：and : — headings, sentences and dates are matched on this. Same length as the input.
 */
export function foldWidth(text: string): string {
  return text.replace(WIDE, (c) => (c === '\u3000' ? ' ' : toAscii(c)));
}

/** Full-width ASCII forms (０-９, ％, ．, ，, ：…) → ASCII; unlike foldWidth the ideographic space stays. Same length. */
export function foldFullwidthAscii(text: string): string {
  return text.replace(WIDE_ASCII, toAscii);
}
