import type { EntityContext } from '../context.ts';
import { tokensIn } from '../segment.ts';
import { surnameLength } from './personNames.ts';
import { isKnownPlaceName } from './untitledNames.ts';
import type { RosterName } from './rosterNames.ts';

// A school's honour list or seating chart sets each pupil after the class, a space between (高一（3）班　李子涵　　高一（7）班
// 张又嘉, 三年级2班　王　芳): the class says a pupil's name follows, whatever jieba reads it as (张/q|又/d|嘉/nr, 乌兰图/nr|雅/ns).
// Grades are written 高一 to 高三, 初一 to 初三, 一年级 to 九年级 and 大一 to 大四; the class by a number, in brackets or not.
const NUMBER = '[0-9０-９一二三四五六七八九十]{1,3}';
const CLASS = `(?:[高初][一二三]|[一二三四五六七八九]年级|大[一二三四])(?:[（(]${NUMBER}[）)]|${NUMBER})班`;
const CLASS_NAME = new RegExp(
  `${CLASS}[ \\u3000]+([\\u4e00-\\u9fff]{2,4}|[\\u4e00-\\u9fff][ \\u3000][\\u4e00-\\u9fff])(?=[ \\u3000\\t]|$)`,
  'gm',
);
// jieba's tags of the words a name is read as: a name's, or one it does not know; a single character whatever its tag.
const NAME_PIECE = /^(nr|nrfg|nrt|x)$/;

/** The pupils named after their classes; a padded name's `name` is written without its space. */
export function classRowNames(ctx: EntityContext): RosterName[] {
  const out: RosterName[] = [];
  for (const m of ctx.folded.matchAll(CLASS_NAME)) {
    const cell = m[1]!;
    const start = m.index! + m[0].length - cell.length;
    const name = cell.replace(/[ \u3000]/, '');
    // A name of three characters or fewer opens on a surname; one of four may be of a people that writes none (乌兰图雅).
    if ((name.length < 4 && !surnameLength(name)) || isKnownPlaceName(ctx, name)) continue;
    const pieces = tokensIn(ctx.seg, start, start + cell.length).filter((t) => !/^[ \u3000]$/.test(t.word));
    if (!pieces.every((t) => t.word.length === 1 || NAME_PIECE.test(t.tag))) continue;
    out.push({ start, end: start + cell.length, name });
  }
  return out;
}
