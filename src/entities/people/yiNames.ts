import type { EntityContext } from '../context.ts';
import { YI_CLAN_NAMES } from '../data/yiClanNames.ts';
import { occurrences, wordIndex } from '../../text/occurrences.ts';
import { NOT_IN_NAME } from './personNames.ts';
import { afterPostOrRole } from './personRoles.ts';
import { cueAfter, cueBefore, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';
import { afterNationsKind } from './nationsKinds.ts';

const CLANS = wordIndex(YI_CLAN_NAMES);
// What a place or a body named after a clan ends with (吉克乡, 阿苦村): the span names no one.
const PLACE_HEAD = /^[县乡镇村区山河湖沟寺庙街路桥站厂局队社]/;
// Tags of a word of the language as the given name (吉克|发展/v): no name.
const ORDINARY_TAG = /^(v|vd|vn|a|ad|d|p|c|u[a-z]*|m|q|r|t|f)$/;

/**
 * Yi names: a clan name and two syllables of given name (党委书记吉克阿呷, 歌手曲比阿乌, 张宏森、吉狄马加、李敬泽), which
 * jieba cuts anyhow (吉克/x|阿/j|呷/v). The clan is no Chinese surname, so the surname-led readings never see the name,
 * or cut it after a character that is one (吉克阿 for 吉克阿呷). Read where the words around say it is a person: a post,
 * a role or a cue before or after it, or a list of names.
 */
export function yiNames(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  for (const found of occurrences(folded, CLANS)) {
    for (let k = 0; k < found.length; k++) {
      const at = found[k]!;
      const end = at + 4;
      const given = folded.slice(at + 2, end);
      if (!seg.boundaries.has(at) || !seg.boundaries.has(end) || !isHan(given) || [...given].some((c) => NOT_IN_NAME.has(c))) continue;
      if (PLACE_HEAD.test(folded.slice(end, end + 1))) continue;
      const word = seg.tokens[seg.tokenAt[at + 2]!]!;
      if (word.start === at + 2 && word.end === end && ORDINARY_TAG.test(word.tag)) continue;
      const listed = folded[at - 1] === '、' || folded[end] === '、';
      const posted = afterPostOrRole(folded, at) || afterNationsKind(ctx, at);
      if (listed || cueBefore(ctx, at) || cueAfter(ctx, end) || posted) out.push({ start: at, end, score: 0.75 });
    }
  }
  return out;
}
