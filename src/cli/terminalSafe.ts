// File names come from the user's disk and reach a terminal: an escape sequence in a name could rewrite the screen, and a
// newline would split the one-line-per-file format that scripts read. Control characters are shown the way JSON writes them.
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** `text` with control, line-separator and bidi-override characters escaped (\n, \u001b …): one visible line. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
