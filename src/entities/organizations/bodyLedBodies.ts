import type { EntityContext } from '../context.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { tagOf, type Token } from '../segment.ts';
import { isBodyWord, isCompanyDepartmentBeforePost, mayEndBody, namesWhatItDoes } from './placeLedBodies.ts';
import { firstTokenFrom, tokensWith, wordFlag } from '../wordTable.ts';
import { bodyNameEnd } from './bodyNameWalk.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { conjoinedLevel } from './levelWord.ts';
import { bodyHead } from './namedBodies.ts';
import { BODY_HEADS } from '../data/bodyHeads.ts';
import { committeeAfter, listedCommittees } from './assemblyCommittees.ts';
import { departmentAt } from './levelDepartments.ts';
import { OWNERSHIP_WORDS } from './orgNames.ts';
import { holderAfterPost } from './postsAfterBodies.ts';

const HEAD_WORDS: ReadonlySet<string> = new Set(BODY_HEADS);
const SCHOOL_END = /(大学|学院|学校|中学|小学)$/;
const STUDENTS = /^(新生|学生|毕业生|本科生|研究生|师生)/;
// A government keeps commissions and offices named after it (自治区人民政府|国有资产|监督管理|委员会, 市政府|新闻处).
const UNIT_OWNERS: ReadonlySet<string> = new Set(['co', 'nat', 'npc', 'congress', 'cppcc', 'gov']);
const ASSEMBLIES: ReadonlySet<string> = new Set(['npc', 'congress', 'cppcc']);
// The longest name read from a body to the head of a body under it (中国人民解放军后勤科技开发交流中心 is 17 characters).
const MAX_NAME = 20;
// A party committee or group ends the name (公司|党委): read with its owner by other recognizers.
const PARTY_BODY = /(党委|党组|党工委|纪委|纪工委|党支部|党总支|支部|委)$/;
// Heads of the offices and centres a body keeps (国务院港澳办, 人民日报社华闻影视中心, 国务院残疾人工作协调委员会,
// 中国国际贸易促进委员会北京市分会), beyond the heads any body's name may end with; 办 ends an office's short name of three
// characters or more (港澳办, 扶贫办; 主办 is a verb).
const UNIT_HEAD = /(办公室|中心|分会|政治部|研究室|工作组|执委会|战区|军区)$|^[\u4e00-\u9fff]{2,}办$/;
// A word that may end a unit's name, by the word alone (isUnitWord less what it asks of the word before).
const MAY_END_UNIT = wordFlag((w) => UNIT_HEAD.test(w) || mayEndBody(w));

/**
 * Bodies kept by a body and named after it: 国务院|残疾人工作协调委员会, 国务院|港澳办, 人民日报社|华闻影视中心,
 * 中国人民解放军|总政治部. The body's name is the front of the unit's, so the unit is read whole and takes the body's words;
 * the words after the body must be nouns and names (a verb or a function word ends them: 国务院|批准成立…) that say what the
 * unit does, and none may start a body of its own (党中央|国务院 are two). `owners` are the bodies whose units are read
 * (all that were taken, unless only some were found since).
 */
