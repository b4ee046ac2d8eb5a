import type { EntityContext } from '../context.ts';
import type { Token } from '../segment.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { worldNames } from '../world/worldNames.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';

// What an event's short name before 组委 is made of: a character or two jieba reads as an abbreviation, a time, a
// distinguishing word or a noun (亚/j, 冬/t, 残/n); not a verb, a function word, a count or a pronoun (本届).
const EVENT_PART_TAGS = /^(j|t|b|a|n|nz|x)$/;
const MAX_EVENT = 3;
// The words the two recognizers below end a body on (…组委, …卫视), in Chinese characters: they visit only these.
const EVENT_BODY_WORD = wordFlag((w) => (w.endsWith('组委') || w.endsWith('卫视')) && isHan(w));
// A channel's own name before 卫视: a place or a name (湖南|卫视, 东方/s|卫视), not a kind (地方, 省级).
const CHANNEL_NAME_TAGS = /^(ns|s|nz|nt|nr|x|j)$/;

/**
 * An event's organizing committee by its short name (组委, short for 组织委员会): the event's short name and the place
 * that holds it before it (杭州|亚|组委, 北京|冬|奥组委, 亚组委), one body; 组委 is written of no other body.
 */
export function organizingCommittees(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const heads = tokensWith(seg, EVENT_BODY_WORD);
  for (let n = 0; n < heads.length; n++) {
    const k = heads[n]!;
    const t = seg.tokens[k]!;
    if (!t.word.endsWith('组委')) continue;
    let start = t.start;
    let chars = t.word.length - 2;
    let j = k - 1;
    for (; j >= 0 && isEventPart(seg.tokens[j]!, start) && chars + seg.tokens[j]!.word.length <= MAX_EVENT; j--) {
      start = seg.tokens[j]!.start;
      chars += seg.tokens[j]!.word.length;
    }
    if (chars === 0) continue;
    const host = seg.tokens[j];
    if (host && host.end === start && isPlace(host)) start = host.start;
    addNamedBody(out, cover, folded, start, t.end);
  }
  return out;
}

/** A satellite channel by its name (湖南卫视, 东方卫视, 凤凰卫视/nz): a broadcaster, one body. */
export function satelliteChannels(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const heads = tokensWith(seg, EVENT_BODY_WORD);
  for (let n = 0; n < heads.length; n++) {
    const k = heads[n]!;
    const t = seg.tokens[k]!;
    if (!t.word.endsWith('卫视')) continue;
    const before = seg.tokens[k - 1];
    const start =
      t.word.length > 2 && /^(nt|nz|ns)$/.test(t.tag)
        ? t.start
        : t.word === '卫视' && before && before.end === t.start && CHANNEL_NAME_TAGS.test(before.tag) && isHan(before.word)
          ? before.start
          : undefined;
    if (start !== undefined && t.end - start <= 6) addNamedBody(out, cover, folded, start, t.end);
  }
  return out;
}

function isEventPart(t: Token, end: number): boolean {
  return t.end === end && t.word.length <= 2 && isHan(t.word) && EVENT_PART_TAGS.test(t.tag) && !isPlace(t);
}

function isPlace(t: Token): boolean {
  return t.tag === 'ns' || worldNames().get(t.word)?.type === 'place';
}
