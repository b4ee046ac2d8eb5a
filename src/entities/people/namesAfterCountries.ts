import type { EntityContext } from '../context.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { worldNames } from '../world/worldNames.ts';
import { isForeignPart } from './transliteration.ts';
import { cueAfter, isKnownPlaceName, NOT_NAME_END, type NameHit } from './untitledNames.ts';
import { placeWordBefore } from './cuedForeignNames.ts';

// A country's name as jieba holds it whole (法国, 德国, 美国).
const isCountry = (w: string) => w !== '中国' && worldNames().get(w)?.place?.level === 'country';
const COUNTRY = wordFlag(isCountry);
// What only a leader is followed by, not a city of the country (德国汉诺威。, 波兰马拉舍维奇抵达…): the government or
// party the leader heads (美国特朗普政府), or talks only people hold (通电话, 会面; 会谈 and the other acts of CUES_AFTER
// through cueAfter).
const LEADERS_BODY = /^(政府|当局|内阁|团队|一行|夫妇)/;
const TALKS = /^(通电话|通话|会面|见面|握手)/;
// Partners of talks (法国马克龙与德国朔尔茨通电话).
const WITH = /^[与和同跟]$/;
const MIN_NAME = 2;
const MAX_NAME = 5;

/**
 * A foreign leader written right after the country with no post between (法国马克龙与德国朔尔茨通电话, 美国特朗普政府
 * 宣布): a run of transliteration characters of which jieba reads at least one word as a name (特朗普/nr, 朔/j|尔茨/nrt),
 * no place any data knows nor ending as places do (罗滕堡), followed by an act of people, by talks after a partner so
 * written, or by the government the leader heads. A city of the country is written so too (德国汉诺威, 波兰弗罗茨瓦夫、
 * 捷克布尔诺结为友好城市), and a firm (美国特斯拉公司): neither is followed so.
 */
export function namesAfterCountries(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const tokens = seg.tokens;
  const out: NameHit[] = [];
  const countries = tokensWith(seg, COUNTRY);
  for (let n = 0; n < countries.length; n++) {
    const i = countries[n]!;
    // 在瑞士莱克斯举行: after 在, 于, 到 or 赴 the country and what follows it are where something happens or one goes.
    if (placeWordBefore(tokens[i - 1], tokens[i]!.start)) continue;
    const run = runAfter(ctx, i);
    if (!run) continue;
    let act = run.end;
    // The partner of talks, written so too: the talks follow the partner.
    const partner = WITH.test(folded[act] ?? '') ? tokens[seg.tokenAt[act + 1] ?? -1] : undefined;
    if (partner?.start === act + 1 && isCountry(partner.word)) act = runAfter(ctx, seg.tokenAt[act + 1]!)?.end ?? act;
    const rest = folded.slice(act, act + 3);
    if (!cueAfter(ctx, act) && !TALKS.test(rest) && !(act === run.end && LEADERS_BODY.test(rest))) continue;
    out.push({ start: run.start, end: run.end, score: 0.7 });
  }
  return out;
}

/** The run of transliteration after the country word at token `i` that may be a name, or undefined. */
function runAfter(ctx: EntityContext, i: number): { start: number; end: number } | undefined {
  const { folded, seg } = ctx;
  const tokens = seg.tokens;
  const start = tokens[i]!.end;
  let end = start;
  let named = false;
  for (let k = i + 1; k < tokens.length && tokens[k]!.start === end && isForeignPart(tokens[k]!, false); k++) {
    named ||= /^nrt?$/.test(tokens[k]!.tag);
    end = tokens[k]!.end;
  }
  if (!named || end - start < MIN_NAME || end - start > MAX_NAME || NOT_NAME_END.has(folded[end - 1]!)) return undefined;
  return isKnownPlaceName(ctx, folded.slice(start, end)) ? undefined : { start, end };
}
