import type { EntityContext } from '../context.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { wordEndingAt, type Token } from '../segment.ts';
import type { GazPlace } from '../places/gazetteer.ts';
import { resolvePlace } from '../places/homePlace.ts';
import { committeePrefix, LEAGUE_OR_PARTY, PARTY_DEPARTMENTS, partyCommitteeName, placeOfLevel } from './orgNames.ts';
import type { OrgHit } from './orgHit.ts';
import { everyOfLevel, levelOpensClause, levelStandsAlone, levelWordAt } from './levelWord.ts';
import { isHan } from '../../text/han.ts';
import { matchesEndingAt, startsOf } from '../../text/matchesNear.ts';
import { shortCountyChains } from './shortCountyChains.ts';
import { pushAll } from '../../util/arrays.ts';
import { massBodyAt } from './levelDepartments.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// 旗 and 盟 (Inner Mongolia's banner and league) are level words only where the report's home is one (红旗, 国旗 elsewhere).
const BANNER_LEVELS = '旗盟';
// After X委: 委员 (a member), 委托 (to entrust) and the like are other words.
const NOT_A_COMMITTEE_AFTER = /^(员(?!会)|托|屈|婉|靡|实)/;

export interface PlaceChain {
  start: number;
  end: number;
  place: GazPlace;
}

// Words jieba keeps whole as a place's committee (杭州市委): tested once per distinct word, so that only those of a report
// are visited. Most words are not X委: their length and last character say so before the pattern is tried.
const PLACE_COMMITTEE_WORD = wordFlag(
  (w) => w.length >= 4 && w.length <= 10 && w.charCodeAt(w.length - 1) === 0x59d4 && /^.{2,8}[省市区县旗盟]委$/.test(w),
);

/** Runs of full gazetteer names of provinces, cities and counties (上海市徐汇区): the last one is the place meant. */
export function placeChains(ctx: EntityContext): PlaceChain[] {
  const out: PlaceChain[] = [];
  // A short name jieba split from its level word (南京|市委) stands for the full name (南京市) here.
  const matches = ctx.gazMatches
    .map((m) => {
      const full = m.places.find((p) => p.name === `${m.name}${ctx.folded[m.end] ?? ''}`);
      return full ? { ...m, end: m.end + 1, name: full.name, places: [full] } : m;
    })
    .filter((m) => /[省市区县州旗盟]$/.test(m.name));
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i]!;
    let last = first;
    while (i + 1 < matches.length && matches[i + 1]!.start === last.end) last = matches[++i]!;
    const place = resolvePlace(last.places, ctx.home);
    if (place && place.level !== 'town') out.push({ start: first.start, end: last.end, place });
  }
  // jieba keeps some committees whole (杭州市委): read the place off the front of such words too.
  // A set, not out.some(…) per token: that was quadratic in a long report.
  const starts = new Set(out.map((c) => c.start));
  const { tokens } = ctx.seg;
  const committees = tokensWith(ctx.seg, PLACE_COMMITTEE_WORD);
  for (let n = 0; n < committees.length; n++) {
    const t = tokens[committees[n]!]!;
    if (starts.has(t.start)) continue;
    // 中共江苏省委/nt: the party's name before the place is no word of the place's (placeWrittenBodies reads it back).
    const party = t.word.startsWith('中共') ? 2 : 0;
    const places = ctx.gaz.byName.get(t.word.slice(party, -1));
    const place = places && resolvePlace(places, ctx.home);
    if (place && place.level !== 'town') {
      out.push({ start: t.start + party, end: t.end - 1, place });
      starts.add(t.start + party);
    }
  }
  pushAll(out, shortCountyChains(ctx, starts));
  return out.sort((a, b) => a.start - b.start);
}

const TERM = /^第[一二三四五六七八九十]{1,3}届/;
// Whose committee a place's 委员会 is when another body's name stands before the place: the CPPCC's (captured), the Youth
// League's or a democratic party's (民革, 民盟, 民建, 民进, 农工党, 致公党, 九三学社, 台盟).
const OTHER_COMMITTEE_OWNER = new RegExp(`(中国人民政治协商会议|政协)$|(?:${LEAGUE_OR_PARTY})$`);

