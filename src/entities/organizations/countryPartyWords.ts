import type { EntityContext } from '../context.ts';
import { wordEndingAt } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { isListJoiner } from '../../text/listJoiners.ts';

/**
 * A party's or union's short name jieba reads as a common noun or does not know (德国|基民盟/n, 德国|基社盟/n, 德国|左翼党/x),
 * written right after its country: the country's party, named with the country as written, the word alone elsewhere in the
 * text an alias of it (德国基民盟 … 基民盟). A word for a kind of party jieba knows (执政党/n, 反对党/n) names none; 盟 ends
 * no such word of three characters.
 */
export function countryPartyWords(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const cover = coverage(folded.length, taken);
  const named = new Map<string, OrgHit>();
  const out: OrgHit[] = [];
  const words = tokensWith(seg, PARTY_WORD);
  for (let n = 0; n < words.length; n++) {
    const whole = seg.tokens[words[n]!]!;
    // 保守党政府/n: jieba's word of a party and the government it forms; the party is the body named.
    const t = GOVERNING.test(whole.word) ? { ...whole, word: whole.word.slice(0, -2), end: whole.end - 2 } : whole;
    if (cover.any(t.start, t.end)) continue;
    const country = wordEndingAt(seg, t.start);
    // 德国基民盟|和|基社盟: a party listed right after one read with its country is that country's too, named as written.
    const listed = !!country && isListJoiner(country.word) && out.some((h) => h.end === country.start);
    if (listed) {
      const hit: OrgHit = { start: t.start, end: t.end, kind: 'co', id: t.word, name: t.word, score: 0.7 };
      out.push(hit);
      cover.add(hit);
      named.set(t.word, hit);
      continue;
    }
    if (!country || worldNames().get(country.word)?.place?.level !== 'country' || cover.any(country.start, t.end)) {
      // 基民盟|与|社民党: a party listed right before one read already is a party of that list too.
      const joiner = seg.tokens[words[n]! + 1];
      const next = joiner && isListJoiner(joiner.word) ? taken.find((h) => h.start === joiner.end && /[党盟]$/.test(h.name)) : undefined;
      if (next && joiner!.start === t.end && !cover.any(t.start, t.end)) {
        const hit: OrgHit = { start: t.start, end: t.end, kind: 'co', id: t.word, name: t.word, score: 0.7 };
        out.push(hit);
        cover.add(hit);
        named.set(t.word, hit);
      }
      continue;
    }
    const name = folded.slice(country.start, t.end);
    const hit: OrgHit = { start: country.start, end: t.end, kind: 'co', id: name, name, score: 0.7 };
    out.push(hit);
    cover.add(hit);
    named.set(t.word, hit);
  }
  if (named.size === 0) return out;
  // The party's word alone elsewhere, whatever jieba tags it there (保守党/n after 英国保守党政府).
  for (let n = 0; n < seg.tokens.length; n++) {
    const t = seg.tokens[n]!;
    const party = named.get(t.word);
    if (!party || cover.any(t.start, t.end)) continue;
    const hit: OrgHit = { start: t.start, end: t.end, kind: 'co', id: party.id, name: party.name, score: 0.7 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

const PARTY_WORD = wordFlag((w, tag) => isPartyWord(w, tag));

// A party and the government it forms, jieba's one word (保守党政府/n); a kind of party (执政党, 反对党) forms none by name.
const GOVERNING = /^(?!执政|反对|在野|参政|政)[\u4e00-\u9fff]{2}党政府$/;

function isPartyWord(word: string, tag: string): boolean {
  if (GOVERNING.test(word)) return tag === 'n';
  if (word.length !== 3 || !isHan(word)) return false;
  if (word.endsWith('盟')) return /^(n|j|x)$/.test(tag);
  return word.endsWith('党') && tag === 'x';
}
