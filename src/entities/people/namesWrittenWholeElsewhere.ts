import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { surnameLength } from './personNames.ts';
import type { NameHit } from './untitledNames.ts';

// jieba cuts a three-character name before its last character where that character opens a word with the next one
// (副局长吴海燕、周立/x|新任/n|副组长: 周立新 and 任, or 周立 and 新任?). Where the report writes the three characters as an
// item of their own elsewhere (a table's cell 周立新, a line of a list), the three are the name here too.

/** The two-character readings that the report writes elsewhere with one character more, standing alone: lengthened. */
export function namesWrittenWholeElsewhere(ctx: EntityContext, found: readonly NameHit[]): NameHit[] {
  const { folded } = ctx;
  return found.map((f) => {
    if (f.end - f.start !== 2 || surnameLength(folded.slice(f.start, f.end)) !== 1 || !isHan(folded[f.end] ?? '')) return f;
    const whole = folded.slice(f.start, f.end + 1);
    for (let at = folded.indexOf(whole); at >= 0; at = folded.indexOf(whole, at + 1)) {
      if (at !== f.start && !isHan(folded[at - 1] ?? '') && !isHan(folded[at + 3] ?? '')) return { ...f, end: f.end + 1 };
    }
    return f;
  });
}