/** Place-written forms: 中共东莞市委, 东莞市委, 中共上海市徐汇区委员会, 东莞市人民政府. */
export function placeWrittenBodies(folded: string, chains: PlaceChain[]): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const chain of chains) {
    const prefix = folded.startsWith('中国共产党', chain.start - 5) ? 5 : folded.startsWith('中共', chain.start - 2) ? 2 : 0;
    // 芜湖市第十七届人民代表大会常务委员会, 中国共产党某区第十四届纪律检查委员会: the term of a congress or committee
    // stands between the place and the body, in the names of their sessions.
    const term = TERM.exec(folded.slice(chain.end, chain.end + 8))?.[0] ?? '';
    const hit = bodyAfter(folded, chain.end + term.length, chain.place, prefix ? chain.start - prefix : placeAfterProvince(folded, chain));
    if (!hit || (term && hit.kind !== 'congress' && hit.kind !== 'npc' && hit.kind !== 'jw' && hit.kind !== 'cppcc' && hit.kind !== 'pc'))
      continue;
    const owner =
      prefix || hit.kind !== 'pc' ? undefined : OTHER_COMMITTEE_OWNER.exec(folded.slice(Math.max(0, chain.start - 10), chain.start));
    if (owner?.[1]) {
      // 政协永嘉县第十一届委员会: the place's CPPCC committee (县政协), not its party committee; and its standing committee
      // written after it (…委员会|常务委员会), a body of its own.
      const start = chain.start - owner[0].length;
      const standing = folded.endsWith('委员会', hit.end) ? /^(常务委员会|常委会)/.exec(folded.slice(hit.end, hit.end + 5)) : null;
      const code = chain.place?.code ?? '?';
      if (standing)
        hits.push(cppccStandingCommittee(start, hit.end + standing[0].length, chain.place, code, (e) => folded.slice(start, e)));
      else hits.push({ ...hit, start, kind: 'cppcc', name: chain.place ? `${chain.place.name}政协` : folded.slice(start, hit.end) });
    } else if (owner) {
      // 共青团四川省委, 民盟永嘉县委会: the Youth League's or a democratic party's committee of the place, not the party's;
      // named as written (a democratic party's is 委会 as often as 委员会), without the term a session's name puts in it
      // (共青团正定县第十七届委员会 is 共青团正定县委员会, which signs the report).
      const end = hit.end + (folded[hit.end] === '会' && folded[hit.end - 1] === '委' ? 1 : 0);
      const name = folded.slice(chain.start - owner[0].length, chain.end) + folded.slice(chain.end + term.length, end);
      hits.push({ start: chain.start - owner[0].length, end, kind: 'co', id: name, name, score: 0.85 });
    } else hits.push(hit);
  }
  return hits;
}

/**
 * Where the body of a chain's place starts: at the city or county a province is written before (河南省|兰考县委, as the news
 * gold reads 黑龙江省|阿城市委: the province a place of its own, the body the county's), else at the chain. The party's name
 * before the chain (中共河南省兰考县委) makes the whole its formal name.
 */
function placeAfterProvince(folded: string, chain: PlaceChain): number {
  const last = chain.place.name;
  const at = chain.end - last.length;
  if (at <= chain.start || !folded.startsWith(last, at) || chain.place.level === 'province') return chain.start;
  return /(省|自治区|市|州|盟)$/.test(folded.slice(chain.start, at)) ? at : chain.start;
}

// 地区行署: a prefecture's administrative office, written by its level as a city's government is.
// 自治区党委, 自治区政府: an autonomous region's bodies, written by its level word as a province's are (its 区委 would be a
// district's).
// 自治州人民政府, 自治县政协: an autonomous prefecture's or county's bodies other than its party committee (州委, 县委).
// 盟行政公署: a league is governed by its administrative office, as a prefecture is.
const LEVEL_WRITTEN =
  /(中共)?((?:地区|盟)(?=行政公署|行署)|自治区(?=党委|政府|人民政府|人大|人民代表大会|政协|纪委|监委)|自治[州县旗](?=政府|人民政府|人大|人民代表大会|政协)|[省市区县州旗盟](?=委|政府|人民政府|人大|人民代表大会|政协|纪委|监委|纪律检查委员会|监察委员会))/g;
