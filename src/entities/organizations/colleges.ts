import type { EntityContext } from '../context.ts';
import { tagOf, type Token } from '../segment.ts';
import type { OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { wordsClosingOn } from '../wordsByCharacter.ts';

// The colleges and universities the company and institution reader (institutions.ts) asks about: a college named by its
// field, the university written right before a college or a hospital, and whether the report names a university at all.

// Words that rank or count colleges (省级重点, 二级, 一流) rather than name one.
const COLLEGE_QUALIFIER = /(级|重点|一流|示范|优秀|特色|高水平|骨干|品牌|新型|各|该|本|所|全|相关|有关|其他|下属|所属)/;

// A field of a college's name joined by 与 or 和 to another; jieba may read it as a verb (统计/v). A word ending in a
// school's head is another school, not a field (四川职业技术学院|和|四川交通职业技术学院 lists two colleges).
const SCHOOL_END = /(学院|大学|学校)$/;
const isCollegeField = (x: Token) => /^[\u4e00-\u9fff]{2,}$/.test(x.word) && /^(n|nz|vn|v|j)$/.test(x.tag) && !SCHOOL_END.test(x.word);

/**
 * A college of a university named by its field (马克思主义学院, 计算机学院, 机械|工程学院): the nouns right before 学院,
 * stopping at words that rank or count colleges (省级重点马克思主义学院 is 马克思主义学院).
 */
export function namedCollege(ctx: EntityContext, ti: number): OrgHit | undefined {
  const { folded, seg } = ctx;
  const tok = seg.tokens[ti]!;
  let start = tok.end - 2;
  let afterJoin = false;
  for (let k = tok.word.length > 2 ? ti : ti - 1; k >= 0; k--) {
    const t = seg.tokens[k]!;
    const word = k === ti ? t.word.slice(0, -2) : t.word;
    // 四川职业技术学院|四川交通职业技术学院: a college is no field of the next (a university is its owner: 复旦大学|经济学院).
    if (k < ti && /(学院|学校)$/.test(word)) break;
    // 管理工程|与|电子商务|学院, 统计|与|数学|学院: a college of two fields joined by 与 or 和, where a field stands before it.
    const joined = /^[与和]$/.test(word) && k < ti && k > 0 && isCollegeField(seg.tokens[k - 1]!);
    const firstField = afterJoin && isCollegeField(t);
    // 机械|与|运载/v|工程学院: the field after the joiner may open on a verb.
    const secondField = k < ti && k > 1 && t.tag === 'v' && /^[与和]$/.test(seg.tokens[k - 1]!.word) && isCollegeField(seg.tokens[k - 2]!);
    afterJoin = joined;
    if (!joined && !firstField && !secondField && (!isHan(word) || !/^(n|nz|nr|ns|j|vn|x)$/.test(t.tag) || COLLEGE_QUALIFIER.test(word)))
      break;
    if (tok.end - t.start - 2 > 12) break;
    start = t.start;
  }
  if (/^[与和]/.test(folded.slice(start, tok.end))) return undefined;
  // 复旦大学/nt|经济|学院, 河南大学/nt|医学院: a college written right after its university is named with it.
  start = universityBefore(seg, start) ?? start;
  const stem = folded.slice(start, tok.end - 2);
  // 共建产业学院: a college run with an industry's firms is a kind of college, named by no field of its own.
  if (stem.length < 2 || stem === '产业') return undefined;
  return { start, end: tok.end, kind: 'co', id: `${stem}学院`, name: `${stem}学院`, score: 0.75 };
}

/** Where a university written right before `at` starts: one word of jieba's (河南大学/nt) or a place and 大学 (温州|大学). */
export function universityBefore(seg: EntityContext['seg'], at: number): number | undefined {
  const university = seg.tokens[seg.tokenAt[at - 1] ?? -1];
  if (university?.end !== at || !university.word.endsWith('大学')) return undefined;
  const place = seg.tokens[seg.tokenAt[university.start - 1] ?? -1];
  const placeBefore = place?.end === university.start && /^(ns|nz|j)$/.test(place.tag);
  // 内蒙古|农业大学/nt: a university jieba knows by its field alone is named with the place before it.
  if (university.word.length >= 4 && /^(nt|nz|j)$/.test(university.tag))
    return placeBefore && /^(n|vn|an|b)$/.test(tagOf(university.word.slice(0, -2))) ? place.start : university.start;
  return university.word === '大学' && placeBefore ? place!.start : undefined;
}

// The last character of every word ending in 大学.
const UNIVERSITY_LAST = new CodeSet('学');

/**
 * A college named by its field is a college of a university the text names (江城理工大学, 浙江大学) or whose own bodies
 * write it (学校纪委, 校党委): 开办行政学院 with no university named is a kind of school.
 */
export function namesAUniversity(folded: string, seg: EntityContext['seg']): boolean {
  if (/学?校(党委|纪委)/.test(folded)) return true;
  const proper = (tag: string | undefined) => /^(nt|nz|ns|j)$/.test(tag ?? '');
  // Only the words closing on 学 can end in 大学: those are visited, not every word of the report.
  return wordsClosingOn(seg, folded, UNIVERSITY_LAST).some((i) => {
    const t = seg.tokens[i]!;
    return (
      t.word.endsWith('大学') &&
      ((t.word.length >= 4 && proper(t.tag)) || (t.word === '大学' && proper(seg.tokens[i - 1]?.tag) && seg.tokens[i - 1]!.end === t.start))
    );
  });
}
