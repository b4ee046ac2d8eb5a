import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { isNameShaped, surnameLength, POSTS_BEFORE } from './personNames.ts';
import { isKnownPlaceName } from './untitledNames.ts';
import { plausibleName, readName } from './namesBesidePosts.ts';
import type { RosterName } from './rosterNames.ts';

// Official lists describe the people they name the way a form does, and what they say of them is said of people only:
// the sex written after the name (2.石　磊，男，汉族，1982年11月出生…, 田金花（女，…）), the field of a form whose value
// is a name (姓名：向　阳, 联系人：程建), and a unit and post in brackets after the name of one commended or appointed
// (授予覃大勇（…村党支部书记）、…称号). Whatever jieba makes of the name (石/n, 金花/n, 向/p), what surrounds it says it is
// one. A two-character name padded to the width of three (石　磊) is named without its space.

// The sex after the name, as a list entry or a bracketed note writes it: 石磊，男，· 田金花（女，· 刘晓燕（女）.
const SEX_NOTE = /[，,（(][男女][，,）)、]/g;
// Fields of a form that hold a person's name; a notice's for the firm's people (法定代表人：訾国栋, 项目负责人：庹明亮,
// 项目经理：林志强), and minutes' for who attended, sat in, was absent and kept them (出席：, 列席：, 缺席：, 记录人：).
const NAME_FIELD = new RegExp(
  `(?:^|[\\s，,。；;])(?:${[
    ...['姓名', '联系人', '经办人', '责任人', '填表人', '签发人', '主持人', '主讲人', '获奖者', '获得者', '获奖人', '申报人', '推荐人'],
    ...['法定代表人', '负责人', '项目负责人', '技术负责人', '项目经理', '总监理工程师', '审核人', '审批人', '制表人', '监督人'],
    ...['出席', '列席', '缺席', '请假', '记录', '记录人'],
    // A judgment's parties and their counsel (原告：覃秀兰，女，…, 委托诉讼代理人：向红军，系原告之子): a body there reads on past
    // the field's end of a name (被告：宜昌通达物流有限公司) and is left.
    ...['原告', '被告', '第三人', '上诉人', '被上诉人', '申请人', '被申请人', '申请执行人', '被执行人', '委托诉讼代理人'],
    ...['委托代理人', '诉讼代理人', '法定代理人', '指定代理人', '辩护人', '指定辩护人'],
  ].join('|')})[：:][ \u3000]*`,
  'gm',
);
// A unit of a body before the name in a form's field, set off by a space: its head closes it (科, 处, 室, 局, 中心).
const UNIT_BEFORE_NAME = /^[\u4e00-\u9fff]{2,24}?(?:科|处|室|局|办|部|股|组|所|站|队|中心|办公室)[ \u3000]+(?=[\u4e00-\u9fff])/;
// What may stand right before a described name: a line's start (after its numbering), a list's or a field's mark, a
// verb of bestowing an honour.
const OPENS = /(?:^|\n)[ \u3000\t]*(?:\d{1,3}[.、．]|[（(]\d{1,3}[）)])?[ \u3000\t]*$|[、：:，,；;]$|(?:授予|追授|追认)$/;
// An item of a list joined by 、 that is a name padded to three characters (周　军、欧阳丽娟、黄　河、…、易　明), a note
// in brackets after it or not (、陈　浩（湖北大学）): one character, a space and one character between a list's marks is no
// word of any kind, but a roster's name.
const PADDED_ITEM = /([、：:])([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?=[、，,。；;\n（(]|$)/g;
// A biography's opening: the name, then the native place and 人 (罗振邦，湖南邵阳人。), the place one or two names the
// gazetteer or the world data knows.
const NATIVE_PLACE = /[，,]([\u4e00-\u9fff]{2,10}?)人(?=[，,。；;（(])/g;
// A bracket after a name that gives the unit and ends on the post held in it (（长阳…郑家榜村党支部书记）, （…卫生院护士长）).
const POST_BRACKET = /[（(]([^（）()\n]{2,40})[）)]/g;
const POST_SET: ReadonlySet<string> = new Set(POSTS_BEFORE);
const POST_LENGTHS = [...new Set(POSTS_BEFORE.map((p) => p.length))];
const POST_END = new RegExp(`(?:${POSTS_BEFORE.join('|')}|护士长|[长员师])$`);

/** Names described by their sex, a form's field or a bracketed post; a padded name's `name` is written without its space. */
export function describedNames(ctx: EntityContext): RosterName[] {
  const { folded } = ctx;
  const out: RosterName[] = [];
  for (const m of folded.matchAll(SEX_NOTE)) {
    const name = nameEndingAt(ctx, m.index!);
    if (name) out.push(name);
  }
  for (const m of folded.matchAll(NAME_FIELD)) {
    let at = m.index! + m[0].length;
    // The unit the person works in may come first, a space after it (联系人：市医保局基金监管科　王红梅).
    at += UNIT_BEFORE_NAME.exec(folded.slice(at, at + 32))?.[0].length ?? 0;
    const name = nameStartingAt(ctx, at);
    if (name && /^(?:$|[\n，,。；;、 \u3000（(])/.test(folded.slice(name.end, name.end + 1))) out.push(name);
  }
  // A post as a field (村监委会主任：胡德明　联系电话：…, 驻村工作队队长：宋建平): its holder's name, whole up to the field's end.
  for (const c of folded.matchAll(/[：:]/g)) {
    const colon = c.index!;
    if (!POST_LENGTHS.some((len) => POST_SET.has(folded.slice(colon - len, colon)))) continue;
    let at = colon + 1;
    while (folded[at] === ' ' || folded[at] === '\u3000') at++;
    // Not before a full stop: a speech's label says what the post said (主任：李明说。). Before a comma a verb of speech
    // closing the run is the holder's (主任：李明说，…): no name ends in 说.
    const read = nameStartingAt(ctx, at);
    const name = read && read.name.length > 2 && read.name.endsWith('说') ? withoutLast(read) : read;
    if (name && /^(?:$|[\n，,；;、 \u3000（(])/.test(folded.slice(read!.end, read!.end + 1))) out.push(name);
  }
  for (const m of folded.matchAll(NATIVE_PLACE)) {
    if (!placesOnly(ctx, m[1]!)) continue;
    const name = nameEndingAt(ctx, m.index!);
    if (name && name.end - name.start === name.name.length && plausibleName(ctx, name.start, name.end)) out.push(name);
  }
  for (const m of folded.matchAll(POST_BRACKET)) {
    if (!POST_END.test(m[1]!)) continue;
    const name = nameEndingAt(ctx, m.index!);
    if (name && name.end - name.start === name.name.length && plausibleOrBestowed(ctx, name)) out.push(name);
  }
  for (const m of folded.matchAll(PADDED_ITEM)) {
    if (m[1] !== '、' && folded[pastNote(folded, m.index! + 4)] !== '、') continue;
    const name = m[2]![0]! + m[2]![2]!;
    const start = m.index! + 1;
    if (surnameLength(name) === 1) out.push({ start, end: start + 3, name });
  }
  return out;
}

/** The name without its last character, which was no part of it. */
function withoutLast(name: RosterName): RosterName {
  return { start: name.start, end: name.end - 1, name: name.name.slice(0, -1) };
}

/** The text is one place's name or two written one after the other (湖南邵阳, 广东省梅州市). */
function placesOnly(ctx: EntityContext, text: string): boolean {
  if (isKnownPlaceName(ctx, text)) return true;
  for (let k = 2; k <= text.length - 2; k++)
    if (isKnownPlaceName(ctx, text.slice(0, k)) && isKnownPlaceName(ctx, text.slice(k))) return true;
  return false;
}

/** The described name whose last character is right before `end`: written whole (2–4 characters) or padded (石　磊). */
function nameEndingAt(ctx: EntityContext, end: number): RosterName | undefined {
  const { folded } = ctx;
  const padded = folded.slice(end - 3, end);
  if (/^[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]$/.test(padded)) {
    const name = padded[0]! + padded[2]!;
    if (surnameLength(name) === 1 && opensItem(folded, end - 3)) return { start: end - 3, end, name };
  }
  for (const len of [3, 2, 4]) {
    const start = end - len;
    const name = folded.slice(start, end);
    if (start >= 0 && isHan(name) && isNameShaped(name) && opensItem(folded, start) && !isKnownPlaceName(ctx, name)) {
      return { start, end, name };
    }
  }
  return undefined;
}

/** The name a form's field holds from `at`, padded or whole, up to the field's end. */
function nameStartingAt(ctx: EntityContext, at: number): RosterName | undefined {
  const { folded } = ctx;
  const padded = folded.slice(at, at + 3);
  if (/^[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]$/.test(padded) && surnameLength(padded[0]!) === 1) {
    return { start: at, end: at + 3, name: padded[0]! + padded[2]! };
  }
  const run = /^[\u4e00-\u9fff]{2,4}/.exec(folded.slice(at, at + 5))?.[0];
  if (!run || isKnownPlaceName(ctx, run)) return undefined;
  if (isNameShaped(run)) return { start: at, end: at + run.length, name: run };
  // A surname in no list (庹/nr|明亮), read as after a post: the field says a person's name is written there.
  const read = readName(ctx, at);
  return read ? { ...read, name: folded.slice(read.start, read.end) } : undefined;
}

function opensItem(folded: string, start: number): boolean {
  // A slice from mid-text opens on a character that is no line's start, for OPENS' ^.
  return OPENS.test(start > 12 ? '\0' + folded.slice(start - 12, start) : folded.slice(0, start));
}

/** A name before a post's bracket reads as a name to jieba, or an honour is bestowed on it (授予田|金花（…）). */
function plausibleOrBestowed(ctx: EntityContext, name: RosterName): boolean {
  return plausibleName(ctx, name.start, name.end) || /(?:授予|追授|追认)$/.test(ctx.folded.slice(name.start - 2, name.start));
}

// A short note in brackets after a list's item, no sentence in it.
const ITEM_NOTE = /^[（(][^（）()。；;\n]{1,30}[）)]/;

/** Where a list's item ends: past the note in brackets written right after it (张晓东（华中科技大学）、), if any. */
export function pastNote(folded: string, at: number): number {
  if (folded[at] !== '（' && folded[at] !== '(') return at;
  return at + (ITEM_NOTE.exec(folded.slice(at, at + 32))?.[0].length ?? 0);
}
