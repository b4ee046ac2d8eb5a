import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { isNameShaped, surnameLength } from './personNames.ts';
import { isKnownPlaceName } from './untitledNames.ts';
import type { RosterName } from './rosterNames.ts';
import { isCreditName } from './reporterCredits.ts';

// A judgment closes on its bench, one signature a line, the role set off from the name by spaces (审判长　邬建勋, 人民陪审员
// 骆大春, 书记员　岑　悦); a page closes on its credits, each role with a colon and a name (（编辑：卓　然）, 审核：邓立新).
// Between such a role and the end of its line or bracket stands nothing but a name, padded to the width of three when it
// has two characters (岑　悦 is 岑悦). Written for this project from the forms of judgments and of news pages.

// The bench and the clerks who sign a judgment or a ruling, and the hands a page credits. A judgment may space a role's
// characters out to the width of the longest (审　判　长, 书 记 员).
const ROLES = [
  ...['审判长', '审判员', '代理审判员', '人民陪审员', '陪审员', '书记员', '法官助理', '执行员', '速录员'],
  ...['责任编辑', '编辑', '编审', '审核', '审校', '审稿', '校对', '初审', '复审', '终审', '监制', '撰稿', '摄影', '摄像', '制图', '美编'],
  // A feature's credit line under its headline (本报记者　顾晓燕　通讯员　向　阳).
  ...['记者', '摄影记者', '通讯员', '实习生'],
];
// The paper, page or station a hand works for may stand before the role (本报记者, 本版编辑).
const ROLE = `(?:本报|本版|本刊|本台|本网|特约)?(?:${ROLES.map((r) => [...r].join('[ \\u3000]?')).join('|')})`;
// The role opens a line or follows a bracket, a credit before it or the slash of 文/ and 图/ (图/本报记者　李　强); the name after its colon or spaces closes the line,
// the bracket or the credit (a space before the next role).
const SIGNED = new RegExp(
  `(?:^|[（(／/]|[ \\u3000])${ROLE}(?:[：:][ \\u3000]*|[ \\u3000]+)([\\u4e00-\\u9fff](?:[ \\u3000]?[\\u4e00-\\u9fff]){1,3})(?=$|[）)\\n]|[ \\u3000]+(?:${ROLE}|[文图][／/]|\\S{1,8}[：:]))`,
  'gm',
);

// A feature's or a review's writer on a line of its own or in a bracket, the hand with a slash or a colon (文／鞠安澜,
// 作者：韦　丹, （文/龚晓岚）): 文 and 图 are words too, so only so marked.
const WRITER = new RegExp(
  `(?:^|[（(]|[ \\u3000])(?:文|图|作者|撰文|文字)[／/：:][ \\u3000]*([\\u4e00-\\u9fff](?:[ \\u3000]?[\\u4e00-\\u9fff]){1,3})(?=$|[）)\\n]|[ \\u3000]+)`,
  'gm',
);

// Several hands credited after one role, set off by spaces, to the end of the line or credit (摄影：李强　格桑梅朵,
// （本报记者　努尔兰·哈斯木　古丽娜尔）): names of any people, unpadded, as the credit says names follow.
const CREDITED_LIST = new RegExp(
  `(?:^|[（(／/]|[ \\u3000])${ROLE}(?:[：:][ \\u3000]*|[ \\u3000]+)([\\u4e00-\\u9fff·]{2,8}(?:[ \\u3000]+[\\u4e00-\\u9fff·]{2,8})+)(?=$|[）)\\n]|[ \\u3000]+(?:${ROLE}|[文图][／/]|\\S{1,8}[：:]))`,
  'gm',
);

/** The names signed under a judgment or credited on a page; a padded name's `name` is written without its space. */
export function signedNames(ctx: EntityContext): RosterName[] {
  const { folded } = ctx;
  const out: RosterName[] = [];
  for (const m of [...folded.matchAll(SIGNED), ...folded.matchAll(WRITER)]) {
    const written = m[1]!;
    const start = m.index! + m[0].length - written.length;
    const name = written.replace(/[ \u3000]/g, '');
    // A padded name has its one space after the surname (岑　悦); any other space is no name's.
    if (name.length !== written.length && !(name.length === 2 && /^[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]$/.test(written))) continue;
    if (!isHan(name) || !isNameShaped(name) || surnameLength(name) === 0 || isKnownPlaceName(ctx, name)) continue;
    out.push({ start, end: start + written.length, name });
  }
  for (const m of folded.matchAll(CREDITED_LIST)) {
    const listed = m[1]!;
    const from = m.index! + m[0].length - listed.length;
    const items = [...listed.matchAll(/[^ \u3000]+/g)];
    // One item that reads as no name (a unit, a word) makes the line no list of hands.
    if (!items.every((i) => isCreditName(ctx, i[0]))) continue;
    for (const i of items) out.push({ start: from + i.index!, end: from + i.index! + i[0].length, name: i[0] });
  }
  return out;
}
