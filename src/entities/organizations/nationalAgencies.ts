import type { EntityContext } from '../context.ts';
import { POSTS_BEFORE } from '../people/personNames.ts';
import type { Segmentation, Token } from '../segment.ts';
import { mergeTokenLists, tokensOf } from '../wordTable.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { BODY_SHORT_NAMES } from '../data/bodyShortNames.ts';
import { occurrences } from '../../text/occurrences.ts';
import { isHan } from '../../text/han.ts';

// The short forms a national body goes by (发改委, 卫健委, 网信办, 医保局), longest first.
const NATIONAL_SHORT_FORMS = BODY_SHORT_NAMES.filter(([short]) => /[委局办署]$/.test(short) && short !== '纪委' && short !== '监委').sort(
  (a, b) => b[0].length - a[0].length,
);

// The state's 网信办 is 国家互联网信息办公室; a place's is its 网络安全和信息化委员会办公室.
const NATIONAL_FULL_NAMES: Readonly<Record<string, string>> = { 网信办: '互联网信息办公室' };

/** The short form written at `at` with its full name, if one is. */
function shortFormAt(folded: string, at: number): readonly [string, string] | undefined {
  const form = NATIONAL_SHORT_FORMS.find(([short]) => folded.startsWith(short, at));
  return form && [form[0], NATIONAL_FULL_NAMES[form[0]] ?? form[1]];
}

// The heads of the State Council's agencies: a general administration (总局, 总署) is national by its name; a bureau,
// an administration or a commission is national after 国家 (国家医疗保障局, 国家发展和改革委员会).
const NATIONAL_HEAD = /(总局|总署)$/;
const AGENCY_HEAD = /(总局|总署|局|署|委员会)$/;
// The words of a field between 国家 and the head: nouns, verbal nouns, names and abbreviations, 和 between two of them.
// Sets, not patterns: they are asked of every word of a report.
const FIELD_TAGS = new Set(['n', 'vn', 'nz', 'j', 'nt', 'an']);
const MAX_FIELD = 12;
// Words of the language that end like a bureau (大局, 全局, 格局, 布局: the whole, the pattern), no agency's head.
const NOT_A_BUREAU = /^(大|全|格|布|结|时|政|当|开|变|僵|残|战|骗|赌|饭|危|定|终|新|胜|败|棋|牌|困|乱|难)局$/;

/**
 * The State Council's agencies named by their field: 国家 + the field + a bureau's, administration's or commission's head
 * (国家金融监督管理总局, 国家医疗保障局, 国家市场监督管理总局), and a general administration without 国家 where no place
 * or level is written before it (被|市场监管|总局|约谈, 金融监管总局): 总局 and 总署 are the national level's heads.
 */
export function nationalAgencies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  // Without 国家 the name ends on 总局 or 总署 within reach of its start: the words of a report that have none ahead
  // are not read on (a pointer into where the heads stand, ascending).
  const heads = generalHeads(folded);
  let nextHead = 0;
  // Only the words a name can start at: 国家, and the words within reach before a general head.
  const starts = mergeTokenLists(tokensOf(seg, '国家'), tokensBefore(seg, heads, MAX_FIELD + 1));
  for (let n = 0; n < starts.length; n++) {
    const i = starts[n]!;
    const first = seg.tokens[i]!;
    const state = first.word === '国家';
    while (nextHead < heads.length && heads[nextHead]! < first.start) nextHead++;
    if (!state && !(nextHead < heads.length && heads[nextHead]! <= first.start + MAX_FIELD + 1)) continue;
    // 国家发改委, 国家卫健委, 国家网信办: the state's body by official writing's short form, named by its full name.
    const short = state ? shortFormAt(folded, first.end) : undefined;
    if (short && !cover.any(first.start, first.end + short[0].length)) {
      const hit: OrgHit = {
        start: first.start,
        end: first.end + short[0].length,
        kind: 'co',
        id: `国家${short[1]}`,
        name: `国家${short[1]}`,
        score: 0.75,
      };
      out.push(hit);
      cover.add(hit);
      continue;
    }
    // Without 国家 the field starts the name: the word before it is no place, level or name (被|市场监管总局, 。|…).
    if (!state && (!FIELD_TAGS.has(first.tag) || !opensName(seg.tokens[i - 1]))) continue;
    const end = agencyEnd(seg.tokens, state ? i + 1 : i, state);
    if (end === undefined) continue;
    const start = first.start;
    if (end - start <= MAX_FIELD + 3) addNamedBody(out, cover, folded, start, end, 0.75);
  }
  return out;
}

