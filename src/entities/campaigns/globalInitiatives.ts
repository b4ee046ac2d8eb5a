import type { Span } from '../../types.ts';
import { SpanCover } from '../../text/spanCover.ts';

/** An initiative the state puts to the world, by its name. */
export interface GlobalInitiative extends Span {
  name: string;
}

// 全球发展倡议, 全球安全倡议, 全球数据安全倡议: the state names the initiatives it puts to the world by 全球, the field and
// 倡议, a programme it then carries out with others (落实全球发展倡议). Not a call made to the world (向全球发出倡议) nor
// one made within it (全球范围内的倡议): the field is a few characters of nouns, no verb of calling, no function word.
const INITIATIVE = /全球([\u4e00-\u9fff]{2,6}?)倡议/g;
const NOT_A_FIELD = /[的和与及或内向对在]|发出|提出|发起|响应|作出|共同/;

/** The world initiatives named in `folded`, none inside the excluded spans (documents' titles). */
export function findGlobalInitiatives(folded: string, excluded: readonly Span[]): GlobalInitiative[] {
  const out: GlobalInitiative[] = [];
  if (!folded.includes('倡议')) return out;
  const cover = new SpanCover(folded.length, [...excluded]);
  for (const m of folded.matchAll(INITIATIVE)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (!NOT_A_FIELD.test(m[1]!) && !cover.overlaps(span)) out.push({ ...span, name: m[0] });
  }
  return out;
}
