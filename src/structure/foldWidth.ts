// Reports mix full-width and half-width punctuation and digits (（一） and (一), 1． and 1., ：and :).
// Matching runs on a folded copy of equal length so every index found in it is an index into the original text.

// One replace, not a string built a character at a time: appending grew slower than the text on long reports
// (~10× per copy on a 20× concatenation), and a Uint16Array + TextDecoder pass was several times slower than this and
// turns lone surrogates into U+FFFD.
const WIDE = /[\uFF01-\uFF5E\u3000]/g;

/** Full-width ASCII forms (U+FF01–U+FF5E) → ASCII, ideographic space → space. Same length as the input. */
export function foldWidth(text: string): string {
  return text.replace(WIDE, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