// The words LEVEL_WRITTEN's readings stand right before, and its longest reading (中共自治区): it is tried only there.
// 纪律 and 监察 open the discipline bodies' full names (市纪律检查委员会, 市监察委员会).
const LEVEL_WRITTEN_BODIES = '委 党委 政府 人民政府 人大 人民代表大会 政协 纪委 监委 纪律 监察 行署 行政公署'.split(' ');
const LEVEL_WRITTEN_LENGTH = 5;

/** Level-written forms: 市委, 省委, 区委, 市政府, 市纪委监委, 市委组织部, 市公安局. */
export function levelWrittenBodies(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, home } = ctx;
  const hits: OrgHit[] = [];
  const covered = SpanCover.lazy(folded.length, taken);
  for (const m of matchesEndingAt(folded, LEVEL_WRITTEN, startsOf(folded, LEVEL_WRITTEN_BODIES), LEVEL_WRITTEN_LENGTH)) {
    const levelAt = m.index! + (m[1] ? 2 : 0);
    if (covered.covers(levelAt)) continue;
    if (!m[1] && !levelStandsAlone(ctx, levelAt)) continue;
    // 凉山彝族|自治州|人民政府: the level word ends the place's name written before it, read as a chain or not at all.
    if (m[2]!.startsWith('自治') && m[2] !== '自治区' && isHan(folded[levelAt - 1] ?? '') && !levelWordAt(ctx, levelAt + 2)) continue;
    // 各区委, 各县政府: every body of that level, not one; 全县政府债务余额 is the whole county's government debt (全县|政府…).
    if (!m[1] && /[各诸全]/.test(folded[levelAt - 1] ?? '')) continue;
    // 黑龙江省阿城|市委: a place jieba knows that the gazetteer does not (a city since merged into another) names the body.
    const placeWord = m[1] ? undefined : placeWordBefore(ctx, levelAt);
    if (placeWord) {
      const hit = bodyAfter(folded, levelAt + m[2]!.length, undefined, placeWord.start, m[2]!);
      if (hit) hits.push({ ...hit, id: hit.name });
      continue;
    }
    // 区委 or 县委 in a city's report is the district or county the paragraph has named (对金水区…，区委…); with none
    // named, it is any of them: no one body to name.
    const place = placeOfLevel(m[2]!, home) ?? (m[2] === '区' || m[2] === '县' ? namedInParagraph(ctx, levelAt, m[2]) : undefined);
    if (!place && m[2] !== '省' && m[2] !== '市' && home.place && !home.weak) continue;
    if (!place && BANNER_LEVELS.includes(m[2]!) && !levelOpensClause(ctx, levelAt)) continue;
    const body = bodyAfter(folded, levelAt + m[2]!.length, place, m.index!, m[2]!);
    const hit = body && organOf(ctx, body);
    // A national report's 省政府 is every province's; its 市委 (市委、市政府决定…, 市委书记某某) is the one committee of the
    // city its sentence is about, unless levels are listed (省、市、县委: every one of them).
    // (据|市政府|新闻处/nt: a government's own office jieba knows as a body names the one government whose office speaks.)
    const speaks = hit?.kind === 'gov' && officeAfter(ctx, hit.end) && !everyOfLevel(folded, m.index!);
    if (!place && home.national && (!hit || (hit.kind !== 'pc' && hit.kind !== 'dept' && !speaks) || listsLevels(folded, levelAt)))
      continue;
    if (hit) {
      hits.push(hit);
      covered.add(hit);
    }
  }
  return hits;
}

/** An office jieba knows as a body's word written right after `at` (市政府|新闻处/nt), with 说 or 称 after it: it speaks. */
function officeAfter(ctx: EntityContext, at: number): boolean {
  const { seg } = ctx;
  const k = seg.tokenAt[at] ?? -1;
  const office = seg.tokens[k];
  if (!office || office.start !== at || office.tag !== 'nt' || !/[处办室]$/.test(office.word)) return false;
  return /^(说|称|表示|介绍|宣布|透露|发布)$/.test(seg.tokens[k + 1]?.word ?? '');
}

const ORGAN_OWNERS: ReadonlySet<string> = new Set(['pc', 'gov', 'npc', 'congress', 'cppcc', 'jw']);

/**
 * 市政协|机关, 市委|机关: the organ that serves a committee, a government or an assembly (its offices and staff, with a
 * party group of its own: 市政协机关党组) is a body of its own, named after its owner; 机关干部 and the like are its people.
 */
