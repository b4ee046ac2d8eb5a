import type { EntityContext } from '../context.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { tokensIn, type Token } from '../segment.ts';
import { DEPARTMENT_SUFFIXES, FOUNDING_VERBS, MASS_BODIES, namedOnlyAtHome, placeOfLevel } from './orgNames.ts';
import type { OrgHit } from './orgHit.ts';
import { everyOfLevel, levelOpensClause, levelWordAt } from './levelWord.ts';

// 州公安局: an autonomous prefecture's department, in the prefecture's own report only (州 ends 广州, 杭州 elsewhere).
const LEVEL_CODES = new CodeSet(['省市区县旗盟州']);
const DEPARTMENT_END = new RegExp(`(${DEPARTMENT_SUFFIXES.join('|')})$`);
// Built once: a RegExp made per call is compiled again whenever V8 has dropped its cached code, which costs more than
// the matching (its bounded lazy repeat unrolls into a large matcher).
// 市中院, 省高院: the intermediate and high people's courts by their short names (bodyShortNames' 中院).
const COURT_AFTER_LEVEL = /^(?:人民)?(法院|检察院)(?!院|长)|^([中高])院(?!长)/;
const COURT_LEVELS: Readonly<Record<string, string>> = { 中: '中级', 高: '高级' };
// Up to 12 characters of stem: the law-enforcement corps of two fields (生态环境保护综合行政执法支队).
const DEPARTMENT_AFTER_LEVEL = new RegExp(`^[\\u4e00-\\u9fff]{2,12}?(${DEPARTMENT_SUFFIXES.join('|')})`);

// Verbs of departments' names, the work a department does (综合行政执法支队, 审计局, 乡村振兴局, 禁毒委员会办公室, 信访局,
// 不动产登记中心, 行政审批服务局).
const DEPARTMENT_VERBS =
  /^(执法|监察|稽查|督查|审计|监督|管理|保护|执行|救援|侦查|巡查|巡逻|监管|振兴|禁毒|扶贫|促进|保障|信访|调解|登记|审批|服务)$/;

/** 市公安局, 市国土资源局, 市信访局, 市交警支队: a level word, a department stem of nouns, a department suffix. */
// Functions of their own, not closures over the loop's index: a closure anywhere in the loop that captures `i` makes V8
// allocate a fresh context for every character of the report (2 MB a report), not only where a level word stands.
export function massBodyAt(folded: string, at: number): string | undefined {
  // Asked after every level word of a report (市, 区, 县: hundreds): most are followed by no body's first character.
  if (!MASS_FIRSTS.at(folded, at)) return undefined;
  for (let k = 0; k < MASS_BODIES.length; k++) if (folded.startsWith(MASS_BODIES[k]!, at)) return MASS_BODIES[k];
  return undefined;
}
const MASS_FIRSTS = new CodeSet(MASS_BODIES.map((b) => b[0]!));

function endingAfter(tokens: Token[], at: number): Token[] {
  return tokens.filter((t) => t.end > at);
}

function endingBy(tokens: Token[], at: number): Token[] {
  return tokens.filter((t) => t.end <= at);
}

