import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { isNameShaped, NOT_IN_NAME } from './personNames.ts';
import { isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { allTransliteration } from './transliteration.ts';

// The credits of a news story: its reporters in brackets after the dateline (新华社拉萨8月12日电（记者春拉、格桑边觉）,
// 本报讯（记者王雪 通讯员李明辉）) and a photograph's (本报记者 吴秋生摄). The credit says a name follows, so a name of
// a people written without a surname (春拉, 格桑边觉) is read there as a Chinese one is; each must still read as a name
// or a word jieba does not know, and one item that does not makes the bracket no credit.

// An editor's credit closes a story as a reporter's opens it (（责任编辑：张红）), with a colon after the role.
const ROLE = '(?:记者|通讯员|实习生|摄影记者|特约记者|责任编辑|编辑)[：:]?';
// What the credited did, after the names (（实习生 蓝天 参与采写）, （记者张三报道）): no name of theirs.
const ACT = '(?:[ \\u3000]*(?:参与采写|采写|报道|整理|摄))?';
const BRACKET = new RegExp(`[（(]((?:${ROLE}[\\u4e00-\\u9fff·、 \\u3000]{2,24}?)+)${ACT}[）)]`, 'g');
const ROLE_SPLIT = new RegExp(ROLE, 'g');
const CAPTION = new RegExp(`${ROLE}[ \\u3000]*([\\u4e00-\\u9fff]{2,4}?)[ \\u3000]*摄(?=$|[\\s）)。])`, 'gm');
const ITEM_TAG = /^(nr|nrfg|nrt|x)$/;
const MIN = 2;
const MAX = 6;

export function reporterCredits(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  for (const m of folded.matchAll(BRACKET)) {
    const items = creditItems(ctx, m[1]!, m.index! + 1);
    if (items) for (const i of items) out.push({ ...i, score: 0.8 });
  }
  for (const m of folded.matchAll(SIGNED)) {
    const items = signedItems(ctx, m[1]!, m.index! + 1);
    if (items) for (const i of items) out.push({ ...i, score: 0.8 });
  }
  for (const m of folded.matchAll(CAPTION)) {
    const name = m[1]!;
    const start = m.index! + m[0].indexOf(name, m[0].length - name.length - 3);
    if (isNameShaped(name) && !isKnownPlaceName(ctx, name)) out.push({ start, end: start + name.length, score: 0.8 });
  }
  return out;
}

/** The names of a bracketed credit starting at `from`, or undefined when any item is no name. */
function creditItems(ctx: EntityContext, inner: string, from: number): { start: number; end: number }[] | undefined {
  const items: { start: number; end: number }[] = [];
  for (const m of inner.matchAll(/[^、 \u3000]+/g)) {
    let item = m[0];
    let at = from + m.index!;
    // A role opens its group (记者王雪 通讯员李明辉): the name starts after it.
    for (const role of item.match(ROLE_SPLIT) ?? []) {
      if (!item.startsWith(role)) return undefined;
      item = item.slice(role.length);
      at += role.length;
    }
    if (!item) continue;
    if (!isCreditName(ctx, item)) return undefined;
    items.push({ start: at, end: at + item.length });
  }
  return items.length ? items : undefined;
}

// A web page's or a campus paper's credits name every hand in one bracket, each role with a colon or slash and the groups
// set off by spaces, the source or the writing unit among them (（来源：市政府办公室　编辑：卢静怡　审核：邓立新）,
// （文/党委宣传部　黄婷　图/吴迪　审核/钟国强）), or a unit's reporter (（潜江市融媒体中心记者　彭丽君　通讯员　熊浩）).
const SIGNED = /[（(]([^（）()\n。；;，,]{4,80})[）)]/g;
// Roles that name whoever did the work; 文 and 图 only with their colon or slash (文/, 图：), being words too. A
// transcript is credited to whoever wrote it down (（整理：俞静）, （根据录音整理：…）).
const HAND =
  '记者|通讯员|实习生|摄影记者|特约记者|责任编辑|编辑|审核|审校|校对|初审|复审|终审|监制|摄影|摄像|作者|撰稿|制图|美编|主编|整理|根据录音整理';
const SIGNED_ROLE = new RegExp(`^(?:(${HAND})[：:/]?|([文图])[：:/])`);
// Roles whose value is a body (来源：新华社, 供稿：市委宣传部), never a name.
const SOURCE_ROLE = /^(来源|供稿|出品|稿源)[：:/]/;
// A unit's reporter (潜江市融媒体中心记者, 本报记者): the names come in the groups after it.
const UNIT_REPORTER = /^[\u4e00-\u9fff]{2,20}(记者|通讯员)$/;
// A body given with the credited (文/党委宣传部): a unit's ending.
const UNIT_END = /[部室办处局委厅站台社报网所院校队组会心]$/;
// What the credited did, after the names (摄, 报道).
const SIGNED_ACT = /^(参与采写|采写|报道|整理|摄|摄影)$/;

/**
 * The names of a signed bracket starting at `from`: each group after a role (or a unit's reporter) a name or a unit,
 * after a source's role a unit; undefined when the bracket holds no role, no name, or a group that is neither.
 */
function signedItems(ctx: EntityContext, inner: string, from: number): { start: number; end: number }[] | undefined {
  const items: { start: number; end: number }[] = [];
  let kind: 'name' | 'unit' | undefined;
  for (const g of inner.matchAll(/[^ \u3000]+/g)) {
    let group = g[0];
    let at = from + g.index!;
    const source = SOURCE_ROLE.exec(group);
    const role = source ? null : SIGNED_ROLE.exec(group);
    if (source || role) {
      kind = source ? 'unit' : 'name';
      const cut = (source ?? role)![0].length;
      group = group.slice(cut);
      at += cut;
      if (!group) continue;
    } else if (UNIT_REPORTER.test(group)) {
      kind = 'name';
      continue;
    }
    if (!kind) return undefined;
    if (kind === 'unit' || SIGNED_ACT.test(group)) continue;
    for (const m of group.matchAll(/[^、]+/g)) {
      const item = m[0];
      if (isCreditName(ctx, item)) items.push({ start: at + m.index!, end: at + m.index! + item.length });
      else if (!UNIT_END.test(item)) return undefined;
    }
  }
  return items.length ? items : undefined;
}

/** An item of a credit that reads as a name: name-shaped, a word jieba reads as a name or does not know, or dotted. */
export function isCreditName(ctx: EntityContext, item: string): boolean {
  if (/^[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8}$/.test(item)) return true;
  if (item.length < MIN || item.length > MAX || isKnownPlaceName(ctx, item)) return false;
  // A surname that is a word ending places' names (区慧玲, the Cantonese 区): in a word jieba does not know, no unit's.
  if (item.length === 3 && tagOf(item) === 'x' && !UNIT_END.test(item) && ![...item.slice(1)].some((c) => NOT_IN_NAME.has(c))) return true;
  // A name of a people written in transliteration (古丽娜尔) may hold characters barred from Chinese given names (尔,
  // 斯): the credit says a name stands there.
  if (item.length >= 3 && allTransliteration(item)) return true;
  if ([...item].some((c) => NOT_IN_NAME.has(c))) return false;
  return isNameShaped(item) || ITEM_TAG.test(tagOf(item));
}
