import type { EntityContext } from '../context.ts';
import { isNameShaped, TITLES_AFTER, TITLES_BEFORE } from './personNames.ts';
import { CUES_AFTER } from './nameCues.ts';
import { plausibleName } from './namesBesidePosts.ts';
import { isCommonWord, isKnownPlaceName, type NameHit } from './untitledNames.ts';

// A transcript of a press conference or an interview gives each turn a line opened by the speaker and a colon
// (何晓东：我补充一点。, 记者：您觉得…, 浙江日报记者：请问…). A name-shaped label is a speaker's name where the text is such
// a transcript: the label opens two turns or more, or the text also gives turns to a reporter, a host or a question.

// A label of two to four characters, a colon, and what is said on the same line.
const LABEL = /^[ \u3000]*([\u4e00-\u9fff]{2,4})[：:](?=[^\n]{2})/gm;
// The turns of a reporter (记者：, 浙江日报记者：, 记者（澎湃新闻）：), a host (主持人：) or a question and its answer (问：, 答：).
const CONVERSATION = /^[ \u3000]*(?:[\u4e00-\u9fff]{0,12}记者(?:[（(][^）)\n]{1,16}[）)])?|主持人|问|答)[：:](?=[^\n]{2})/m;

const ADDRESSES = [...TITLES_BEFORE, ...TITLES_AFTER, ...CUES_AFTER, '老', '总', '工'];

export function speakerLabels(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  if (!folded.includes('：') && !folded.includes(':')) return [];
  const spots = new Map<string, number[]>();
  for (const m of folded.matchAll(LABEL)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - 1 - name.length;
    const list = spots.get(name);
    if (list) list.push(start);
    else spots.set(name, [start]);
  }
  if (!spots.size) return [];
  const conversation = CONVERSATION.test(folded);
  const out: NameHit[] = [];
  for (const [name, starts] of spots) {
    if (starts.length < 2 && !conversation) continue;
    // A form's field or a heading's word (时间：, 金额：, 江苏：) is no speaker, nor a surname with a post or an address
    // (王院长：, 李老师：), which stands for a person named elsewhere, if at all.
    if (!isNameShaped(name) || isCommonWord(name) || isKnownPlaceName(ctx, name)) continue;
    if (ADDRESSES.some((a) => name.endsWith(a) && name.length - a.length <= 2)) continue;
    for (const start of starts) {
      const end = start + name.length;
      if (ctx.seg.boundaries.has(start) && ctx.seg.boundaries.has(end) && plausibleName(ctx, start, end))
        out.push({ start, end, score: 0.75 });
    }
  }
  return out;
}
