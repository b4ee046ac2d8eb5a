import type { EntityCandidate } from '../types.ts';
import type { EntityContext } from './context.ts';
import { tokensIn } from './segment.ts';
import type { GazPlace } from './places/gazetteer.ts';
import { resolvePlace } from './places/homePlace.ts';
import {
  committeePrefix, DEPARTMENT_SUFFIXES, MASS_BODIES, NATIONAL_BODIES, PARTY_DEPARTMENTS, partyCommitteeName, placeOfLevel,
} from './organizations/orgNames.ts';

const SOURCE = 'organizations';

/** One body found in the text, keyed by what it is (the same key is the same body, however it is written). */
interface OrgHit {
  start: number;
  end: number;
  key: string;
  name: string;
  score: number;
}

// After X委: 委员 (a member), 委托 (to entrust) and the like are other words.
const NOT_A_COMMITTEE_AFTER = /^(员(?!会)|托|屈|婉|靡|实)/;
// Before a bare level word: 城市, 超市, 上市 … are words of their own.
const LEVEL_GLUED_BEFORE = /[城超都上门股楼夜菜集黑社园小景辖片湾山地禁郊新灾老库牧矿街厂学营]$/;

/** The level word at `i` starts a word (召开|区委), or jieba glued it to a function word it could not read (由市|交警支队). */
function levelStandsAlone(ctx: EntityContext, i: number): boolean {
  const { seg, folded } = ctx;
  if (seg.boundaries.has(i)) return true;
  const word = seg.tokens[seg.tokenAt[i]!];
  return !!word && word.tag === 'x' && word.end === i + 1 && !LEVEL_GLUED_BEFORE.test(folded.slice(i - 1, i));
}
// 市委书记, 省委常委: a title, which names a person's post rather than the body.
const TITLE_AFTER = /^(副?书记|常委(?!会))/;

/**
 * Organizations: the home place's party committee, government, congress, CPPCC and discipline body under every form the
 * report uses (中共东莞市委 / 东莞市委 / 市委), their departments (市委组织部), level-prefixed government departments
 * (市公安局, 市交警支队) and their bare short forms, inspection teams (省委第二巡视组 / 省委巡视组 / 巡视组), national
 * bodies (党中央 / 中央) and companies (…有限公司).
 */
