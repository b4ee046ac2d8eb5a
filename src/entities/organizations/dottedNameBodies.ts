import type { EntityContext } from '../context.ts';
import type { Token } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { NAME_DOTS, TRANSLITERATION_CODES } from '../people/transliteration.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';

// What an institution named after a person is: a university, an institute, a foundation, a hospital, a company.
const INSTITUTION_HEAD = /(大学|学院|研究所|研究院|研究中心|基金会|实验室|医院|协会|学会|公司|集团)$/;
// The words of its field between the name and the head (射电|天文|研究所): nouns and the words jieba glues into them.
const FIELD_TAGS = /^(n|vn|nz|b|j|l|nt)$/;
const MAX_FIELD_WORDS = 4;
const STUDIED_AFTER = /^(毕业|肄业|求学|就读|读书|学习|进修|任教)/;

/**
 * An institution named after a person whose name is written in dots (约翰斯·霍普金斯大学, 马克斯·普朗克|射电|天文|研究所): the
 * dotted name opens the body's name and is no mention of the person; a country written right before it is the front of the
 * name (美国约翰斯·霍普金斯大学, 德国马克斯·普朗克…研究所), as the news gold reads a body after its country.
 */
export function dottedNameBodies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const dot of NAME_DOTS) {
    for (let at = folded.indexOf(dot); at >= 0; at = folded.indexOf(dot, at + 1)) {
      // The first dot of a name only: the part before it opens the name.
      const first = seg.tokens[seg.tokenAt[at - 1] ?? -1];
      if (!first || first.end !== at || !isPart(first) || NAME_DOTS.has(folded[first.start - 1] ?? '')) continue;
      const last = lastPart(ctx, at);
      if (!last) continue;
      const end = headEnd(ctx, last);
      if (end === undefined) continue;
      const before = seg.tokens[seg.tokenAt[first.start - 1] ?? -1];
      const country = before && before.end === first.start && isForeignCountry(before.word) ? before : undefined;
      const start = country?.start ?? first.start;
      if (cover.any(start, end)) continue;
      const name = folded.slice(start, end);
      const hit: OrgHit = { start, end, kind: 'co', id: name, name, score: 0.8 };
      out.push(hit);
      cover.add(hit);
    }
  }
  return out;
}

/** A part of a dotted name: transliteration characters from its first (霍普金斯大学 holds the head after the name). */
function isPart(t: Token): boolean {
  return isHan(t.word) && TRANSLITERATION_CODES.at(t.word, 0);
}

/** The word holding the last part of the name whose first dot is at `dot`. */
function lastPart(ctx: EntityContext, dot: number): Token | undefined {
  const { folded, seg } = ctx;
  let part: Token | undefined;
  for (let at = dot; NAME_DOTS.has(folded[at] ?? ''); at = part.end) {
    part = seg.tokens[seg.tokenAt[at + 1] ?? -1];
    if (!part || part.start !== at + 1 || !isPart(part)) return undefined;
  }
  return part;
}

/** Where the institution's head ends: inside the last part's word (霍普金斯大学/nt) or after a few words of its field. */
function headEnd(ctx: EntityContext, last: Token): number | undefined {
  const { seg } = ctx;
  if (INSTITUTION_HEAD.test(last.word) && last.word.replace(INSTITUTION_HEAD, '').length >= 1) return last.end;
  const k0 = seg.tokenAt[last.end] ?? -1;
  for (let k = k0; k >= 0 && k < seg.tokens.length && k - k0 < MAX_FIELD_WORDS; k++) {
    const t = seg.tokens[k]!;
    if (!FIELD_TAGS.test(t.tag)) return undefined;
    // 鲍里斯·约翰逊|大学|毕业: a school the person went through, not one named after them.
    if (INSTITUTION_HEAD.test(t.word)) return STUDIED_AFTER.test(ctx.folded.slice(t.end, t.end + 2)) ? undefined : t.end;
  }
  return undefined;
}

function isForeignCountry(word: string): boolean {
  const place = worldNames().get(word);
  return place?.place?.level === 'country' && place.canonical !== '中国';
}