export function bodyLedBodies(
  ctx: EntityContext,
  taken: OrgHit[],
  owners: readonly OrgHit[] = taken,
): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  const starts = new Set(taken.map((h) => h.start));
  const cover = coverage(folded.length, taken);
  // The words that may end a unit's name, from the words' index: a body with none within a name's reach after it keeps
  // no unit named after it, and its words are not walked.
  const heads = tokensWith(seg, MAY_END_UNIT);
  for (const body of owners) {
    // A congress, its standing committee and a CPPCC keep committees too (市人大|法制委员会, 市人大常委会|预算工作委员会,
    // 市政协|提案委员会).
    // 区法院|审判委员会, 市人民检察院|检察委员会: a court's or procuratorate's own committee, whatever reader found it.
    const judicial = judicialOrganEnd(ctx, body);
    if (judicial < 0 && !UNIT_OWNERS.has(body.kind)) continue;
    // 香港特别行政区政府|保安局: a special administrative region's bureaus are read as written (regionBureaus).
    if (body.kind === 'gov' && REGION_GOVERNMENT.test(body.name)) continue;
    // 中国医科大学附属第一医院|国家区域医疗中心: the rank the state gives a hospital (国家…中心, 省级…中心), no unit of it.
    if (body.name.endsWith('医院') && /^(国家|省级|市级)/.test(folded.slice(body.end, body.end + 2))) continue;
    // 世界贸易组织|总理事会, 东南亚国家联盟|秘书处: the council or secretariat of an institution, named by the institution.
    const organ = judicial >= 0 ? judicial : body.kind === 'co' || body.kind === 'nat' ? ownOrganEnd(ctx, body.end, body.name) : -1;
    const committee = organ >= 0 ? organ : ASSEMBLIES.has(body.kind) ? committeeAfter(ctx, body.end) : -1;
    const first = seg.tokenAt[body.end] ?? -1;
    if (committee < 0 && (first < 0 || seg.tokens[first]!.start !== body.end)) continue;
    // 人民政府|国有资产|监督管理|委员会: a government's department by its field, however generic its words (departmentAt);
    // 国务院 is the state's government (国务院|国有资产|监督管理|委员会).
    const department = body.kind === 'gov' || body.name === '国务院' ? departmentAt(ctx, body.end) : undefined;
    if (committee < 0 && !department && !headWithin(seg.tokens, heads, first, body.start + MAX_NAME)) continue;
    const end =
      committee >= 0
        ? committee
        : department
          ? department.end
          : bodyNameEnd(seg, first, {
              maxEnd: body.start + MAX_NAME,
              // 党中央|国务院, 国务院|建议|全国人民代表大会: a word jieba knows as a body is a body of its own; one with no body's
              // head is a field of the unit's (中国人民解放军|后勤|科技开发/nt|交流中心).
              // 县中医医院|和县|妇幼保健院: a conjunction glued to a level word opens the next body of a list.
              // 市城投集团|所属|市水务集团: who owns a body is no word of the unit's name; the body after it is one of its own.
              // 应急管理部|部长|王祥喜|率|工作组: the holder of a post in the body is no word of a unit's name.
              stop: (t) =>
                (t.tag === 'nt' && !!bodyHead(t.word)) ||
                starts.has(t.start) ||
                cover.any(t.start, t.end) ||
                conjoinedLevel(ctx, t) ||
                OWNERSHIP_WORDS.has(t.word) ||
                holderAfterPost(seg, t),
              // 残疾人工作|协调|委员会: what a committee does may be a verb, right before the committee's own word.
              verbBefore: (next) => !!next && /^(委员会|小组|工作组)$/.test(next.word),
              ends: (t, words) => isUnitWord(t, words[words.length - 2]) && saysWhatItDoes(words),
            });
    // 公司|党委, 国务院|党组: a body's party committee is read with its owner by other recognizers.
    // (市人大|财经委: an assembly's committee by its short name is no party body.)
    if (end < 0 || (committee < 0 && PARTY_BODY.test(folded.slice(body.end, end)))) continue;
    // An assembly's standing committee (政协…委员会|常务委员会) is read as a body of its own kind elsewhere.
    if (ASSEMBLIES.has(body.kind) && folded.startsWith('常务', body.end)) continue;
    // 鄂州城投集团有限公司|财务部|经理: a company's own department before the post a person holds in it says where the
    // person works; the company is the body named.
    if (isCompanyDepartmentBeforePost(folded, body.name, folded.slice(body.end, end), end)) continue;
    // 河北恒昌建材集团有限公司|资助/n|家庭|困难|大学|新生: a school's word before the word for its students says which students
    // (freshmen of families in need), no school the body keeps.
    if (SCHOOL_END.test(folded.slice(body.end, end)) && STUDENTS.test(folded.slice(end, end + 3))) continue;
    // An assembly's committee is named with the assembly's own name (株洲市人民代表大会|法制委员会, written 市人大法制委员会).
    const name = ASSEMBLIES.has(body.kind)
      ? body.name + folded.slice(body.end, end)
      : body.kind === 'gov'
        ? governmentUnitName(body, folded.slice(body.end, end))
        : folded.slice(body.start, end);
    const hit: OrgHit = { start: body.start, end, kind: 'co', id: name, name, score: 0.7 };
    out.push(hit);
    absorbed.push(body);
    cover.add(hit);
    if (ASSEMBLIES.has(body.kind)) {
      for (const sibling of listedCommittees(ctx, body, end, cover)) {
        out.push(sibling);
        cover.add(sibling);
      }
    }
  }
  return { hits: out, absorbed };
}

/** Whether some token of `heads` (ascending) from token `first` on ends by `maxEnd`. */
function headWithin(tokens: readonly Token[], heads: Int32Array, first: number, maxEnd: number): boolean {
  const at = firstTokenFrom(heads, first);
  return at < heads.length && tokens[heads[at]!]!.end <= maxEnd;
}

