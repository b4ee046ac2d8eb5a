import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { isNameShaped, NOT_IN_NAME } from './personNames.ts';
import { isKnownPlaceName, type NameHit } from './untitledNames.ts';

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

function isCreditName(ctx: EntityContext, item: string): boolean {
  if (item.length < MIN || item.length > MAX || isKnownPlaceName(ctx, item)) return false;
  if ([...item].some((c) => NOT_IN_NAME.has(c))) return false;
  return isNameShaped(item) || ITEM_TAG.test(tagOf(item)) || item.includes('·');
}