function organOf(ctx: EntityContext, body: OrgHit): OrgHit {
  const { seg } = ctx;
  if (!ORGAN_OWNERS.has(body.kind) || !ctx.folded.startsWith('机关', body.end)) return body;
  const t = seg.tokens[seg.tokenAt[body.end] ?? -1];
  if (!t || t.start !== body.end || t.word !== '机关') return body;
  return { start: body.start, end: t.end, kind: 'gd', id: `${body.id}:机关`, name: `${body.name}机关`, score: body.score };
}

/** A place name jieba reads (ns) written right before the level word at `at`, no gazetteer name (those are chains). */
function placeWordBefore(ctx: EntityContext, at: number): Token | undefined {
  const prev = wordEndingAt(ctx.seg, at);
  return prev && prev.tag === 'ns' && prev.word.length >= 2 && isHan(prev.word) ? prev : undefined;
}

/** The level word at `at` ends a list of levels (省、市、县委, 省市县委): every body of those levels. */
function listsLevels(folded: string, at: number): boolean {
  const before = folded[at - 1] === '、' ? folded[at - 2] : folded[at - 1];
  return !!before && '省市县区乡镇'.includes(before);
}

/**
 * The last county or district of the home city named before `at` in the same paragraph, whose name ends with `level`; in
 * the same sentence, any county's (恭城先后换了六届县委书记: a news story names the county it is about, whatever the home).
 */
function namedInParagraph(ctx: EntityContext, at: number, level: string): GazPlace | undefined {
  const { folded, gazMatches, home } = ctx;
  const paragraphStart = folded.lastIndexOf('\n', at) + 1;
  const sentenceStart = Math.max(paragraphStart, folded.lastIndexOf('。', at) + 1);
  for (let i = gazMatches.length - 1; i >= 0; i--) {
    const m = gazMatches[i]!;
    if (m.end > at) continue;
    if (m.start < paragraphStart) break;
    const place = resolvePlace(m.places, home);
    if (!place || place.level !== 'county' || !place.name.endsWith(level)) continue;
    const inSentence = m.start >= sentenceStart;
    if (!inSentence && home.city && place.cityCode !== home.city.cityCode && place.provinceCode !== home.city.code) continue;
    return place;
  }
  return undefined;
}

// 县委办、县政府办: the committee's or the government's office by its short name (…办公室 → …办), where the 办 ends the
// body's name (a mark, a joiner or the verb the office does): 市政府办好实事, 县委办理 are the body doing something.
const OFFICE_SHORT_NAME = /^办(?=[、，。；：）)”和与及等]|将|要|牵头|联合|负责|会同|印发|发布|主任|副主任)/;

function officeShortName(folded: string, at: number): RegExpExecArray | null {
  return OFFICE_SHORT_NAME.exec(folded.slice(at, at + 4));
}

/** A place's government by its official name: 东莞市人民政府; a special administrative region's is 香港特别行政区政府. */
function governmentName(place: GazPlace | undefined): string {
  return place?.name.endsWith('特别行政区') ? `${place.name}政府` : `${place?.name}人民政府`;
}

/**
 * The body written right after a place or a level word at `at`: 委 / 委员会 (with a department), 人民政府 / 政府, 人大常委会,
 * 政协, 纪委监委 and its forms. `place` is the place meant (undefined when the report's home is unknown).
 */