/** Where 总局 and 总署 stand in the text, ascending. */
function generalHeads(folded: string): number[] {
  const [general, office] = occurrences(folded, GENERAL_HEADS);
  return [...general!, ...office!].sort((a, b) => a - b);
}

const GENERAL_HEADS = ['总局', '总署'];

/** The tokens that start at most `reach` characters before one of `heads` (ascending offsets) or at it, ascending. */
function tokensBefore(seg: Segmentation, heads: readonly number[], reach: number): Int32Array {
  const { tokens, tokenAt } = seg;
  const out: number[] = [];
  for (const head of heads) {
    let at = Math.max(0, head - reach);
    while (at < head && tokenAt[at]! < 0) at++;
    let k = tokenAt[at]!;
    if (k < 0) continue;
    if (tokens[k]!.start < at) k++;
    if (out.length && k <= out[out.length - 1]!) k = out[out.length - 1]! + 1;
    for (; k < tokens.length && tokens[k]!.start <= head; k++) out.push(k);
  }
  return Int32Array.from(out);
}

const POSTS: ReadonlySet<string> = new Set(POSTS_BEFORE);

/** Where the agency whose field starts at token `k` ends: after the word holding its head, the field words before it. */
function agencyEnd(tokens: readonly Token[], k: number, state: boolean): number | undefined {
  let fields = 0;
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const t = tokens[j]!;
    // 国家|能源|局等: jieba glued the 等 closing a list to the head; 国家|能源|局原/x|副局长: or the 原 of a former post.
    const listed = t.tag === 'x' && t.word.length > 1 && t.word.endsWith('等');
    const former = t.tag === 'x' && t.word.length > 1 && t.word.endsWith('原') && POSTS.has((tokens[j + 1]?.word ?? '').replace(/^副/, ''));
    const word = listed || former ? t.word.slice(0, -1) : t.word;
    const head = (state ? AGENCY_HEAD : NATIONAL_HEAD).exec(word)?.[0];
    if (head && !NOT_A_BUREAU.test(word) && word.length <= head.length + 4 && (fields > 0 || word.length > head.length)) {
      // A field word or more must say what the agency does (国家|总局 alone names none).
      return FIELD_TAGS.has(t.tag) || word === head ? t.start + word.length : undefined;
    }
    if (t.word === '和' && fields > 0) continue;
    // 国家|疾病|预防/v|控制/v|局: after 国家 and a field's noun, the field may go on in what the agency does (jieba reads
    // 预防, 控制 as verbs); the head must still follow within reach.
    const doing = state && fields > 0 && t.tag === 'v' && t.word.length === 2;
    if ((!FIELD_TAGS.has(t.tag) && !doing) || !isHan(t.word)) return undefined;
    fields++;
  }
  return undefined;
}

/** The word before a general administration's field leaves the name to start there: a function word, a verb or none. */
const OPENING_TAGS = new Set(['p', 'v', 'vn', 'c', 'd', 'x', 'uj', 'r']);
const OPENING_MARKS = new Set([...'，。、；：“”（）']);

function opensName(before: Token | undefined): boolean {
  return !before || OPENING_TAGS.has(before.tag) || OPENING_MARKS.has(before.word);
}
