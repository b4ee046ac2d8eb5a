import type { EntityContext } from '../context.ts';
import { namesAClass } from '../namedOrClass.ts';
import { wordStartingAt } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { pushAll } from '../../util/arrays.ts';

// A name in Latin letters: a capital first, then letters and digits, joined by a dot, hyphen or ampersand (OpenAI, IBM,
// DeepSeek, X.AI).
const LATIN_NAME = /[A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*/g;
// The kind of body written right before the name it is given (人工智能公司OpenAI, 初创企业Anthropic).
const KIND_BEFORE = /(公司|企业|集团|机构|巨头|厂商)$/;
// Letters that say what a company has or does, not who it is (公司CEO, 企业App, 公司IPO).
const NOT_A_NAME = /^(CEO|CFO|CTO|COO|IPO|APP|App|AI|IT|PC|VR|AR|GDP|ESG|OEM|ODM|B2B|B2C)$/;

/**
 * A body named in Latin letters right after the kind of body it is (美国人工智能公司OpenAI, 芯片设计企业Arm): the name is
 * the body; the kind before it, read as a body by the words of a company (人工智能公司), names none and is dropped. A
 * name after a body's own name (苹果公司iPhone, 特斯拉公司Model) is that body's product, not a body.
 */
export function appositiveLatinNames(ctx: EntityContext, taken: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  if (!/[A-Z]/.test(folded)) return { hits: out, absorbed };
  const cover = coverage(folded.length, []);
  for (const m of folded.matchAll(LATIN_NAME)) {
    const at = m.index;
    const end = at + m[0].length;
    if (m[0].length < 2 || NOT_A_NAME.test(m[0]) || /[A-Za-z0-9]/.test(folded[at - 1] ?? '') || !KIND_BEFORE.test(folded.slice(0, at)))
      continue;
    // (Two recognizers may have read the same kind: every reading ending there goes.)
    const befores = taken.filter((h) => h.end === at);
    const before = befores[0];
    if (before && !kindOnly(ctx, before.start, at - 2)) continue;
    if (!before && taken.some((h) => h.start < end && at < h.end)) continue;
    if (cover.any(at, end) || !seg.boundaries.has(at)) continue;
    pushAll(absorbed, befores);
    const hit: OrgHit = { start: at, end, kind: 'co', id: m[0], name: m[0], score: 0.8 };
    out.push(hit);
    cover.add(hit);
  }
  return { hits: out, absorbed };
}

/** The words before the kind's word name a class (人工智能|公司), after a country or place that opens them (美国). */
function kindOnly(ctx: EntityContext, start: number, headStart: number): boolean {
  let from = start;
  const first = wordStartingAt(ctx.seg, from);
  if (first && first.end <= headStart && (worldNames().get(first.word)?.place || ctx.gaz.byName.has(first.word))) from = first.end;
  return from < headStart && namesAClass(ctx.seg, ctx.folded, from, headStart, true);
}
