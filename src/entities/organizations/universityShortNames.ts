import type { EntityContext } from '../context.ts';
import type { Token } from '../segment.ts';
import { isListJoiner } from '../../text/listJoiners.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { takenInOrder } from './bracketedShortNames.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { wordsClosingOn } from '../wordsByCharacter.ts';

// A university's short name is one word of its characters ending in 大 that jieba keeps as an abbreviation, a body, a
// place or a name it does not know (浙大/ns, 中科大/j, 哈工大/nt, 川大/x); the adjectives 广大/a and 重大/a are other words.
const SHORT_TAGS = /^(j|ns|nt|nz|x)$/;
// 人大/j is the people's congress before it is 中国人民大学.
const NOT_A_UNIVERSITY = new Set(['人大']);
// What is said of a university right after its name: its admissions, students, staff, campuses and schools.
const UNIVERSITY_CUE =
  /^(招生|录取|学生|学子|新生|本科生|研究生|毕业生|博士生|硕士生|校友|校长|校区|校园|教授|学者|团队|课题组|附属|医学院|学院|毕业)/;
// A list of universities closed by their kind (复旦、浙大、南大等高校).
const KIND_AFTER_LIST = /^等(高校|名校|大学|院校|学校|校)/;
const UNIVERSITY = /大学$/;
// Every short name ends in 大: only the words closing on it are visited, not every word of the report.
const SHORT_NAME_LAST = new CodeSet('大');

/**
 * Universities by their short names (浙大, 川大, 中科大, 上海交大): a word of two to four characters ending in 大 that
 * jieba reads as a name or an abbreviation, where the text says it is a university: a university's word right after it
 * (川大招生办, 浙大学生), or a list of universities it stands in (北大、浙大和南京大学; 上海交大和西安交大; 复旦、浙大、南大等高校). A short
 * name read from the characters of one university the text names in full (四川大学 … 川大) is that university.
 */
export function universityShortNames(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const cover = coverage(folded.length, taken);
  const universities = taken.filter((h) => UNIVERSITY.test(h.name));
  const universityAt = new Set<number>();
  for (const h of universities) universityAt.add(h.start).add(-h.end);
  const out: OrgHit[] = [];
  const read = new Set<number>();
  const closing = wordsClosingOn(seg, folded, SHORT_NAME_LAST);
  for (let n = 0; n < closing.length; n++) {
    const k = closing[n]!;
    const t = seg.tokens[k]!;
    if (!isShortName(ctx, t) || cover.any(t.start, t.end)) continue;
    if (!UNIVERSITY_CUE.test(folded.slice(t.end, t.end + 3)) && !inUniversityList(k)) continue;
    read.add(k);
    const full = fullName(t.word);
    const name = full?.name ?? t.word;
    const hit: OrgHit = { start: t.start, end: t.end, kind: 'co', id: full?.id ?? name, name, score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;

  /** The one university of the text, the shortest that holds the short name's characters in order (川大: 四川大学, not 四川师范大学). */
  function fullName(short: string): OrgHit | undefined {
    const fits = universities.filter((h) => takenInOrder(short, h.name));
    if (!fits.length) return undefined;
    const shortest = Math.min(...fits.map((h) => h.name.length));
    const names = new Set(fits.filter((h) => h.name.length === shortest).map((h) => h.name));
    return names.size === 1 ? fits.find((h) => h.name.length === shortest) : undefined;
  }

  /** Token `k` is a member of a list that holds a university or is closed by the universities' kind. */
  function inUniversityList(k: number): boolean {
    let first = k;
    while (first >= 2 && joins(first - 1) && memberBefore(first - 1)) first -= 2;
    let last = k;
    while (joins(last + 1) && memberAfter(last + 1)) last += 2;
    if (first === k && last === k) return KIND_AFTER_LIST.test(folded.slice(seg.tokens[k]!.end, seg.tokens[k]!.end + 3));
    const end = seg.tokens[last]!.end;
    if (KIND_AFTER_LIST.test(folded.slice(end, end + 3))) return true;
    // Beside a university, or beside short names of three characters or more only (上海交大和西安交大): 函大/j、夜大/j of two
    // are kinds of schooling (by correspondence, at night), not names.
    let allShort = true;
    for (let j = first; j <= last; j += 2) {
      const m = seg.tokens[j]!;
      if (j !== k && (universityAt.has(-m.end) || universityAt.has(m.start) || read.has(j))) return true;
      allShort &&= isShortName(ctx, m) && m.word.length >= 3;
    }
    return allShort;
  }

  function joins(j: number): boolean {
    const t = seg.tokens[j];
    return !!t && t.end === t.start + 1 && isListJoiner(t.word);
  }
  /** The word before the joiner at `j` is a short name, or ends a university read in full. */
  function memberBefore(j: number): boolean {
    const m = seg.tokens[j - 1];
    return !!m && (isShortName(ctx, m) || universityAt.has(-m.end));
  }
  /** The word after the joiner at `j` is a short name, or opens a university read in full. */
  function memberAfter(j: number): boolean {
    const m = seg.tokens[j + 1];
    return !!m && (isShortName(ctx, m) || universityAt.has(m.start));
  }
}

function isShortName(ctx: EntityContext, t: Token): boolean {
  return (
    t.word.length >= 2 &&
    t.word.length <= 4 &&
    t.word.endsWith('大') &&
    SHORT_TAGS.test(t.tag) &&
    !NOT_A_UNIVERSITY.has(t.word) &&
    !ctx.gaz.byName.has(t.word)
  );
}
