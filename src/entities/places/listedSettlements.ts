import { worldNames } from '../world/worldNames.ts';
import { tagOf } from '../segment.ts';
import type { Segmentation } from '../segment.ts';
import { FEATURE_GENERIC_CHARS, GENERIC_STEMS, MAX_STEM, type SuffixPlace } from './placeStems.ts';
import { isHan } from '../../text/han.ts';

// Places read because a list vouches for them: the members of a list of villages or islands whose words alone would not
// make a name (双桥村、青石村等4个村, 桂山岛、外伶仃岛).

// After a place of a list, what says the list goes on or ends: 、 and 等 (双桥村、青石村等4个村).
const LIST_CLOSE = /^等[0-9一二三四五六七八九十两几多]*个?(村|社区|镇|乡|街道)/;

const AND = /^[和与及]$/;

// What a listed name never contains.
// prettier-ignore
const NOT_IN_LISTED_NAME = new Set([...'的了和与及或等是在对把被将为、，。；：']);

/**
 * 桂山岛、外伶仃岛: a place listed right after another place with the same suffix is a place of the same kind, whatever
 * jieba makes of its words (外|伶仃|岛). The name runs from the 、 to the first word ending with that suffix.
 */
export function listedSiblings(folded: string, seg: Segmentation, known: SuffixPlace[]): SuffixPlace[] {
  const out: SuffixPlace[] = [];
  const taken = new Set(known.map((p) => p.start));
  const ends = new Set(known.map((p) => p.end));
  // A place found here opens the way to the next one of the list (甲岛、乙岛、丙岛).
  const queue = [...known];
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i]!;
    const suffix = folded.slice(p.stemEnd, p.end);
    if (folded[p.end] !== '、' || !suffix || taken.has(p.end + 1)) continue;
    const start = p.end + 1;
    // 官渡河、潢河: a river listed after another may have a one-character stem, if it is one word of its own.
    const oneCharStem = p.kind === 'feature' && /^[河江湖溪]$/.test(suffix);
    // 湘江、渌水、洣水: a river listed after a river may end with another river's suffix, and a one-character stem that is
    // no word of the language (渌/g, 洣/zg) names it.
    if (p.kind === 'feature' && RIVER_SUFFIX.test(suffix)) {
      const river = boundRiverAt(folded, seg, start);
      if (river && !taken.has(start)) {
        out.push(river);
        queue.push(river);
        taken.add(start);
        continue;
      }
    }
    // 普吉岛、|印尼|爪哇岛: a country opening the next member is where that place lies, no part of its name.
    if (worldNames().get(seg.tokens[seg.tokenAt[start]!]?.word ?? '')?.place?.level === 'country') continue;
    for (
      let end = start + suffix.length + (oneCharStem ? 1 : 2);
      end <= start + MAX_STEM[p.kind] + suffix.length && end <= folded.length;
      end++
    ) {
      const name = folded.slice(start, end);
      if (!isHan(name) || [...name].some((c) => NOT_IN_LISTED_NAME.has(c))) break;
      if (!name.endsWith(suffix) || !seg.boundaries.has(end) || !seg.boundaries.has(start)) continue;
      // 洋山港、宁波北仑港|区: a feature word that runs on into one more character is part of a longer name, as in suffixPlaces.
      if (p.kind === 'feature' && /^[区城站路桥]$/.test(seg.tokens[seg.tokenAt[end]!]?.word ?? '')) break;
      // 两江新区、四川|天府新区: a member another reading bounded (after the province it lies in) keeps those bounds.
      if (ends.has(end)) break;
      const stem = name.slice(0, -suffix.length);
      if (stem.length === 1 && (FEATURE_GENERIC_CHARS.has(stem) || seg.tokens[seg.tokenAt[start]!]!.end !== end)) continue;
      if (GENERIC_STEMS.has(stem) || [...GENERIC_STEMS].some((g) => g.length >= 2 && stem.startsWith(g))) break;
      const sibling: SuffixPlace = { start, end, name, kind: p.kind, stemEnd: end - suffix.length, listed: true };
      out.push(sibling);
      queue.push(sibling);
      taken.add(start);
      break;
    }
  }
  return out;
}

const RIVER_SUFFIX = /^[河江水溪]$/;