/**
 * The word that ends the unit's name: a unit's head (港澳办, 影视|中心), a body's head on its own (协调|委员会), or a word
 * jieba reads as a name that ends with one; a common noun ending with a head's character (战略部署) is no body.
 */
function isUnitWord(t: Token, before: Token | undefined): boolean {
  if (UNIT_HEAD.test(t.word)) return true;
  if (!isBodyWord(t, before)) return false;
  // (市政府|新闻处/nt: a unit jieba knows as an organization; one with a body's head of its own was stopped before.)
  return HEAD_WORDS.has(t.word) || /^(nz|nt|j)$/.test(t.tag);
}

/** Some word of the unit's says what it does: a word that is not generic, or a stem before the unit's head that is not. */
function saysWhatItDoes(words: Token[]): boolean {
  // 市政府|新闻处/nt: a unit jieba knows whole as an organization's word is named by it.
  if (words.length === 1 && words[0]!.tag === 'nt') return true;
  if (words.length > 1 || !UNIT_HEAD.test(words[0]!.word)) return namesWhatItDoes(words);
  const word = words[0]!.word;
  const stem = word.endsWith('办') ? word.slice(0, -1) : word.replace(UNIT_HEAD, '');
  return stem.length > 0 && !isGenericWord({ word: stem, tag: tagOf(stem) });
}

// The organs every international body or institution keeps and names by its own name: its council, its secretariat, its
// executive bureau; a word of a body's head of its own, so no walk reads it as a field and head.
// (国际货币基金组织|执行董事会: the executive board or committee that runs it between its councils.)
const OWN_ORGAN = /^(总理事会|执行理事会|执行董事会|执行委员会|理事会|秘书处|秘书局|执行局)/;
// A party's national and central committees (美国民主党|全国委员会, 英国工党|全国执行委员会), named by the party, and the
// delegation it sends (越南共产党|代表团, as a country's: 古巴代表团).
const PARTY_ORGAN = /^(全国执行委员会|全国委员会|中央执行委员会|中央委员会|总理事会|理事会|秘书处|秘书局|执行局|代表团)/;

// A parliament's delegation and secretariat, named by the parliament as a party's are (约旦议会|代表团, 日本国会|代表团).
const LEGISLATURE = /(议会|国会|议院|杜马)$/;
const LEGISLATURE_ORGAN = /^(代表团|秘书处|秘书局)/;

/** Where an institution's own organ written at `at` ends (a word boundary after it), or -1. */
function ownOrganEnd(ctx: EntityContext, at: number, owner: string): number {
  const organs = owner.endsWith('党') ? PARTY_ORGAN : LEGISLATURE.test(owner) ? LEGISLATURE_ORGAN : OWN_ORGAN;
  return organEnd(ctx, at, organs);
}

// The committee that decides a court's cases (审判委员会) and a procuratorate's (检察委员会), by law one in each.
const COURT_ORGAN = /^审判委员会/;
const PROCURATORATE_ORGAN = /^检察委员会/;

/** Where a court's or procuratorate's own committee written right after it ends, or -1. */
function judicialOrganEnd(ctx: EntityContext, body: OrgHit): number {
  const organ = /(法院|法庭)$/.test(body.name) ? COURT_ORGAN : body.name.endsWith('检察院') ? PROCURATORATE_ORGAN : undefined;
  return organ ? organEnd(ctx, body.end, organ) : -1;
}

function organEnd(ctx: EntityContext, at: number, organs: RegExp): number {
  const organ = organs.exec(ctx.folded.slice(at, at + 7))?.[0];
  if (!organ) return -1;
  const k = ctx.seg.tokenAt[at + organ.length - 1] ?? -1;
  return k >= 0 && ctx.seg.tokens[k]!.end === at + organ.length ? at + organ.length : -1;
}

const REGION_GOVERNMENT = /(特别行政区|特区)政府$/;

/**
 * A government's unit is named by the place whose government keeps it (柳州市人民政府|国有资产监督管理委员会 → 柳州市国有资产
 * 监督管理委员会, the body 市国资委 stands for), where the place is known; else as written (自治区人民政府国有资产监督管理委员会).
 */
function governmentUnitName(government: OrgHit, unit: string): string {
  const placeKnown = !government.id.startsWith('?');
  return (placeKnown ? government.name.replace(/(人民)?政府$/, '') : government.name) + unit;
}
