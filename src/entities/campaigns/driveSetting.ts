import { tagOf, wordBoundaries } from '../segment.ts';
import { BREAK_CHARS, DRIVE_LAUNCH_VERBS } from './lexicon.ts';

// A bare …行动 names a drive where the clause around it says the drive is run: launched by a verb before it (开展…行动,
// findPatternedCampaigns), held up as the means of the work, or carried on after its name. These read the last two.

/**
 * A stop word or character is one only where a word of the text ends with it: 就 in 就业 (防止返贫就业攻坚行动) and 保障 in
 * 保障性 (保障性安居工程) are the fronts of the name's own words, while 开展 ends 深入开展. The words are read in a few
 * characters around it.
 */
export function endsAWord(folded: string, end: number): boolean {
  if (endsOf !== folded) {
    endsOf = folded;
    ends.clear();
  }
  let known = ends.get(end);
  if (known === undefined) {
    const from = Math.max(0, end - 8);
    ends.set(end, (known = wordBoundaries(folded.slice(from, end + 6)).has(end - from)));
  }
  return known;
}

// The answers for the last text asked: a report's recognizers ask again at the places they share (a fifth of a report's
// asks, each a cut by jieba). Forgotten as each report's campaigns are read (forgetWordEnds), so that a copy of the last
// report pays for its asks as any other report does and is not compared with it character by character at each ask.
let endsOf: string | undefined;
const ends = new Map<number, boolean>();

/** Forgets the answers of endsAWord: called as a report's campaigns are read. */
export function forgetWordEnds(): void {
  endsOf = undefined;
  ends.clear();
}

/** 以…为抓手, 以…为载体: what follows 以 is held up as the means of the work. */
export const MEANS_AFTER = /^为(?:抓手|载体|契机|重点|主线|牵引|突破口|切入点|依托)/;
/**
 * Carried on after its name, to the clause's end (…行动全面推进，…行动深入开展以来, …行动启动以来): not a meeting or a document named after
 * the drive (…行动推进会, …行动实施方案).
 */
const CARRIED_ON_AFTER = /^(?:全面|深入|扎实|加快|顺利|有序|稳步|持续|纵深)?(?:推进|实施|开展|推开|启动)(?:以来|[,，。;；])/;
/** Who runs it, written before the name: the scope of the whole (全省, 我市, 各地), not part of it. */
const SCOPE_FRONT = /^(?:[我全][省市区县镇]|各地|各级)/;
/** Function words that end a name on its left (县委实施的…行动, 把…行动). */
const FUNCTION_CHARS = /[的了是把将在对]/;
/** A kind of action (联合执法行动, 专项行动), not a name. */
const KIND_FRONT = /^(?:联合|集中|统一|专项|各项|相关|有关|这一|此次|实际|具体)/;

/**
 * Where a name held up by 以 as the means of the work starts (各地要以攻坚行动为抓手: after 以, here at the head itself, so no
 * name), when 以 stands between `from` and the head at `at`; undefined otherwise.
 */
export function heldUpFrom(folded: string, from: number, at: number, end: number): number | undefined {
  if (!MEANS_AFTER.test(folded.slice(end, end + 8))) return undefined;
  const by = folded.lastIndexOf('以', at - 1);
  return by >= from && endsAWord(folded, by) && endsAWord(folded, by + 1) ? by + 1 : undefined;
}

/**
 * Where a drive whose head is at `at` (its name ending at `end`) starts, when the clause says it is run without a launch
 * verb before it: held up by 以 (以村庄清洁行动为抓手: after that 以), or carried on after its name (省属国有企业改革深化提升行动
 * 全面推进: the clause's start, after the scope of who runs it and any function word). Undefined otherwise, or where the
 * clause before the head is longer than `maxStem`.
 */
export function drivenFrom(folded: string, at: number, end: number, maxStem: number): number | undefined {
  const after = folded.slice(end, end + 8);
  const means = MEANS_AFTER.test(after);
  if (!means && !CARRIED_ON_AFTER.test(after)) return undefined;
  let from = at;
  while (from > 0 && !BREAK_CHARS.test(folded[from - 1]!)) if (at - --from > maxStem) return undefined;
  if (means) {
    const by = folded.lastIndexOf('以', at - 1);
    return by >= from && endsAWord(folded, by) && endsAWord(folded, by + 1) ? by + 1 : undefined;
  }
  const scope = SCOPE_FRONT.exec(folded.slice(from, at));
  if (scope) from += scope[0].length;
  for (let i = at - 1; i >= from; i--) {
    if (FUNCTION_CHARS.test(folded[i]!) && endsAWord(folded, i + 1)) {
      from = i + 1;
      break;
    }
  }
  return KIND_FRONT.test(folded.slice(from, at)) ? undefined : from;
}

/**
 * 启动新一轮农村公路提档升级三年行动, 开展第二轮…专项整治: which round of a drive is run is said before its name, as its
 * year is; the name is the same drive's in every round. The length of such a round's words at `start`, 0 if none.
 */
const ROUND_FRONT = /^(?:新一轮|新一批|新一期|新一届|首轮|首批|本轮|第[一二三四五六七八九十]{1,3}[轮批期届])/;
export function roundFront(folded: string, start: number, at: number): number {
  return ROUND_FRONT.exec(folded.slice(start, at))?.[0].length ?? 0;
}

/**
 * 开展了群众性的养猪运动, 开展了大规模的爱国卫生运动, 开展了轰轰烈烈的积肥运动: how widely or fiercely a movement is launched
 * is said between the verb and its name, closed by 的 — a quality in 性, a scale, or a four-character idiom of uproar.
 */
const DESCRIBED_LAUNCH = /(?:一[个场次])?(?:[\u4e00-\u9fff]{2,3}性|大规模|广泛|轰轰烈烈|声势浩大|热火朝天|深入持久|如火如荼)的$/;
const MAX_DESCRIBED = 9;

/** 开展了爱国卫生运动, 掀起了全民健身运动的热潮: the launch verb's 了 may stand between it and the name. */
export function launchVerbOf(folded: string, edge: { start: number; word?: string }): string | undefined {
  if (edge.word) return edge.word;
  let at = edge.start;
  if (folded[at - 1] === '的') {
    const described = DESCRIBED_LAUNCH.exec(folded.slice(Math.max(0, at - MAX_DESCRIBED), at));
    if (!described) return undefined;
    at -= described[0].length;
    for (const v of DRIVE_LAUNCH_VERBS) if (folded.startsWith(v, at - v.length)) return v;
  }
  if (folded[at - 1] !== '了') return undefined;
  for (const v of DRIVE_LAUNCH_VERBS) if (folded.startsWith(v, at - 1 - v.length)) return v;
  return undefined;
}

/**
 * 开展养猪运动, 开展了群众性的积肥运动, 开展扫盲运动: a movement named by a deed of two characters, a verb and its object
 * (养|猪, 积|肥, 扫|盲), its head a word of its own; not who moves or in what field (群众运动, 体育运动: one word each).
 */
export function isDeedMovement(folded: string, stem: string, at: number, head: string): boolean {
  return head === '运动' && stem.length === 2 && endsAWord(folded, at) && (tagOf(stem) === 'v' || tagOf(stem[0]!) === 'v');
}