/** A river of a bound character and a river's suffix at `start` (渌/g|水/n), each a word of its own. */
function boundRiverAt(folded: string, seg: Segmentation, start: number): SuffixPlace | undefined {
  const stem = seg.tokens[seg.tokenAt[start] ?? -1];
  const suffix = stem && seg.tokens[seg.tokenAt[stem.end] ?? -1];
  if (!stem || !suffix || stem.start !== start || stem.word.length !== 1 || !/^(g|zg|x)$/.test(stem.tag)) return undefined;
  if (suffix.start !== stem.end || !RIVER_SUFFIX.test(suffix.word) || !isHan(stem.word)) return undefined;
  return { start, end: suffix.end, name: folded.slice(start, suffix.end), kind: 'feature', stemEnd: stem.end, listed: true };
}

/**
 * Villages and communities listed together (双桥村、青石村等4个村): the list vouches for names whose words alone would not
 * (双桥 and 青石 are ordinary nouns to jieba). A name counts when a 、 joins it to another place of the same suffix, or to
 * a place already known, or when 等N个村 closes the list right after it.
 */
export function listedPlaces(
  folded: string,
  unproven: (SuffixPlace & { suffix: string })[],
  known: SuffixPlace[],
  gazSpans: Set<string>,
): SuffixPlace[] {
  const starts = new Map<number, string>();
  const ends = new Map<number, string>();
  for (const p of [...unproven, ...known]) {
    starts.set(p.start, p.name);
    ends.set(p.end, p.name);
  }
  for (const key of gazSpans) {
    const [s, e] = key.split(':').map(Number) as [number, number];
    starts.set(s, folded.slice(s, e));
    ends.set(e, folded.slice(s, e));
  }
  const joins = (name: string | undefined, suffix: string, anyPlace: boolean) => !!name && (anyPlace || name.endsWith(suffix));
  // Sets, not unproven.some(…) per name: that was quadratic in a long report.
  const unprovenStarts = new Set(unproven.map((u) => u.start));
  const unprovenEnds = new Set(unproven.map((u) => u.end));
  return (
    unproven
      .filter((p) => {
        const after = folded.slice(p.end, p.end + 8);
        if (LIST_CLOSE.test(after)) return true;
        const next = folded[p.end] === '、' ? starts.get(p.end + 1) : undefined;
        const prev = folded[p.start - 1] === '、' ? ends.get(p.start - 1) : undefined;
        // 前进村和红星村: a village of the same suffix joined by 和, 与 or 及 vouches for the name too.
        const paired =
          p.suffix !== '村'
            ? undefined
            : AND.test(folded[p.end] ?? '')
              ? starts.get(p.end + 1)
              : AND.test(folded[p.start - 1] ?? '')
                ? ends.get(p.start - 1)
                : undefined;
        return (
          joins(next, p.suffix, !unprovenStarts.has(p.end + 1)) ||
          joins(prev, p.suffix, !unprovenEnds.has(p.start - 1)) ||
          joins(paired, p.suffix, false)
        );
      })
      // A village so vouched for keeps its bounds (东风村、胜利村/n); a district or county of a list is still a kind's
      // name as often (粮食主销区和主产区, 产粮大县、养猪大县) and is bounded as any other.
      .map(({ suffix, ...p }) => (suffix === '村' ? { ...p, listed: true as const } : p))
  );
}

/**
 * 下|姜村/x: a village or town whose name jieba does not know, and whose first character is elsewhere a word of position,
 * is not a name on one reading; the same name read again in the report (its title, a rule named after it, the body) is.
 * Only names of two characters or more before the suffix: 邻村 or 外镇 repeated stay words.
 */
export function repeatedSettlements(unproven: (SuffixPlace & { suffix: string })[]): SuffixPlace[] {
  const count = new Map<string, number>();
  for (const p of unproven) {
    // 规范|镇村两级管理, 规范|镇属企业: a stem that is a word of the language (规范/n) is that word, however often.
    const stem = p.name.slice(0, p.stemEnd - p.start);
    if (!/^[村镇乡]$/.test(p.suffix) || stem.length < 2 || /^(n|v|vn|a|ad|an|d|t|m)$/.test(tagOf(stem))) continue;
    count.set(p.name, (count.get(p.name) ?? 0) + 1);
  }
  return unproven.filter((p) => (count.get(p.name) ?? 0) >= 2).map(({ suffix: _suffix, ...p }) => p);
}
