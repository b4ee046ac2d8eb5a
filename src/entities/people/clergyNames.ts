import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { isNameShaped } from './personNames.ts';
import type { NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';
import { occurrences } from '../../text/occurrences.ts';

// Clergy are named with the title of their order after the name (释妙慧法师, 马永福阿訇, 李恩泽牧师, 张若望神父, 周清阳道长),
// often after the post they hold (住持, 会长, 主席, 主任). A Buddhist monastic takes 释 as surname (释妙慧), which no
// list of family surnames holds. Titles written for this project from the religions' ordinary usage in Chinese.
const TITLES = ['大和尚', '法师', '长老', '阿訇', '伊玛目', '牧师', '神父', '主教', '修女', '道长'];
// What stands right before such a name: a mark, or the post or place of the person (…住持, …会长, …主任, …寺).
const BEFORE_NAME = /(?:[、，,。；;：:\s“]|住持|方丈|会长|主席|主任|院长|寺|宫|观|堂|庙)$/;

/** A person named before a clergy title: a name of a family surname, or a monastic name of 释 and one or two characters. */
export function clergyNames(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  // Every title's places in one look-up of the report's character pairs, not a scan of the report per title (no title
  // overlaps itself: its places are those a scan from each one's end finds).
  const found = occurrences(folded, TITLES);
  for (const [k, title] of TITLES.entries()) {
    for (const at of found[k]!) {
      if (!seg.boundaries.has(at)) continue;
      for (const len of [3, 2]) {
        const start = at - len;
        const name = folded.slice(start, at);
        if (start < 0 || !isHan(name) || !seg.boundaries.has(start)) continue;
        if (!(isNameShaped(name) || (name[0] === '释' && (title === '法师' || title === '大和尚' || title === '长老')))) continue;
        if (start > 0 && !BEFORE_NAME.test(folded.slice(Math.max(0, start - 2), start))) continue;
        // A word of the language (全体|牧师, 各位|法师) is no name.
        if (!/^(x|nr|nrfg|nrt)$/.test(tagOf(name))) continue;
        out.push({ start, end: at, score: 0.8 });
        break;
      }
    }
  }
  return out;
}