export function findOrganizations(ctx: EntityContext): EntityCandidate[] {
  const { folded, home } = ctx;
  const hits: OrgHit[] = [];

  // Place-written forms: 中共东莞市委, 东莞市委, 中共上海市徐汇区委员会, 东莞市人民政府.
  const chains = placeChains(ctx);
  for (const chain of chains) {
    const place = chain.place;
    const prefixStart = folded.startsWith('中共', chain.start - 2) ? chain.start - 2 : chain.start;
    const hit = bodyAfter(folded, chain.end, place, prefixStart);
    if (hit) hits.push(hit);
  }

  // Level-written forms: 市委, 省委, 区委, 市政府, 市纪委监委, 市委组织部, 市公安局.
  const levelRe = /(中共)?([省市区县州])(?=委|政府|人民政府|人大|政协|纪委|监委)/g;
  const covered = new Uint8Array(folded.length + 1);
  for (const h of hits) covered.fill(1, h.start, h.end);
  for (const m of folded.matchAll(levelRe)) {
    const levelAt = m.index! + (m[1] ? 2 : 0);
    if (covered[levelAt]) continue;
    if (!m[1] && !levelStandsAlone(ctx, levelAt)) continue;
    // 各区委, 各县政府: every body of that level, not one.
    if (!m[1] && /[各诸]/.test(folded[levelAt - 1] ?? '')) continue;
    // 区委 or 县委 in a city's report is the district or county the paragraph has named (对金水区…，区委…); with none
    // named, it is any of them: no one body to name.
    const place = placeOfLevel(m[2]!, home) ?? (m[2] === '区' || m[2] === '县' ? namedInParagraph(ctx, levelAt, m[2]) : undefined);
    if (!place && m[2] !== '省' && m[2] !== '市' && home.place) continue;
    const hit = bodyAfter(folded, levelAt + 1, place, m.index!, m[2]!);
    if (hit) {
      hits.push(hit);
      covered.fill(1, hit.start, hit.end);
    }
  }

  // 中共浙江工业大学委员会, 中共国家电网有限公司党组: the party body of an institution, written out.
  for (const m of folded.matchAll(/中共([\u4e00-\u9fff]{2,16}?)(委员会|党组|党委)/g)) {
    // 中共绍兴市卫生健康委员会党组: the party group of a commission, not the commission.
    const group = m[2] === '委员会' && /^(党组|党委)/.test(folded.slice(m.index! + m[0].length)) ? 2 : 0;
    const end = m.index! + m[0].length + group;
    if (hits.some((h) => h.start < end && m.index! < h.end) || /^(中央|[省市区县])/.test(m[1]!)) continue;
    const name = folded.slice(m.index!, end);
    hits.push({ start: m.index!, end, key: `co:${name}`, name, score: 0.85 });
  }
  hits.push(...levelDepartments(ctx, hits));
  hits.push(...nationalBodies(folded, hits));
  hits.push(...inspectionTeams(folded, home, hits, chains));
  hits.push(...companyPartyGroups(folded, companies(ctx)));
  hits.push(...hospitals(ctx, chains));
  hits.push(...stationedTeams(folded, hits));
  hits.push(...institutionShortForms(ctx, hits));
  hits.push(...bareShortForms(folded, hits));
  // 省教育厅党组 is the party group that writes itself 中共广东省教育厅党组, not the department.
  for (const h of hits) {
    if (!h.key.startsWith('gd:')) continue;
    const group = folded.slice(h.end, h.end + 2);
    if (group !== '党组' && group !== '党委') continue;
    const owner = hits.find((o) => o.key === `co:中共${h.name}${group}`);
    if (owner) Object.assign(h, { end: h.end + 2, key: owner.key, name: owner.name });
  }

  // The name of a party committee is the fullest 中共… form the report writes for it, else the constructed one.
  const fullest = new Map<string, string>();
  for (const h of hits) {
    const surface = folded.slice(h.start, h.end);
    if (h.key.startsWith('pc:') && surface.startsWith('中共') && surface.length > (fullest.get(h.key)?.length ?? 0)) fullest.set(h.key, surface);
  }
  // Discipline bodies go by their fullest written form (市纪委市监委 → 杭州市纪委市监委).
  const discipline = new Map<string, string>();
  for (const h of hits) if (h.key.startsWith('jw:') && h.name.length > (discipline.get(h.key)?.length ?? 0)) discipline.set(h.key, h.name);

  return hits.map((h) => {
    const surface = ctx.text.slice(h.start, h.end);
    const name = fullest.get(h.key) ?? discipline.get(h.key) ?? h.name;
    return {
      type: 'organization' as const, start: h.start, end: h.end, surface,
      ...(name !== folded.slice(h.start, h.end) ? { canonical: name } : {}),
      score: h.score, source: SOURCE,
    };
  });
}

/** The last county or district of the home city named before `at` in the same paragraph, whose name ends with `level`. */
function namedInParagraph(ctx: EntityContext, at: number, level: string): GazPlace | undefined {
  const { folded, gazMatches, home } = ctx;
  const paragraphStart = folded.lastIndexOf('\n', at) + 1;
  for (let i = gazMatches.length - 1; i >= 0; i--) {
    const m = gazMatches[i]!;
    if (m.end > at) continue;
    if (m.start < paragraphStart) break;
    const place = resolvePlace(m.places, home);
    if (!place || place.level !== 'county' || !place.name.endsWith(level)) continue;
    if (home.city && place.cityCode !== home.city.cityCode && place.provinceCode !== home.city.code) continue;
    return place;
  }
  return undefined;
}

/** Which characters some hit already covers, to test overlap in constant time per character. */
function coverage(length: number, hits: OrgHit[]): { any: (s: number, e: number) => boolean; add: (h: OrgHit) => void } {
  const flags = new Uint8Array(length + 1);
  const add = (h: OrgHit) => flags.fill(1, h.start, h.end);
  for (const h of hits) add(h);
  return { any: (s, e) => flags.subarray(s, e).includes(1), add };
}

