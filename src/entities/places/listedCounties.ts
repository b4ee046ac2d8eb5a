import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeInfo, type GazPlace } from './gazetteer.ts';
import { placeStemsInAnyReading } from './countyStems.ts';
import { isHan } from '../../text/han.ts';
import type { Token } from '../segment.ts';
import { isListJoiner } from '../../text/listJoiners.ts';

// A county's short name that is also a word of the language (赤壁 'red cliff', 习水, 石狮/nr) is not read in running text
// (countyStems.ts). Listed beside a county of the same prefecture (嘉鱼、赤壁; 仁怀、习水), or in a pair that a count of
// divisions closes (晋江、石狮两市), it names that county: a list joins things of one kind, and two counties of one
// prefecture listed together are far likelier than a county beside a common noun that happens to be another's name.

// A count of divisions after a pair (两市, 两县, 两地, 三县市).
const COUNT_AFTER = /^([两二三四五六七八九十]+)(?:个)?(?:县市区|县市|市县|县区|地|市|县|区|旗)/;
const COUNT_VALUE: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const SOURCE = 'places';

/** Counties named by a short word that a listed sibling of the same prefecture, or a closing count, vouches for. */
export function findListedCounties(ctx: EntityContext, known: readonly EntityCandidate[]): EntityCandidate[] {
  const { folded, text, seg, gaz } = ctx;
  const stems = placeStemsInAnyReading(gaz);
  const out: EntityCandidate[] = [];
  // Known and found apart: a copy of every candidate known at each ask was most of this reader's time.
  const overlaps = (c: EntityCandidate, s: number, e: number) => c.start < e && s < c.end;
  const covered = (s: number, e: number) => known.some((c) => overlaps(c, s, e)) || out.some((c) => overlaps(c, s, e));
  const countyAt = (s: number, e: number, near: (p: GazPlace) => boolean): GazPlace | undefined => {
    const t = seg.tokens[seg.tokenAt[s] ?? -1];
    if (!t || t.start !== s || t.end !== e || t.word.length < 2 || !isHan(t.word) || covered(s, e)) return undefined;
    const found = (stems.get(t.word) ?? []).filter((p) => p.level === 'county' && near(p));
    return found.length === 1 ? found[0] : undefined;
  };
  const add = (s: number, e: number, p: GazPlace) =>
    out.push({
      type: 'place',
      start: s,
      end: e,
      surface: text.slice(s, e),
      canonical: p.name,
      score: 0.7,
      source: SOURCE,
      place: placeInfo(p),
    });

  // The words of a list joined by 、 from `first` on (泰和、万安、遂川).
  const listRun = (first: Token): Token[] => {
    const run = [first];
    for (let t = first; folded[t.end] === '、';) {
      const next = seg.tokens[seg.tokenAt[t.end + 1] ?? -1];
      if (!next || next.start !== t.end + 1) break;
      run.push(next);
      t = next;
    }
    return run;
  };

  // A sibling of a county already read: the word on the other side of a 、 or 和, a county of the same prefecture, or a
  // county-level city of the same province beside a county or city of it (孝感、天门、荆门; 经宜城、钟祥): a city is named
  // bare in a list of cities, where its stem is no word of the language.
  const queue = known.filter((c) => (c.place?.level === 'county' || c.place?.level === 'city') && c.place.code);
  for (let i = 0; i < queue.length; i++) {
    const c = queue[i]!;
    const code = c.place!.code!;
    const sameCity = (p: GazPlace) =>
      p.code !== code &&
      ((c.place!.level === 'county' && p.code.slice(0, 4) === code.slice(0, 4)) ||
        (p.provinceCode === code.slice(0, 2) && p.name.endsWith('市')));
    const after = isListJoiner(folded[c.end] ?? '') ? seg.tokens[seg.tokenAt[c.end + 1] ?? -1] : undefined;
    const before = isListJoiner(folded[c.start - 1] ?? '') ? seg.tokens[seg.tokenAt[c.start - 2] ?? -1] : undefined;
    for (const t of [after, before]) {
      const p = t && countyAt(t.start, t.end, sameCity);
      if (!p || !t) continue;
      add(t.start, t.end, p);
      queue.push(out.at(-1)!);
    }
  }

  // 晋江、石狮两市, 泰和、万安、遂川三县: words listed with 、 and closed by a count of divisions that matches them, each a
  // county's short name, all of one province.
  for (let at = folded.indexOf('、'); at >= 0; at = folded.indexOf('、', at + 1)) {
    const first = seg.tokens[seg.tokenAt[at - 1] ?? -1];
    if (!first || first.end !== at || folded[first.start - 1] === '、') continue;
    const members = listRun(first);
    const count = COUNT_AFTER.exec(folded.slice(members.at(-1)!.end, members.at(-1)!.end + 5))?.[1];
    if (members.length < 2 || !count || (COUNT_VALUE[count] ?? members.length) !== members.length) continue;
    // The first may be read already (a county, or a river of the same name, 晋江).
    const read = known.find((c) => c.start === first.start && c.end === first.end);
    const a = read ? undefined : countyAt(first.start, first.end, () => true);
    const province = a?.provinceCode ?? read?.place?.code?.slice(0, 2);
    if (!a && !read) continue;
    const rest = members.slice(1).map((t) => {
      const known1 = known.find((c) => c.start === t.start && c.end === t.end);
      if (known1) return known1.place?.code?.slice(0, 2) === province ? null : undefined;
      return countyAt(t.start, t.end, (p) => !province || p.provinceCode === province);
    });
    if (rest.some((p) => p === undefined)) continue;
    if (a) add(first.start, first.end, a);
    rest.forEach((p, i) => p && add(members[i + 1]!.start, members[i + 1]!.end, p));
  }
  return out;
}
