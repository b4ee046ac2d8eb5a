import type { EntityContext } from '../context.ts';
import { isHanCode } from '../../text/han.ts';
import { isNameShaped, POSTS_BEFORE } from './personNames.ts';
import { plausibleName } from './namesBesidePosts.ts';
import type { NameHit } from './untitledNames.ts';

// Who gave a speech or wrote a report, on a line of its own. A line of a post, spaces and a name (芜湖市审计局局长　江海涛),
// or of the academic rank the speaker holds (报告人：中国工程院院士　邓秀新, 主讲：武汉大学教授　胡德坤), or a feature's
// reporter under its headline (本报记者　龙翔宇); a line of a name alone.
const RANKS = ['院士', '教授', '副教授', '研究员', '副研究员', '主任医师', '记者', '通讯员'];
const POST_SPACE_NAME = new RegExp(`(?:${[...POSTS_BEFORE, ...RANKS].join('|')})[ \\u3000]+([\\u4e00-\\u9fff]{2,4})$`);
const NAME_LINE = /^[\u4e00-\u9fff]{2,4}$/;

/**
 * The line ends as POST_SPACE_NAME's matches end, with two to four Chinese characters after a space: told from its last
 * characters, so that the titles' pattern is tried on the few lines that do, not along every line of the report.
 */
function endsWithSpacedName(line: string): boolean {
  let at = line.length;
  while (at > 0 && line.length - at < 5 && isHanCode(line.charCodeAt(at - 1))) at--;
  const name = line.length - at;
  return name >= 2 && name <= 4 && (line[at - 1] === ' ' || line[at - 1] === '\u3000');
}
// The head of a speech or report: its title, occasion and date lines, up to the salutation (同志们：) or the body.
const HEAD_LINES = 8;

/**
 * Bylines: who gave the speech or wrote the report, on a line of its own — after the post and a space anywhere
 * (芜湖市审计局局长　江海涛), or the name alone among the head lines before the salutation (——在…全体会议上的工作报告 /
 * （2024年2月1日） / 刘晓燕).
 */
export function bylines(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  let lineStart = 0;
  let head = true;
  for (let n = 0; lineStart < folded.length; n++) {
    const nl = folded.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? folded.length : nl;
    const whole = folded.slice(lineStart, lineEnd);
    const line = whole.trimEnd();
    const lead = whole.length - whole.trimStart().length;
    const post = endsWithSpacedName(line) ? POST_SPACE_NAME.exec(line) : null;
    let name: { start: number; end: number } | undefined;
    if (post) name = { start: lineStart + line.length - post[1]!.length, end: lineStart + line.length };
    else if (head && n < HEAD_LINES && NAME_LINE.test(line.trim())) name = { start: lineStart + lead, end: lineStart + line.length };
    if (name) {
      const text = folded.slice(name.start, name.end);
      if (isNameShaped(text) && plausibleName(ctx, name.start, name.end)) out.push({ ...name, score: 0.85 });
    }
    if (/[：:]$/.test(line) || line.length > 60) head = false;
    lineStart = lineEnd + 1;
  }
  return out;
}