interface PlaceChain {
  start: number;
  end: number;
  place: GazPlace;
}

/** Runs of full gazetteer names of provinces, cities and counties (上海市徐汇区): the last one is the place meant. */
function placeChains(ctx: EntityContext): PlaceChain[] {
  const out: PlaceChain[] = [];
  // A short name jieba split from its level word (南京|市委) stands for the full name (南京市) here.
  const matches = ctx.gazMatches
    .map((m) => {
      const full = m.places.find((p) => p.name === `${m.name}${ctx.folded[m.end] ?? ''}`);
      return full ? { ...m, end: m.end + 1, name: full.name, places: [full] } : m;
    })
    .filter((m) => /[省市区县州]$/.test(m.name));
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i]!;
    let last = first;
    while (i + 1 < matches.length && matches[i + 1]!.start === last.end) last = matches[++i]!;
    const place = resolvePlace(last.places, ctx.home);
    if (place && place.level !== 'town') out.push({ start: first.start, end: last.end, place });
  }
  // jieba keeps some committees whole (杭州市委): read the place off the front of such words too.
  for (const t of ctx.seg.tokens) {
    if (!/^.{2,8}[省市区县]委$/.test(t.word) || out.some((c) => c.start === t.start)) continue;
    const places = ctx.gaz.byName.get(t.word.slice(0, -1));
    const place = places && resolvePlace(places, ctx.home);
    if (place && place.level !== 'town') out.push({ start: t.start, end: t.end - 1, place });
  }
  return out.sort((a, b) => a.start - b.start);
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
      return { start, end: e, key: `jwc:${code}`, name: named(`${place?.name}${folded.slice(at, e)}`, written(e)), score: 0.85 };
    }
    return { start, end, key: `jw:${code}`, name: named(`${place?.name}${discipline[0]}`, written(end)), score: 0.9 };
  }
  const gov = rest.match(/^(人民政府|政府)(?!性)/);
  if (gov) {
    const end = at + gov[0].length;
    return { start, end, key: `gov:${code}`, name: named(`${place?.name}人民政府`, written(end)), score: 0.9 };
  }
  const congress = rest.match(/^(人大常委会|人大|政协)/);
  if (congress) {
    const end = at + congress[0].length;
    const body = congress[0] === '政协' ? '政协' : '人大常委会';
    return { start, end, key: `${body}:${code}`, name: named(`${place?.name}${body}`, written(end)), score: 0.9 };
  }
  const committee = rest.match(/^(委员会|委)/);
  if (!committee) return undefined;
  const after = rest.slice(committee[0].length);
  if (committee[0] === '委' && NOT_A_COMMITTEE_AFTER.test(after)) return undefined;
  const dept = PARTY_DEPARTMENTS.find((d) => after.startsWith(d));
  if (dept) {
    const end = at + committee[0].length + dept.length;
    const base = place ? committeePrefix(place) : written(at + 1).replace(/^中共/, '');
    return { start, end, key: `dept:${code}:${dept}`, name: `${base}${dept}`, score: 0.9 };
  }
  // 市委书记 is a post; 市委第二巡视组 is read as a team elsewhere.
  if (TITLE_AFTER.test(after) || /^第[一二三四五六七八九十0-9]+巡[视察]组/.test(after) || /^巡[视察]组/.test(after)) return undefined;
  const end = at + committee[0].length;
  return { start, end, key: `pc:${code}`, name: place ? partyCommitteeName(place) : written(end), score: 0.9 };
}

// What kind of institution or place a party body belongs to, read off its name, and the word the report then uses for
// it (中共江城理工大学委员会 → 学校党委, 中共华东能源集团有限公司委员会 → 集团党委, 中共石门镇委员会 → 镇党委).
const INSTITUTION_HEADS: [RegExp, string[]][] = [
  [/集团/, ['集团']], [/公司$/, ['公司']], [/大学$/, ['学校', '大学']], [/学院$/, ['学校', '学院']], [/学校$/, ['学校']],
  [/医院$/, ['医院']], [/银行$/, ['银行']], [/镇$/, ['镇']], [/乡$/, ['乡']], [/街道$/, ['街道']],
];
const NOT_OWN_BEFORE = /[各子该本每分等]$/;

