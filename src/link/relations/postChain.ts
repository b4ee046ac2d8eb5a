import type { Entity } from '../../types.ts';
import type { RelationContext } from './relationContext.ts';
import { GOVERNMENT_HEAD, SHORT_BODY, TITLE_AT_END } from './titles.ts';

/** One post of a chain written before a name (市委副书记、市长肖亚非: two posts). */
export interface Post {
  /** The title as written, without 原 (市委副书记, 市长, 党组书记). */
  title: string;
  former: boolean;
  /** The body the post belongs to, when the report names it; null when the text names a body it does not list. */
  body: Entity | null;
}

/** The posts written right before a name, and where their chain starts; null when no title stands there. */
export function postChainBefore(ctx: RelationContext, nameStart: number, floor: number): { start: number; posts: Post[] } | null {
  const f = ctx.folded;
  const segs: Segment[] = [];
  let pos = nameStart;
  let start = nameStart;
  while (pos > floor) {
    const m = TITLE_AT_END.exec(f.slice(Math.max(floor, pos - 24), pos));
    if (!m) break;
    const titleStart = pos - m[0].length;
    const seg = segment(ctx, f.slice(Math.max(floor, titleStart - 20), titleStart), m[2]!, !!m[1]);
    start = titleStart - seg.lead;
    // 原区委常委: 原 written before the body.
    if (f[start - 1] === '原' && start - 1 >= floor) {
      seg.former = true;
      start -= 1;
    }
    segs.unshift(seg);
    pos = start;
    if (f[pos - 1] === '、' && pos - 1 > floor) pos -= 1;
    else break;
  }
  if (!segs.length) return null;
  // 原 runs on along the chain: 原区委常委、副区长 are both former posts.
  let former = false;
  let lastBody: Entity | null = null;
  const posts: Post[] = segs.map((s) => {
    former ||= s.former;
    let body = s.body;
    const gov = GOVERNMENT_HEAD.exec(s.title);
    if (!body && gov) body = governmentOf(ctx, gov[1]!, s.place);
    // 局长 after 区教育局原党组书记、: the body of the post before it; after a party organ's post (厅党组书记、厅长,
    // 集团党委书记、董事长) the body that organ leads, when the report names it.
    else if (!body && !s.bodyText) body = lastBody && !PARTY_TITLE.test(s.title) ? ledBy(ctx, lastBody) : lastBody;
    lastBody = body;
    const title = SHORT_BODY.test(s.bodyText) ? s.bodyText + s.title : s.title;
    return { title, former, body };
  });
  return { start, posts };
}

interface Segment {
  title: string;
  former: boolean;
  /** The body's name as written before the title ('' when none is). */
  bodyText: string;
  body: Entity | null;
  place: Entity | null;
  /** How many characters before the title (and its 原) the body's name takes. */
  lead: number;
}

/** One post: the title and the body written before it. */
function segment(ctx: RelationContext, lead: string, title: string, former: boolean): Segment {
  // 市纪委书记, 镇党委书记: the party organ before the head word may close the body's own name (市纪委, 镇党委).
  const organ = /^(?:党组|党委|党工委|纪委|纪工委|党支部|党总支)/.exec(title)?.[0];
  if (organ && !former) {
    const whole = bodyEnding(ctx, lead + organ);
    if (whole.body && whole.text.length > organ.length) {
      // Shown as written: 镇党委书记, 市纪委书记; 党组书记 where the body's name is long (厅党组书记 of the 厅).
      const shown = SHORT_BODY.test(whole.text) ? whole.text.slice(0, -organ.length) + title : title;
      return { title: shown, former, bodyText: '', body: whole.body, place: null, lead: whole.text.length - organ.length };
    }
  }
  const named = bodyEnding(ctx, lead);
  return { title, former, bodyText: named.text, body: named.body, place: named.place, lead: named.text.length };
}

const PARTY_TITLE = /书记|常委|委员/;

/** The body a party organ leads (中共湖北省交通运输厅党组 → 湖北省交通运输厅), or the body itself when it is no organ. */
function ledBy(ctx: RelationContext, body: Entity): Entity | null {
  const organ = /^(?:中共)?(.+?)(?:党组|党委|委员会)$/.exec(body.name);
  if (!organ) return body;
  return ctx.orgByName.get(organ[1]!) ?? null;
}

/** The longest organization (or place) name the text ends with. */
function bodyEnding(ctx: RelationContext, before: string): { text: string; body: Entity | null; place: Entity | null } {
  for (let k = before.length; k >= 2; k--) {
    const tail = before.slice(-k);
    const org = ctx.orgByName.get(tail);
    if (org) return { text: tail, body: org, place: null };
    const place = ctx.placeByName.get(tail);
    if (place) return { text: tail, body: null, place };
  }
  // Text the entities do not list (组织部部长, 镇财政所所长): the body is unknown, but there is one.
  const unknown = /[\u4e00-\u9fa5]{0,10}(?:部|局|委|办|厅|处|科|所|院|校|站|队|社|行|庭|中心|公司|集团|小组|党组|党委|党工委|政府)$/.exec(
    before,
  );
  return { text: unknown?.[0] ?? '', body: null, place: null };
}

/** 市长 → the 市 government the report names: the place's own when a place is written (东莞市市长), else the one of that level. */
function governmentOf(ctx: RelationContext, level: string, place: Entity | null): Entity | null {
  if (place) {
    for (const n of [place.name, ...place.aliases]) {
      const g = ctx.orgByName.get(`${n}人民政府`) ?? ctx.orgByName.get(`${n}政府`);
      if (g) return g;
    }
  }
  return ctx.orgByName.get(`${level}政府`) ?? ctx.orgByName.get(`${level}人民政府`) ?? null;
}
