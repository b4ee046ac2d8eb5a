import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { isNameShaped } from './personNames.ts';
import type { RosterName } from './rosterNames.ts';

// A biography of the old style opens on the name, then its courtesy name and its art names, each a field of its own
// (陈宏谋，字汝咨，号榕门，广西临桂人; 袁枚，字子才，号简斋，晚号随园老人; 吴敏树，字本深): what follows 字 and 号 there is
// said of a person only, so the name before them is one, whatever jieba reads it as (郑燮/x, 陈兰森/x), and the courtesy
// and art names are other names of the same person, as the text goes on to call him by them (板桥诗、书、画皆工).

// The courtesy name right after the name: 1–3 characters closed by a mark.
const COURTESY = /[，,]字([\u4e00-\u9fff]{1,3})(?=[，,。；;、（(])/g;
// The art names after it (号, 又号, 别号, 自号, 晚号, 亦号), of up to four characters (随园老人), each closed by a mark.
const ART_NAME = /^[，,](?:又|别|自|晚|亦)?号([\u4e00-\u9fff]{1,4})(?=[，,。；;、（(])/;
// What makes 字 a field of the language's other sense (数字, 文字, 签字): the name is tested, but the 字's value may not
// be a word of counting or writing either.
const NOT_COURTESY = /^(?:数|迹|体|号|幅|样|母|句|典|条|画|据|面|里|眼)/;

/**
 * A name before 字 and its courtesy name, with its art names after; each other name is returned with the person's
 * name as `name` (its span another text), so that it is a mention of the same person.
 */
export function courtesyNames(ctx: EntityContext): RosterName[] {
  const { folded, seg } = ctx;
  const out: RosterName[] = [];
  for (const m of folded.matchAll(COURTESY)) {
    const comma = m.index!;
    if (NOT_COURTESY.test(m[1]!)) continue;
    const name = nameBefore(ctx, comma);
    if (!name) continue;
    const others: RosterName[] = [{ start: comma + 2, end: comma + 2 + m[1]!.length, name: name.name }];
    for (let at = others[0]!.end; ;) {
      const art = ART_NAME.exec(folded.slice(at, at + 9));
      if (!art) break;
      const start = at + art[0].length - art[1]!.length;
      others.push({ start, end: start + art[1]!.length, name: name.name });
      at = start + art[1]!.length;
    }
    // Without an art name the name must read as a name to jieba too (袁枚/nr, 陈宏谋/x): 字 opens other fields.
    const word = seg.tokens[seg.tokenAt[name.start]!]!;
    if (others.length === 1 && !(word.start === name.start && word.end === name.end && /^(nr|nrfg|x)$/.test(word.tag))) continue;
    out.push(name, ...others);
  }
  return out;
}

/** The name that ends right before the comma, on a word's boundary: three characters where they make one (其孙|陈兰森), else two (郑燮). */
function nameBefore(ctx: EntityContext, end: number): RosterName | undefined {
  const { folded, seg } = ctx;
  for (const len of [3, 2]) {
    const start = end - len;
    const name = folded.slice(start, end);
    if (start >= 0 && isHan(name) && isNameShaped(name) && seg.boundaries.has(start)) return { start, end, name };
  }
  return undefined;
}