/**
 * The short forms of an institution's own party and discipline bodies: where the report writes out one 中共X委员会,
 * 学校党委 / 集团党委 / 镇党委 are that body and 学校纪委 / 集团纪委 / 镇纪委 its discipline committee (named as written).
 */
function institutionShortForms(ctx: EntityContext, hits: OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const bodies = new Map<string, { key: string; name: string; institution: string }>();
  for (const h of hits) {
    const m = h.key.startsWith('co:中共') ? h.name.match(/^中共(.+?)(委员会|党委)$/) : h.key.startsWith('co:') ? h.name.match(/^(.+?(?:公司|集团))(党组|党委)$/) : null;
    // 中共X街道工作委员会 is the street's 党工委.
    if (m) bodies.set(h.key, { key: h.key, name: h.name, institution: m[1]!.replace(/工作$/, '') });
  }
  const owners = new Map<string, { key: string; name: string; institution: string }[]>();
  for (const b of bodies.values()) {
    for (const [re, heads] of INSTITUTION_HEADS) if (re.test(b.institution)) for (const head of heads) owners.set(head, [...(owners.get(head) ?? []), b]);
  }
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, hits);
  const discipline = new Map<string, string>();
  for (const [head, list] of owners) {
    if (list.length !== 1) continue;
    const owner = list[0]!;
    for (const body of ['党委', '党工委', '党组', '纪委', '纪工委', '纪检监察组']) {
      const form = `${head}${body}`;
      for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (cover.any(at, end) || !seg.boundaries.has(at) || NOT_OWN_BEFORE.test(folded.slice(at - 1, at))) continue;
        const party = body.startsWith('党');
        if (party && TITLE_AFTER.test(folded.slice(end, end + 3))) continue;
        if (folded[at - 1] === '驻') continue;
        // 集团纪检监察组: the team stationed in the institution, a body of its own, named as written.
        if (body === '纪检监察组') {
          const team = { start: at, end, key: `team:${form}`, name: form, score: 0.85 };
          out.push(team);
          cover.add(team);
          continue;
        }
        const key = party ? owner.key : `jw:${owner.key}`;
        if (!party && !discipline.has(key)) discipline.set(key, form);
        const hit = { start: at, end, key, name: party ? owner.name : discipline.get(key)!, score: 0.85 };
        out.push(hit);
        cover.add(hit);
      }
    }
  }
  return out;
}

