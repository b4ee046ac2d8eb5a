import type { EntityContext } from '../context.ts';
import type { OrgHit } from './orgHit.ts';

// What a bureau's name is made of: nouns and the words jieba glues into them, joined by 及 or 和 (经济及科技发展局,
// 商务及经济发展局 — Hong Kong and Macao name their bureaus so).
const NAME_WORD = /^(n|nz|vn|l|j|nt|an|b)$/;
const JOINS = new Set(['及', '和']);
const BUREAU_END = /(局|署|司|处|办公室|委员会)$/;
const MAX_BUREAU = 14;
const HEAD_GLUED = /^(局局|署署|司司|处处)长$/;

const REGION_GOVERNMENT = /(特别行政区|特区)政府$/;
const REGION_BEFORE_BUREAU = /(特别行政区|特区)(政府)?$/;
const GOVERNMENT_WORDS = ['特区政府', '特别行政区政府'];

/**
 * A special administrative region's government where jieba holds it as one word (香港特区政府/nt, 澳门特区政府/nt, 特区政府/nt),
 * so that no place is read at a word's edge to name it: the front of a bureau's name written after it (regionBureaus).
 */
export function regionGovernments(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg, gaz } = ctx;
  const out: OrgHit[] = [];
  for (const word of GOVERNMENT_WORDS) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      const t = seg.tokens[seg.tokenAt[at] ?? -1];
      const end = at + word.length;
      if (!t || t.end !== end || !REGION_GOVERNMENT.test(t.word)) continue;
      const front = folded.slice(t.start, at);
      const region = front ? gaz.byName.get(front)?.find((p) => p.name.endsWith('特别行政区')) : undefined;
      if ((front && !region) || taken.some((h) => h.start < end && h.end > t.start) || out.some((h) => h.start === t.start)) continue;
      const name = region ? `${region.name}政府` : folded.slice(t.start, end);
      out.push({ start: t.start, end, kind: 'gov', id: region?.code ?? name, name, score: 0.85 });
    }
  }
  // 香港特别行政区/nt|康乐|及|文化|事务署: the region's own name before a bureau written without 政府 opens it too.
  for (const word of REGION_WORDS) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      const t = seg.tokens[seg.tokenAt[at] ?? -1];
      const end = at + word.length;
      if (!t || t.end !== end || !gaz.byName.get(t.word)?.some((p) => p.name.endsWith('特别行政区'))) continue;
      if (folded.startsWith('政府', end) || out.some((h) => h.start === t.start)) continue;
      const name = folded.slice(t.start, end);
      out.push({ start: t.start, end, kind: 'gov', id: name, name, score: 0.85 });
    }
  }
  return out;
}

const REGION_WORDS = ['特别行政区', '特区'];

/**
 * 澳门特别行政区政府|经济及科技发展局, 香港特区政府|保安局: a special administrative region's government and the bureau
 * written right after it are one body, named as written (the government alone is no mention there).
 */
export function regionBureaus(ctx: EntityContext, hits: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  for (const h of hits) {
    if (h.kind !== 'gov' || !REGION_BEFORE_BUREAU.test(folded.slice(h.start, h.end))) continue;
    const end = bureauEnd(seg, h.end);
    if (end === undefined) continue;
    // 香港特区政府|食物|及|卫生局/nt: a bureau's last word read alone as a body is part of the name; any other reading across
    // its edge keeps it apart.
    const inside = hits.filter((o) => o !== h && o.start < end && o.end > h.end);
    if (inside.some((o) => o.start < h.end || o.end > end)) continue;
    const name = folded.slice(h.start, end);
    out.push({ start: h.start, end, kind: 'co', id: name, name, score: 0.85 });
    absorbed.push(h, ...inside);
  }
  return { hits: out, absorbed };
}

/** Where a bureau's name written from `at` ends: name words (at most two joined by 及/和) up to one ending in 局/署/司/…. */
function bureauEnd(seg: EntityContext['seg'], at: number): number | undefined {
  if (!seg.boundaries.has(at)) return undefined;
  for (let k = seg.tokenAt[at]!; k < seg.tokens.length; k++) {
    const t = seg.tokens[k]!;
    if (t.end - at > MAX_BUREAU) return undefined;
    const joins = JOINS.has(t.word) && t.start > at;
    // 康乐/nr|及|文化|事务署: a word jieba took for a name is a word of the bureau's before 及 or 和.
    const beforeJoin = t.tag === 'nr' && JOINS.has(seg.tokens[k + 1]?.word ?? '');
    // 发展|局局长: jieba glued the bureau's last character to its head's post.
    if (t.start > at && HEAD_GLUED.test(t.word)) return t.start + 1;
    if (!joins && !beforeJoin && !NAME_WORD.test(t.tag)) return undefined;
    if (!joins && BUREAU_END.test(t.word)) return t.end;
  }
  return undefined;
}
