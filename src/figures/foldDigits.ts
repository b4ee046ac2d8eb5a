// Full-width ASCII (０-９, ％, ．, ，, ：…) read as half-width, one character for one, so offsets stay valid.
// normalizeReport already folds `folded`; this keeps the figure reader right on any text handed to it directly.
export function foldDigits(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
