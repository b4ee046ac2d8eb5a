// Full-width ASCII (０-９, ％, ．, ，, ：…) read as half-width, one character for one, so offsets stay valid.
// normalizeReport already folds `folded`; this keeps the figure reader right on any text handed to it directly.
export function foldDigits(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The same fold as structure/foldWidth (full-width ASCII → ASCII, ideographic space → space, same length), done with one
 * replace: building the string a character at a time grows slower than the text on long reports.
 */
export function foldWidthOf(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
