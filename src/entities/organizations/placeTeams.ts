import type { EntityContext } from '../context.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { tagOf, type Segmentation, type Token } from '../segment.ts';
import { roleOf } from '../spanBoundary.ts';
import { worldNames } from '../world/worldNames.ts';
import { loadGazetteer } from '../places/gazetteer.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith } from '../wordTable.ts';
import { TITLE_OR_TEAM_WORD } from './namedBodies.ts';

// Words for the team of a sport or a delegation, as jieba writes them after a place (巴西|足球队, 韩国|女队, 古巴|代表团,
// 北京大宝|女子|围棋队), and for the federation of a sport (西班牙|足协). Not 舰队: a fleet is named by its number or sea
// (美国第七舰队, 太平洋舰队); a country's fleet (美国舰队) is any of them.
const TEAM_WORD =
  /^(队|女队|男队|[\u4e00-\u9fff]{0,2}[球棋]队|女篮|男篮|女足|男足|女排|男排|国家队|代表团|海军|陆军|空军|国会|议会|内阁|[足篮排田泳]协)$/;
const TEAM_LAST = new CodeSet(['队篮足排团会阁军协']);
const MAX_TEAM_NAME = 10;

/**
 * Teams, delegations and parliaments named by a place: 尼日利亚|队, 巴西|足球队, 青岛|海牛|队, 古巴|代表团, 美国|国会. The
 * span starts at a place name (jieba's ns), may hold a club's own name (海牛, 松日) and ends with the team word; a verb or a
 * function word between them ends it (…|在|北京|队 reads from 北京).
 */
export function placeTeams(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const teams = tokensWith(seg, TITLE_OR_TEAM_WORD);
  for (let n = 0; n < teams.length; n++) {
    const i = teams[n]!;
    const t = seg.tokens[i]!;
    if (!TEAM_LAST.at(t.word, t.word.length - 1)) continue;
    const placed = TEAM_WORD.test(t.word) ? placeStartBefore(seg, i) : undefined;
    const start = placed !== undefined ? sponsorBefore(seg, placed) : TEAM_WORD.test(t.word) ? clubNameBefore(seg, i) : clubNamedWhole(t);
    if (start !== undefined) addNamedBody(out, cover, folded, start, t.end, 0.7);
  }
  return out;
}

/**
 * A country or city of the world data, or a place of the gazetteer (辽宁, 青岛): not 山区, which jieba also tags ns, nor a
 * region (南美|球队 are the teams of a continent).
 */
function isPlaceName(word: string): boolean {
  const world = worldNames().get(word)?.place?.level;
  return world === 'country' || world === 'city' || loadGazetteer().byName.has(word);
}

// What a team says of its players between its place and its word: their sex or age (德国|男子|网|球队, 北京|围棋|女队).
const TEAM_PLAYERS = /^(男子|女子|青年|少年|男|女)$/;
// The sport a team plays (围棋, 网|球队): a game of a ball or a board.
const TEAM_SPORT = /^[\u4e00-\u9fff]{0,2}[球棋]$|^[网篮排足手棒垒冰]$/;

/**
 * Where a place name starts that opens the name ending before token `i`: the place, then at most one proper name (a club's,
 * 海牛, 松日, or a proper name that opens with the place: 北京大宝), then what the team says of its players and its sport.
 */
function placeStartBefore(seg: Segmentation, i: number): number | undefined {
  const end = seg.tokens[i]!.start;
  let club = false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = seg.tokens[k]!;
    if (!isHan(w.word) || end - w.start > MAX_TEAM_NAME || seg.tokens[k + 1]!.start !== w.end) return undefined;
    if (w.tag === 'ns' && w.word.length >= 2 && isPlaceName(w.word)) return w.start;
    if (w.tag === 'nz' && opensWithPlace(w.word)) return w.start;
    if (!club && (TEAM_PLAYERS.test(w.word) || TEAM_SPORT.test(w.word))) continue;
    // Between the place and the team word only a club's own name (海牛, 松日): no verb, function word or generic word.
    if (club || roleOf(w) !== 'content' || isGenericWord(w) || w.word.length < 2) return undefined;
    club = true;
  }
  return undefined;
}

/**
 * A sponsor's name opening a team's name before its place (泰利特|北京|围棋|女队): a name of three characters or more
 * that jieba does not know as a word of the language, first in its clause; elsewhere the place starts the name.
 */
function sponsorBefore(seg: Segmentation, placeStart: number): number {
  const k = seg.tokenAt[placeStart]!;
  // The sponsor's name in one or two words jieba reads as names (泰利特/nr, 康/nr|力特/nz).
  for (let first = k - 1; first >= Math.max(0, k - 2); first--) {
    const w = seg.tokens[first]!;
    if (w.end !== seg.tokens[first + 1]!.start || !isHan(w.word) || !/^(nz|nr|nrt|x)$/.test(w.tag)) return placeStart;
    const before = seg.tokens[first - 1];
    const length = placeStart - w.start;
    if (length >= 3 && length <= 6 && (!before || !isHan(before.word) || before.end !== w.start)) return w.start;
  }
  return placeStart;
}

/** A proper name that opens with a place of two characters or more (北京大宝): a club of that place. */
function opensWithPlace(word: string): boolean {
  for (let n = word.length - 2; n >= 2; n--) if (isPlaceName(word.slice(0, n))) return true;
  return false;
}

/** A club's own name jieba reads as a proper name right before 队 (海狮/nz|队): the team of that club. */
function clubNameBefore(seg: Segmentation, i: number): number | undefined {
  const t = seg.tokens[i]!;
  const w = seg.tokens[i - 1];
  if (t.word !== '队' || !w || w.end !== t.start || !isHan(w.word) || w.word.length < 2) return undefined;
  return (w.tag === 'nz' || w.tag === 'x') && !isGenericWord(w) ? w.start : undefined;
}

/**
 * A team jieba knows whole as a proper name whose front is a person's or another proper name (not a place's: jieba tags 登山
 * a place, and 登山队 is what the team does).
 */
function clubNamedWhole(t: Token): number | undefined {
  if (t.tag !== 'nz' || !t.word.endsWith('队') || t.word.length < 3 || !isHan(t.word)) return undefined;
  const stem = t.word.slice(0, -1);
  return /^(nz|nr|nrt)$/.test(tagOf(stem)) && !isGenericWord({ word: stem, tag: tagOf(stem) }) ? t.start : undefined;
}