export function levelDepartments(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, seg, home } = ctx;
  const out: OrgHit[] = [];
  const covered = SpanCover.lazy(folded.length, taken);
  // By code unit first: a string per character read was most of this loop's cost.
  const places = LEVEL_CODES.placesIn(folded);
  for (let n = 0; n < places.length; n++) {
    const i = places[n]!;
    // The level word stands alone, or starts a word jieba could not read (区卫健委), not a word like 市场.
    const word = seg.tokens[seg.tokenAt[i]!];
    const mass = massBodyAt(folded, i + 1);
    // 联合|县公安局/n: jieba reads a level word and its department as one noun.
    const wordStartsHere =
      !!word &&
      word.start === i &&
      (!!mass ||
        /^(x|nt|nz|j)$/.test(word.tag) ||
        (word.word.length >= 4 && DEPARTMENT_END.test(word.word)) ||
        COURT_AFTER_LEVEL.test(word.word.slice(1)) ||
        word.word === '县城');
    if (!seg.boundaries.has(i + 1) && !wordStartsHere) continue;
    if (covered.covers(i)) continue;
    const levelWord = levelWordAt(ctx, i);
    if (!levelWord) continue;
    const { start, level } = levelWord;
    const place = placeOfLevel(level, home);
    // 三个市公安局 in a national report is every city's (everyOfLevel).
    if (!place && home.national && everyOfLevel(folded, start)) continue;
    if (!place && namedOnlyAtHome(level) && !levelOpensClause(ctx, start)) continue;
    if (mass) {
      // 外事办 and 外办 are one office's two short names.
      const body = mass === '外事办' ? '外办' : mass;
      // 市减灾委员会: the committee written in full after its short name's 委 (减灾委|员会) is the same body.
      const full = mass.endsWith('委') && folded.startsWith('员会', i + 1 + mass.length) ? 2 : 0;
      out.push({
        start,
        end: i + 1 + mass.length + full,
        kind: 'gd',
        id: `${place?.code ?? level}:${body}`,
        name: `${place?.name ?? level}${body}`,
        score: 0.8,
      });
      continue;
    }
    // 县检察院, 市法院, 市中院: the level's own court or procuratorate, named in full as the people's court or procuratorate.
    // With no home place (news, a sentence alone) it is named as written (省检察院, 市法院), as the other departments are.
    const court = COURT_AFTER_LEVEL.exec(folded.slice(i + 1, i + 6));
    if (court) {
      const body = court[1] ? `人民${court[1]}` : `${COURT_LEVELS[court[2]!]}人民法院`;
      out.push({
        start,
        end: i + 1 + court[0].length,
        kind: 'gd',
        id: `${place?.code ?? level}:${body}`,
        name: place ? `${place.name}${body}` : `${level}${court[0]}`,
        score: 0.8,
      });
      continue;
    }
    const dept = departmentAt(ctx, i + 1);
    if (!dept) continue;
    const { end, body } = dept;
    out.push({
      start,
      end,
      kind: 'gd',
      id: `${place?.code ?? level}:${body}`,
      name: place ? `${place.name}${body}` : `${level}${body}`,
      score: 0.8,
    });
  }
  return out;
}

/**
 * The department whose name starts at `at`, right after a level word or a place's name (市|交通运输局, 衢州市|生态环境局): a
 * stem of nouns and a department's suffix, where its end and the words of its stem say it is one.
 */
export function departmentAt(ctx: EntityContext, at: number): { end: number; body: string; suffix: string } | undefined {
  const { folded, seg } = ctx;
  const m = folded.slice(at, at + 15).match(DEPARTMENT_AFTER_LEVEL);
  if (!m) return undefined;
  const stem = m[0].slice(0, -m[1]!.length);
  const end = at + m[0].length;
  if (/^[委级直属本镇村]/.test(stem) || /[的与及等各全、]/.test(stem)) return undefined;
  // 市|行政中心, 新城区|行政中心三楼: a place's administrative centre is the seat of its offices, a building and no department
  // (its 行政服务中心 serves the public and is one).
  if (stem.endsWith('行政') && m[1] === '中心') return undefined;
  // 住房和城乡建设局, 人力资源和社会保障局: a department of two fields joined by 和, not two bodies (市委和市政府).
  if (stem.includes('和') && !/^[\u4e00-\u9fff]{2,}和(?![省市区县])[\u4e00-\u9fff]{2,}$/.test(stem)) return undefined;
  if (!seg.boundaries.has(end) && !seg.boundaries.has(end - m[1]!.length) && m[1] !== '局') return undefined;
  // Every word of the stem must be a noun: 市直部门, 市相关职能部门 and verbs do not make a department.
  const words = endingAfter(tokensIn(seg, at, end - m[1]!.length), at);
  // An adjective stands in a field's name (卫生健康局) but not alone before the suffix (市重大局).
  const stemWords = endingBy(words, end - m[1]!.length);
  if (stemWords.some((t) => /^(v|vd|vg|d|p|c|u.*|r|m|q|f|ad)$/.test(t.tag) && t.word.length >= 2 && !DEPARTMENT_VERBS.test(t.word)))
    return undefined;
  // 县检察院|在|市委: a preposition ends one body's name before the next begins.
  if (stemWords.some((t) => t.tag === 'p')) return undefined;
  // 合作区|新建/ns|边民互市交易中心: a verb that sets a body up, whatever jieba tags it, is no word of a department's name.
  if (stemWords.some((t) => FOUNDING_VERBS.has(t.word))) return undefined;
  if (stemWords.length < 2 && stemWords.some((t) => t.tag === 'a')) return undefined;
  if (m[1] === '委' && (stem.length > 6 || /^(员|托)/.test(folded.slice(end)))) return undefined;
  if (m[1] === '委员会' && !/^(发展和改革|卫生健康|教育|住房和城乡建设|经济和信息化|民族宗教|机构编制|国有资产)/.test(stem))
    return undefined;
  // 派驻市卫生健康委纪检监察组: the team stationed in the department is the body named (stationedTeams).
  if (folded[at - 2] === '驻' && folded.startsWith('纪检监察组', end)) return undefined;
  return { end, body: `${stem}${m[1]}`, suffix: m[1]! };
}