function bodyAfter(folded: string, at: number, place: GazPlace | undefined, start: number, level?: string): OrgHit | undefined {
  const rest = folded.slice(at, at + 16);
  const named = (constructed: string, written: string) => (place ? constructed : written);
  const code = place?.code ?? `?${level ?? ''}`;
  const written = (end: number) => folded.slice(start, end);

  const discipline = rest.match(/^(纪委[省市区县]?监委|纪委|监委|纪律检查委员会|监察委员会)/);
  if (discipline) {
    const end = at + discipline[0].length;
    if (rest.slice(discipline[0].length).startsWith('常委会')) {
      const e = end + 3;
      return { start, end: e, kind: 'jwc', id: code, name: named(`${place?.name}${folded.slice(at, e)}`, written(e)), score: 0.85 };
    }
    return { start, end, kind: 'jw', id: code, name: named(`${place?.name}${discipline[0]}`, written(end)), score: 0.9 };
  }
  // A prefecture (地区) is governed by its administrative office (喀什地区行政公署, 地区行署) in the place of a government.
  const gov = rest.match(/^(人民政府|政府|行政公署|行署)(?!性)/);
  if (gov) {
    const end = at + gov[0].length;
    if (gov[0].startsWith('行'))
      return { start, end, kind: 'gov', id: code, name: named(`${place?.name}行政公署`, written(end)), score: 0.9 };
    // 市政府办公室, 东莞市人民政府办公室: the government's own office, a department of its own.
    const office = /^(办公室|办公厅|研究室|督查室)/.exec(folded.slice(end, end + 3)) ?? officeShortName(folded, end);
    if (office) {
      const e = end + office[0].length;
      return {
        start,
        end: e,
        kind: 'gd',
        id: `${code}:政府${office[0]}`,
        name: named(`${governmentName(place)}${office[0]}`, written(e)),
        score: 0.85,
      };
    }
    return { start, end, kind: 'gov', id: code, name: named(governmentName(place), written(end)), score: 0.9 };
  }
  // 市政协常委会: the standing committee of a CPPCC, a body of its own as a congress's is.
  const standing = /^政协(常委会|常务委员会)/.exec(rest);
  if (standing) return cppccStandingCommittee(start, at + standing[0].length, place, code, written);
  // 市人大 (及其常委会) is the congress itself, 市人大常委会 its standing committee: two bodies.
  const congress = rest.match(/^(人民代表大会常务委员会|人大常委会|人民代表大会|人大|政协)/);
  if (congress) {
    const end = at + congress[0].length;
    const body = congress[0] === '政协' ? '政协' : /^人(大|民代表大会)$/.test(congress[0]) ? '人民代表大会' : '人大常委会';
    return {
      start,
      end,
      kind: body === '政协' ? 'cppcc' : body === '人民代表大会' ? 'npc' : 'congress',
      id: code,
      name: named(`${place?.name}${body}`, written(end)),
      score: 0.9,
    };
  }
  // 赣州市知联会, 昆明市新联会: a place's people's organization by its short name, the body 市知联会 names in its report.
  const mass = place ? massBodyAt(folded, at) : undefined;
  if (mass) {
    const end = at + mass.length;
    return { start, end, kind: 'gd', id: `${code}:${mass}`, name: `${place!.name}${mass}`, score: 0.85 };
  }
  // An autonomous region's party committee is its 党委 (广西壮族自治区党委, 自治区党委组织部): 区委 is a district's.
  const committee = rest.match(/^(委员会|委)/) ?? (regionLevel(place, level) ? rest.match(/^党委/) : null);
  if (!committee) return undefined;
  const after = rest.slice(committee[0].length);
  if (committee[0] === '委' && NOT_A_COMMITTEE_AFTER.test(after)) return undefined;
  const dept =
    PARTY_DEPARTMENTS.find((d) => after.startsWith(d)) ?? (committee[0] === '委' ? officeShortName(folded, at + 1)?.[0] : undefined);
  if (dept) {
    const end = at + committee[0].length + dept.length;
    const base = place ? committeePrefix(place) : written(at + (committee[0] === '党委' ? 2 : 1)).replace(/^中共/, '');
    return { start, end, kind: 'dept', id: `${code}:${dept}`, name: `${base}${dept}`, score: 0.9 };
  }
  // 市委第二巡视组 is read as a team elsewhere. 市委书记 is a post, and the committee it is a post of: the committee is named
  // (its mention is marked as a title's by the report's mentions).
  if (/^第[一二三四五六七八九十0-9]+巡[视察]组/.test(after) || /^巡[视察]组/.test(after)) return undefined;
  const end = at + committee[0].length;
  return { start, end, kind: 'pc', id: code, name: place ? partyCommitteeName(place) : written(end), score: 0.9 };
}

/** The standing committee of a place's CPPCC, named 政协X委员会常务委员会 where the place is known. */
function cppccStandingCommittee(
  start: number,
  end: number,
  place: GazPlace | undefined,
  code: string,
  written: (end: number) => string,
): OrgHit {
  const name = place ? `政协${place.name}委员会常务委员会` : written(end);
  return { start, end, kind: 'gd', id: `${code}:政协常委会`, name, score: 0.85 };
}

function regionLevel(place: GazPlace | undefined, level: string | undefined): boolean {
  return level === '自治区' || (!!place && place.level === 'province' && place.name.endsWith('自治区'));
}
