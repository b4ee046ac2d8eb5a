import { CodeSet } from './codeSet.ts';

// A pattern anchored at a text's end ($) and not at its start is tried by the engine from every position of the text,
// and the figure readers try a dozen of them on each stretch before a number, several times as they cut it back. Every
// match of such a pattern ends with one of a few characters: a text whose last character is none of them is not tried.

/** A pattern that must match at the end of a text, asked only of texts that end with one of `lastChars`. */
export interface EndingPattern {
  /** The pattern itself, ungated. */
  readonly pattern: RegExp;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** A gate as written: its pattern and the characters it is said to end with. */
export interface WrittenGate {
  readonly pattern: RegExp;
  readonly lastChars: string;
}

// Every gate made, so that a test can derive each pattern's last characters from the pattern itself and hold the
// written ones to them (tests/text/endingPattern.test.ts): written here, they cost nothing at run time; derived at
// load, they cost ~2 ms a pattern in every process.
const made: WrittenGate[] = [];

/** The gates made so far (by the modules loaded), for the test that checks them against their patterns. */
export function madeGates(): readonly WrittenGate[] {
  return made;
}

/**
 * `pattern` (ending in $, not global) gated by the characters its matches can end with, which the caller reads off the
 * pattern: every alternative's last character (an optional tail adds its own, and leaves the characters before it).
 */
export function endingPattern(pattern: RegExp, lastChars: string): EndingPattern {
  const last = new CodeSet(lastChars);
  made.push({ pattern, lastChars });
  return {
    pattern,
    exec: (text) => (last.has(text.charCodeAt(text.length - 1)) ? pattern.exec(text) : null),
    test: (text) => last.has(text.charCodeAt(text.length - 1)) && pattern.test(text),
  };
}
