import { RegExpParser } from '@eslint-community/regexpp';
import { getFirstConsumedChar } from 'regexp-ast-analysis';

/**
 * The characters a match of `pattern` can end with, read off the pattern by regexp-ast-analysis (a superset where a
 * lookaround narrows it), sorted; undefined where a match may be empty or may end with any of more than `most` characters.
 */
export function lastCharsOf(pattern: RegExp, most = 4096): string | undefined {
  const ast = new RegExpParser().parseLiteral(pattern.toString());
  const last = getFirstConsumedChar(ast.pattern.alternatives, 'rtl', ast.flags);
  if (last.empty) return undefined;
  let chars = '';
  for (const { min, max } of last.char.ranges) {
    if (chars.length + max - min + 1 > most) return undefined;
    for (let c = min; c <= max; c++) chars += String.fromCharCode(c);
  }
  return chars;
}