/** 驻集团纪检监察组, 驻厅纪检监察组: the discipline team a higher body stations in an institution, named as written. */
function stationedTeams(folded: string, hits: OrgHit[]): OrgHit[] {
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, hits);
  for (const m of folded.matchAll(/驻([\u4e00-\u9fff]{1,10}?)纪检监察组/g)) {
    // 派驻市卫生健康委纪检监察组 is written with 派 as often as without: the name is as written.
    const start = folded[m.index! - 1] === '派' ? m.index! - 1 : m.index!;
    const end = m.index! + m[0].length;
    // 各驻部门纪检监察组: every team of a kind, not one.
    if (/[、和及与的等各在对]/.test(m[1]!) || /^(部门|单位|机关|企业|高校)$/.test(m[1]!) || /各派?$/.test(folded.slice(start - 2, start))) continue;
    if (cover.any(start, end)) continue;
    const hit = { start, end, key: `team:${m[0]}`, name: folded.slice(start, end), score: 0.85 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/** 市公安局, 市国土资源局, 市信访局, 市交警支队: a level word, a department stem of nouns, a department suffix. */
function levelDepartments(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, seg, home } = ctx;
  const out: OrgHit[] = [];
  const covered = new Uint8Array(folded.length + 1);
  for (const h of taken) covered.fill(1, h.start, h.end);
  const suffixRe = new RegExp(`^[\\u4e00-\\u9fff]{2,7}?(${DEPARTMENT_SUFFIXES.join('|')})`);
  for (let i = 0; i < folded.length; i++) {
    const level = folded[i]!;
    if (!'省市区县'.includes(level)) continue;
    // The level word stands alone, or starts a word jieba could not read (区卫健委), not a word like 市场.
    const word = seg.tokens[seg.tokenAt[i]!];
    const mass = MASS_BODIES.find((b) => folded.startsWith(b, i + 1));
    const wordStartsHere = !!word && word.start === i && (!!mass || /^(x|nt|nz|j)$/.test(word.tag));
    if (!seg.boundaries.has(i + 1) && !wordStartsHere) continue;
    if (covered[i]) continue;
    if (!levelStandsAlone(ctx, i)) continue;
    const place = placeOfLevel(level, home);
    if (mass) {
      out.push({ start: i, end: i + 1 + mass.length, key: `gd:${place?.code ?? level}:${mass}`, name: `${place?.name ?? level}${mass}`, score: 0.8 });
      continue;
    }
    const m = folded.slice(i + 1, i + 12).match(suffixRe);
    if (!m) continue;
    const stem = m[0].slice(0, -m[1]!.length);
    const end = i + 1 + m[0].length;
    if (/^[委级直属本镇村]/.test(stem) || /[的和与及等各全、]/.test(stem)) continue;
    if (!seg.boundaries.has(end) && !seg.boundaries.has(end - m[1]!.length) && m[1] !== '局') continue;
    // Every word of the stem must be a noun: 市直部门, 市相关职能部门 and verbs do not make a department.
    const words = tokensIn(seg, i + 1, end - m[1]!.length).filter((t) => t.end > i + 1);
    if (words.some((t) => /^(v|vd|vg|d|p|c|u.*|r|m|q|f|a|ad)$/.test(t.tag) && t.word.length >= 2 && t.end <= end - m[1]!.length)) continue;
    if (m[1] === '委' && (stem.length > 6 || /^(员|托)/.test(folded.slice(end)))) continue;
    if (m[1] === '委员会' && !/^(发展和改革|卫生健康|教育|住房和城乡建设|经济和信息化|民族宗教|机构编制|国有资产)/.test(stem)) continue;
    const body = `${stem}${m[1]}`;
    out.push({ start: i, end, key: `gd:${place?.code ?? level}:${body}`, name: place ? `${place.name}${body}` : `${level}${body}`, score: 0.8 });
  }
  return out;
}

/** 党中央, 中共中央, 国务院 … and the bare 中央 where it stands for the party centre. */
function nationalBodies(folded: string, taken: OrgHit[]): OrgHit[] {
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const free = (s: number, e: number) => !cover.any(s, e);
  for (const [written, name] of NATIONAL_BODIES) {
    for (let at = folded.indexOf(written); at >= 0; at = folded.indexOf(written, at + 1)) {
      if (!free(at, at + written.length)) continue;
      const hit = { start: at, end: at + written.length, key: `nat:${name}`, name, score: 0.95 };
      out.push(hit);
      cover.add(hit);
    }
  }
  // 中央 alone (中央巡视, 中央和省): the party centre; not 中央第三巡视组 or 中央八项规定 (another recognizer's).
  for (let at = folded.indexOf('中央'); at >= 0; at = folded.indexOf('中央', at + 1)) {
    if (!free(at, at + 2) || /^(第|巡视组|八项规定|级|空调|电视台|财政|企业|部门|国家机关)/.test(folded.slice(at + 2))) continue;
    const hit = { start: at, end: at + 2, key: 'nat:党中央', name: '党中央', score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/** 省委第二巡视组; 省委巡视组 and 巡视组 stand for it when it is the only numbered team of the report. */
function inspectionTeams(folded: string, home: EntityContext['home'], taken: OrgHit[], chains: PlaceChain[]): OrgHit[] {
  const out: OrgHit[] = [];
  const re = /(中央|[省市区县]委)?(第[一二三四五六七八九十0-9]+)?(巡视组|巡察组)/g;
  const found: { start: number; end: number; level: string; number: string; kind: string }[] = [];
  for (const m of folded.matchAll(re)) {
    const level = m[1] ?? '';
    found.push({ start: m.index!, end: m.index! + m[0].length, level, number: m[2] ?? '', kind: m[3]! });
  }
  const cover = coverage(folded.length, taken);
  const numbered = found.filter((f) => f.number && f.level);
  const teamsOf = (level: string) => [...new Set(numbered.filter((f) => !level || f.level === level).map((f) => `${f.level}${f.number}${f.kind}`))];
  // 成都市委第四巡察组: the team of the place written before it, whatever the report's own level words mean.
  const writtenPlace = new Map<string, GazPlace>();
  for (const f of found) {
    const chain = f.level && f.level !== '中央' ? chains.find((c) => c.end === f.start + 1 && c.place.name.endsWith(f.level[0]!)) : undefined;
    if (chain) writtenPlace.set(`${f.level}${f.number}${f.kind}`, chain.place);
  }
  const nameOf = (level: string, number: string, kind: string) => {
    if (level === '中央') return `中央${number}${kind}`;
    const place = writtenPlace.get(`${level}${number}${kind}`) ?? placeOfLevel(level[0]!, home);
    return place ? `${place.name}委${number}${kind}` : `${level}${number}${kind}`;
  };
  for (const f of found) {
    let team = '';
    if (f.number && f.level) team = `${f.level}${f.number}${f.kind}`;
    else {
      const candidates = teamsOf(f.level).filter((t) => t.endsWith(f.kind));
      if (candidates.length === 1) team = candidates[0]!;
      else if (f.level) team = `${f.level}${f.kind}`;
      else continue;
    }
    const m = team.match(/^(中央|[省市区县]委)(第[一二三四五六七八九十0-9]+)?(巡视组|巡察组)$/)!;
    const name = nameOf(m[1]!, m[2] ?? '', m[3]!);
    if (cover.any(f.start, f.end)) continue;
    out.push({ start: f.start, end: f.end, key: `team:${name}`, name, score: f.number ? 0.95 : 0.85 });
  }
  return out;
}

const COMPANY_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团有限公司', '集团', '公司'];
// Institutions are named like companies but the suffix alone is an ordinary noun (高校, 医院): they need a proper name.
const INSTITUTION_SUFFIXES = ['大学', '学院', '医院', '银行', '研究院', '出版社', '报社', '日报', '电视台', '机场'];

// A word ends with a company or institution suffix only if it ends with one of their last characters.
const SUFFIX_LAST_CHARS = new Set([...COMPANY_SUFFIXES, ...INSTITUTION_SUFFIXES].map((s) => s[s.length - 1]!));
// What most hospitals of a place are called (人民医院, 中心医院, 第二医院, 妇幼保健院): a name only with the place.
const GENERIC_HOSPITAL_STEMS = /^(公立|中心|人民|中医|中西医结合|第[一二三四五六七八九十]+|妇幼保健|口腔|肿瘤|儿童|精神卫生|传染病|定点|综合|专科)$/;

/** 绍兴市中心医院, 县人民医院: a place (or a bare level word for the report's own) before a generic hospital name. */
function hospitals(ctx: EntityContext, chains: PlaceChain[]): OrgHit[] {
  const { folded } = ctx;
  const out: OrgHit[] = [];
  const re = /(公立|中心|人民|中医|中西医结合|第[一二三四五六七八九十]+|妇幼保健|口腔|肿瘤|儿童|精神卫生|传染病)(医院|院)/g;
  for (const m of folded.matchAll(re)) {
    if (m[2] === '院' && m[1] !== '妇幼保健') continue;
    const at = m.index!;
    const chain = chains.find((c) => c.end === at);
    const level = !chain && '省市县区'.includes(folded[at - 1] ?? '') && levelStandsAlone(ctx, at - 1) ? at - 1 : undefined;
    const start = chain?.start ?? level;
    if (start === undefined) continue;
    const end = at + m[0].length;
    const place = chain?.place ?? placeOfLevel(folded[at - 1]!, ctx.home);
    const name = folded.slice(start, end);
    out.push({ start, end, key: `co:${place?.code ?? folded[at - 1]}:${m[0]}`, name, score: 0.8 });
  }
  return out;
}

const OWNERSHIP_WORDS = new Set(['所属', '下属', '直属', '旗下', '属下']);
// Verbs that are words of company names (华源地产控股有限公司, 城市建设投资集团), and ordinals (第一工程局).
const COMPANY_NAME_WORDS = /^(控股|投资|发展|建设|开发|实业|经营|运营|管理|服务|第[一二三四五六七八九十]+)$/;
// Words that rank or count colleges (省级重点, 二级, 一流) rather than name one.
const COLLEGE_QUALIFIER = /(级|重点|一流|示范|优秀|特色|高水平|骨干|品牌|新型|各|该|本|所|全|相关|有关|其他|下属|所属)/;

/**
 * A college of a university named by its field (马克思主义学院, 计算机学院, 机械|工程学院): the nouns right before 学院,
 * stopping at words that rank or count colleges (省级重点马克思主义学院 is 马克思主义学院).
 */
function namedCollege(ctx: EntityContext, ti: number): OrgHit | undefined {
  const { folded, seg } = ctx;
  const tok = seg.tokens[ti]!;
  let start = tok.end - 2;
  for (let k = tok.word.length > 2 ? ti : ti - 1; k >= 0; k--) {
    const t = seg.tokens[k]!;
    const word = k === ti ? t.word.slice(0, -2) : t.word;
    if (!/^[\u4e00-\u9fff]+$/.test(word) || !/^(n|nz|nr|ns|j|vn|x)$/.test(t.tag) || COLLEGE_QUALIFIER.test(word)) break;
    if (tok.end - t.start - 2 > 8) break;
    start = t.start;
  }
  const stem = folded.slice(start, tok.end - 2);
  if (stem.length < 2) return undefined;
  return { start, end: tok.end, key: `co:${stem}学院`, name: `${stem}学院`, score: 0.75 };
}

/**
 * 中国华源建设集团有限公司党组 opening a line (the title or the signature) is the issuing party body; inside a sentence
 * (巡视组对…有限公司党组进行了巡视) the company itself is named.
 */
function companyPartyGroups(folded: string, found: OrgHit[]): OrgHit[] {
  return found.map((h) => {
    const group = folded.slice(h.end, h.end + 2);
    if ((group !== '党组' && group !== '党委') || !/(公司|集团)$/.test(h.name) || TITLE_AFTER.test(folded.slice(h.end + 2, h.end + 5))) return h;
    if (!/(^|\n)[#\s]*$/.test(folded.slice(Math.max(0, h.start - 4), h.start))) return h;
    return { ...h, end: h.end + 2, key: `co:${h.name}${group}`, name: `${h.name}${group}` };
  });
}

/** Companies: …有限公司 / …公司 after name-like words (广东唯美陶瓷有限公司), never a generic 该公司 or 国有公司. */
function companies(ctx: EntityContext): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  for (let ti = 0; ti < seg.tokens.length; ti++) {
    const tok = seg.tokens[ti]!;
    if (!SUFFIX_LAST_CHARS.has(tok.word[tok.word.length - 1]!)) continue;
    const institution = INSTITUTION_SUFFIXES.find((s) => tok.word.endsWith(s));
    const suffix = COMPANY_SUFFIXES.find((s) => tok.word.endsWith(s)) ?? institution;
    if (!suffix) continue;
    // jieba knows many institutions whole (浙江大学): a proper name tag on the word itself vouches for it. Place names
    // right before it are part of the name (江城|理工大学).
    if (institution && tok.word.length > suffix.length && /^(nt|nz|ns)$/.test(tok.tag)) {
      let start = tok.start;
      for (let k = ti - 1; k >= 0 && /^(ns|nz|j)$/.test(seg.tokens[k]!.tag) && seg.tokens[k]!.end === start && tok.end - seg.tokens[k]!.start <= 12; k--) {
        if (!/^[\u4e00-\u9fff]{2,}$/.test(seg.tokens[k]!.word) || /[省市县区]$/.test(seg.tokens[k]!.word)) break;
        start = seg.tokens[k]!.start;
      }
      // 公立医院, 中心医院 alone are kinds of hospital; 绍兴市中心医院 is read by `hospitals`.
      if (start === tok.start && GENERIC_HOSPITAL_STEMS.test(tok.word.slice(0, -suffix.length))) continue;
      const name = folded.slice(start, tok.end);
      out.push({ start, end: tok.end, key: `co:${name}`, name, score: 0.8 });
      continue;
    }
    if (suffix === '学院') {
      const hit = namedCollege(ctx, ti);
      if (hit) out.push(hit);
      continue;
    }
    let start = tok.start;
    let proper = false;
    for (let k = ti - 1; k >= 0; k--) {
      const t = seg.tokens[k]!;
      if (!/^[\u4e00-\u9fff]+$/.test(t.word) || (/^(v|d|p|c|u|r|m|q|f)$/.test(t.tag) && !COMPANY_NAME_WORDS.test(t.word)) || tok.end - t.start > 16) break;
      if (t.word.length === 1 && /[的和与及等对在把将向]/.test(t.word)) break;
      // 集团所属|华东能源矿业有限公司: who owns a company is no part of its name.
      if (OWNERSHIP_WORDS.has(t.word) || /[和与及、]/.test(t.word)) break;
      start = t.start;
      // jieba's own organization words (浙江大学) vouch for an institution named after them (浙江大学医学院附属第一医院).
      if (/^(ns|nr|nrt|nz|j)$/.test(t.tag) || (institution && t.tag === 'nt')) proper = true;
    }
    const stem = folded.slice(start, tok.end - suffix.length);
    if (institution && !proper) continue;
    if (stem.length < 2 || (!proper && stem.length < 4) || /^(该|本|各|国有|相关|有关|其他|下属|所属|物业)/.test(stem)) continue;
    out.push({ start, end: tok.end, key: `co:${folded.slice(start, tok.end)}`, name: folded.slice(start, tok.end), score: 0.8 });
  }
  return out;
}

/** Bare short forms: 交警支队 for 市交警支队, 常委会 for the only X委常委会, written without their level word. */
function bareShortForms(folded: string, hits: OrgHit[]): OrgHit[] {
  const out: OrgHit[] = [];
  const byTail = new Map<string, OrgHit[]>();
  for (const h of hits) {
    const surface = folded.slice(h.start, h.end);
    let tail = '';
    if (h.key.startsWith('gd:')) tail = surface.slice(1);
    else if (h.key.startsWith('dept:') && h.key.endsWith(':常委会')) tail = '常委会';
    // 中共广东省教育厅党组 calls itself 厅党组.
    else if (h.key.startsWith('co:') && /^中共.+[厅局委院部办]党组$/.test(surface)) tail = surface.slice(-3);
    // 中共绍兴市卫生健康委员会党组 calls itself 市卫生健康委党组 and 委党组.
    const commission = h.key.startsWith('co:') ? surface.match(/^中共.+?([省市区县])([\u4e00-\u9fff]{2,8})委员会(党组|党委)$/) : null;
    const tails = commission ? [`${commission[1]}${commission[2]}委${commission[3]}`, `委${commission[3]}`] : [tail];
    for (const t of tails) {
      if (t.length < 3 && t !== '常委会') continue;
      const list = byTail.get(t) ?? [];
      if (!list.some((x) => x.key === h.key)) list.push(h);
      byTail.set(t, list);
    }
  }
  const cover = coverage(folded.length, hits);
  // Longer forms first, so that 委党组 inside 市卫生健康委党组 is read as the longer form.
  for (const [tail, owners] of [...byTail].sort((a, b) => b[0].length - a[0].length)) {
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    for (let at = folded.indexOf(tail); at >= 0; at = folded.indexOf(tail, at + 1)) {
      const end = at + tail.length;
      if (cover.any(at, end)) continue;
      // 纪委常委会 is the discipline body's own committee.
      if (tail === '常委会' && folded.slice(at - 2, at) === '纪委') continue;
      const hit = { start: at, end, key: owner.key, name: owner.name, score: 0.7 };
      out.push(hit);
      cover.add(hit);
    }
  }
  return out;
}
