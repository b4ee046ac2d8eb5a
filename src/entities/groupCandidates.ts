import type { Entity, EntityCandidate, EntityType, PlaceInfo } from '../types.ts';
import { entityId, resolveIdClashes } from './entityId.ts';
import { placeIdQualifier } from './places/placeIdentity.ts';
import { pushAll } from '../util/arrays.ts';
import { STATE_COUNCIL_DEPARTMENT_NAMES } from './data/stateCouncilDepartments.ts';
import { fullBodyName } from './organizations/fullBodyName.ts';
import { COMPANY_SUFFIXES } from './organizations/companySuffixes.ts';
import { abbreviates, abbreviatesLastWords, takenInOrder } from './organizations/bracketedShortNames.ts';

interface Group {
  type: EntityType;
  name: string;
  /** Folded forms of every surface, to merge a group whose name another group writes. */
  folded: Set<string>;
  members: EntityCandidate[];
}

/**
 * One entity per real thing: candidates are grouped by type and canonical name (the folded surface when the recognizer
 * gave none); a group whose name is a surface of another group of the same type joins it. The name is the canonical
 * (simplified) form; every surface as written that differs from it is an alias.
 */
export function groupCandidates(reportId: string, folded: string, candidates: EntityCandidate[]): Entity[] {
  const groups = new Map<string, Group>();
  for (const c of candidates) {
    const surfaceFolded = folded.slice(c.start, c.end);
    const name = c.canonical ?? surfaceFolded;
    const key = `${c.type}\u0000${name}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { type: c.type, name, folded: new Set(), members: [] }));
    g.folded.add(surfaceFolded);
    g.members.push(c);
  }
  // 中共东莞市委 written out and 东莞市委 canonicalized elsewhere are one body.
  const writers = new Map<string, Group[]>();
  for (const g of groups.values()) {
    for (const f of g.folded) {
      const key = `${g.type}\u0000${f}`;
      const list = writers.get(key);
      if (list) list.push(g);
      else writers.set(key, [g]);
    }
  }
  for (const [key, g] of groups) {
    const host = (writers.get(key) ?? []).find((o) => o !== g && groups.has(`${o.type}\u0000${o.name}`) && o.name.length >= g.name.length);
    if (host) joinGroup(groups, key, g, host);
  }
  mergeShortForms(groups);
  mergeOfficialShortNames(groups);
  mergeCompanyBrands(groups);
  mergeUniversityStems(groups);
  mergeBracketedShortNames(groups, folded);
  mergeAbbreviatedNames(groups);

  const entities: Entity[] = [];
  for (const g of groups.values()) {
    // Most groups hold one mention: its surface is the one alias there can be, without a list, a set and a sort made.
    const members = g.members.length === 1 ? g.members : [...g.members].sort((a, b) => a.start - b.start || a.end - b.end);
    const aliases =
      members.length === 1
        ? members[0]!.surface === g.name
          ? []
          : [members[0]!.surface]
        : [...new Set(members.map((m) => m.surface).filter((s) => s !== g.name))].sort();
    const place = bestPlace(members);
    // Two towns called 沙田镇 in two cities are two entities: the id of a name the gazetteer gives to several places
    // says which one it is.
    const qualifier = g.type === 'place' ? placeIdQualifier(g.name, place?.code) : undefined;
    entities.push({
      id: entityId(g.type, g.name, qualifier),
      type: g.type,
      name: g.name,
      aliases,
      mentions: members.map((m) => ({ report: reportId, start: m.start, end: m.end, surface: m.surface })),
      ...(place ? { place } : {}),
    });
  }
  // Two names of one report can share an id (homophones whose hashes clash): figures and links name entities by id.
  resolveIdClashes(entities);
  return entities.sort((a, b) => byCodeUnits(a.type, b.type) || byCodeUnits(a.id, b.id) || a.name.localeCompare(b.name));
}

// Types and ids are lowercase ASCII letters, digits, ':' and '-', which localeCompare orders as their code units do:
// compared without a collator, whose first use (ICU's) cost the first report about 5 ms. Ids are unique here, so names
// are never compared.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A body named in full once (衡阳市人力资源和社会保障局, in the title) and by official writing's short form elsewhere
 * (衡阳市人社局) is one body, under its full name.
 */
function mergeOfficialShortNames(groups: Map<string, Group>): void {
  for (const [key, g] of groups) {
    if (g.type !== 'organization') continue;
    const full = fullBodyName(g.name);
    const host = full === undefined ? undefined : groups.get(`organization\u0000${full}`);
    if (host && host !== g) joinGroup(groups, key, g, host);
  }
}

/** The most precise placement any mention carries: a gazetteer code, else an enclosing path, else just a level. */
function bestPlace(members: EntityCandidate[]): PlaceInfo | undefined {
  let withPath: PlaceInfo | undefined;
  let any: PlaceInfo | undefined;
  for (const { place } of members) {
    if (!place) continue;
    if (place.code) return place;
    if (!withPath && place.path?.length) withPath = place;
    any ??= place;
  }
  return withPath ?? any;
}

/** The group under `key` is one thing with `host`: its members and surfaces go to the host, and it goes. */
function joinGroup(groups: Map<string, Group>, key: string, g: Group, host: Group): void {
  pushAll(host.members, g.members);
  for (const f of g.folded) host.folded.add(f);
  groups.delete(key);
}

// Kinds whose short form drops the front of the name (共产党 for 中国共产党, 人大常委会 for 全国人大常委会).
const SHORTENED_FROM_FRONT = new Set<EntityType>(['organization', 'regulation']);
// A zone's area named in full once and by its own part elsewhere (中国(江苏)自由贸易试验区连云港片区 … 连云港片区).
const AREA_OF_ZONE = /片区$/;

/**
 * A body, document or zone's area named in full once and by the end of its name elsewhere in the report (中国共产党 …
 * 共产党, 南朝鲜李承晚集团 … 李承晚集团, …自由贸易试验区连云港片区 … 连云港片区) is one thing: the short group joins the one longer name of its type that ends with it.
 * With two such longer names (中共甲县委, 中共乙县委 for 县委) the short form stays apart: it could be either; so does a
 * ministry of the State Council's (财政部 beside 美国财政部).
 */
function mergeShortForms(groups: Map<string, Group>): void {
  const byType = new Map<EntityType, Group[]>();
  for (const g of groups.values()) {
    if (!SHORTENED_FROM_FRONT.has(g.type) && !(g.type === 'place' && AREA_OF_ZONE.test(g.name))) continue;
    const list = byType.get(g.type);
    if (list) list.push(g);
    else byType.set(g.type, [g]);
  }
  for (const list of byType.values()) {
    const hostsOf = longerNamesEndingWith(list);
    for (const g of list) {
      // 财政部 alone in a Chinese report is China's ministry, not the 美国财政部 the same report names.
      if (g.name.length < 3 || STATE_COUNCIL_DEPARTMENT_NAMES.has(g.name)) continue;
      const hosts = hostsOf.get(g) ?? [];
      if (hosts.length !== 1) continue;
      const host = hosts[0]!;
      const key = `${g.type}\u0000${g.name}`;
      if (!groups.has(key) || !groups.has(`${host.type}\u0000${host.name}`)) continue;
      joinGroup(groups, key, g, host);
    }
  }
}

/**
 * For each group of the list, the longer names of the list that end with its name, in the list's order: each name's
 * ends looked up among the list's names (at the lengths those names have), not every name tested against every other.
 */
function longerNamesEndingWith(list: readonly Group[]): Map<Group, Group[]> {
  const byName = new Map<string, Group>();
  const lengths = new Set<number>();
  for (const g of list) {
    byName.set(g.name, g);
    lengths.add(g.name.length);
  }
  const hosts = new Map<Group, Group[]>();
  for (const o of list)
    for (const length of lengths) {
      if (length >= o.name.length) continue;
      const g = byName.get(o.name.slice(o.name.length - length));
      if (!g) continue;
      const found = hosts.get(g);
      if (found) found.push(o);
      else hosts.set(g, [o]);
    }
  return hosts;
}

// The legal forms a company's full name ends with (not 合作社: a cooperative is no brand's).
const LEGAL_FORM = new RegExp(`(${COMPANY_SUFFIXES.filter((x) => x !== '合作社').join('|')})$`);
// The trade words between a brand and its legal form (宁德时代|新能源科技|股份有限公司) run to a few words at most.
const MAX_TRADE = 10;

/**
 * A company named in full once (华为技术有限公司, 宁德时代新能源科技股份有限公司) and by its brand elsewhere (华为, 宁德时代)
 * is one company, under its full name: the brand joins the one company of the report whose name opens with it and ends in a
 * legal form. With two such companies (华为技术有限公司, 华为终端有限公司) the brand could be either and stays apart.
 */
function mergeCompanyBrands(groups: Map<string, Group>): void {
  const companies = [...groups.values()].filter((g) => g.type === 'organization' && LEGAL_FORM.test(g.name));
  if (!companies.length) return;
  for (const [key, g] of [...groups]) {
    if (g.type !== 'organization' || g.name.length < 2 || !/^[\u4e00-\u9fffA-Za-z]+$/.test(g.name)) continue;
    const hosts = companies.filter((h) => h !== g && h.name.length > g.name.length && opensWithBrand(h.name, g.name));
    if (hosts.length !== 1 || !groups.has(`${hosts[0]!.type}\u0000${hosts[0]!.name}`)) continue;
    joinGroup(groups, key, g, hosts[0]!);
  }
}

const FOUNDER_HEAD = /(院|所|会|局|部|委|厅|社|中心|集团|公司)$/;

/**
 * A university named in full once (清华大学, 复旦大学) and by its name without 大学 elsewhere (清华, 复旦) is one
 * university, under its full name.
 */
function mergeUniversityStems(groups: Map<string, Group>): void {
  for (const [key, g] of [...groups]) {
    // 中国科学院 of 中国科学院大学, 中国社会科学院 of 中国社会科学院大学: a stem that ends with a body's head is the body that
    // founded the university, no short name of it.
    if (g.type !== 'organization' || g.name.length < 2 || FOUNDER_HEAD.test(g.name)) continue;
    const host = groups.get(`organization\u0000${g.name}大学`);
    if (host) joinGroup(groups, key, g, host);
  }
}

// What may stand in a company's full name before its brand: its place or a short mark of its owner (深圳市|腾讯…,
// 中科|寒武纪…, 北京|字节跳动…).
const MAX_BRAND_FRONT = 3;

/** The full name opens with the brand, or with a few characters and the brand, and goes on in trade words and a legal form. */
function opensWithBrand(full: string, brand: string): boolean {
  const at = full.indexOf(brand);
  return at >= 0 && at <= MAX_BRAND_FRONT && tradeBetween(full.slice(at), brand);
}

/** Whether what a full name holds after the brand is trade words and a legal form (技术|有限公司), nothing else. */
function tradeBetween(full: string, brand: string): boolean {
  const rest = full.slice(brand.length);
  const form = LEGAL_FORM.exec(rest)?.[0];
  // 东方电气集团|东方汽轮机有限公司: a name with a legal form of its own is a company, and the longer one its subsidiary;
  // only the legal form may follow it (华润集团|有限公司).
  if (form && LEGAL_FORM.test(brand)) return rest.length === form.length;
  return !!form && rest.length - form.length <= MAX_TRADE;
}

// What may stand between a body's full name and the short name it is given in brackets: the bracket and the words that
// say so (（以下简称“中信证券”）, （简称上汽集团）).
const SHORT_NAME_OPENING = /[（(](?:以下)?(?:简称)?[“"]?$/;
const SHORT_NAME_CLOSING = /^[”"]?[）)]/;

/**
 * A body named in full and given a short name in brackets right after it (上海汽车集团股份有限公司（上汽集团）,
 * 湖南师范大学附属中学（湖南师大附中）) is one body, under its full name: the short name is read from the full one's
 * characters, opening with its first (abbreviates), or in their order where the text says it is the short name (简称).
 */
function mergeBracketedShortNames(groups: Map<string, Group>, folded: string): void {
  const byEnd = new Map<number, Group>();
  for (const g of groups.values()) if (g.type === 'organization') for (const m of g.members) byEnd.set(m.end, g);
  for (const [key, g] of [...groups]) {
    if (g.type !== 'organization') continue;
    for (const m of g.members) {
      if (!SHORT_NAME_CLOSING.test(folded.slice(m.end, m.end + 2))) continue;
      const opening = SHORT_NAME_OPENING.exec(folded.slice(Math.max(0, m.start - 6), m.start));
      const host = opening ? byEnd.get(m.start - opening[0].length) : undefined;
      if (!host || host === g || !groups.has(`${host.type}\u0000${host.name}`)) continue;
      // Said to be the short name (以下简称), it may drop the full name's first characters too (湖州市城市投资发展集团有限公司
      // （以下简称城投集团）): the place its full name opens with.
      const said = opening![0].includes('简称');
      if (!(said ? takenInOrder(g.name, host.name) : abbreviates(g.name, host.name))) continue;
      joinGroup(groups, key, g, host);
      break;
    }
  }
}

/**
 * A body named in full (中国人民武装警察部队) and by the short name formed from the first characters of its words
 * (武警部队) in one report is one body, under its full name, where one full name of the report fits the short one.
 */
function mergeAbbreviatedNames(groups: Map<string, Group>): void {
  // Only names that end alike can be such a pair: the long names by their last two characters.
  const byTail = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.type !== 'organization' || g.name.length < 5) continue;
    const tail = g.name.slice(-2);
    const list = byTail.get(tail);
    if (list) list.push(g);
    else byTail.set(tail, [g]);
  }
  if (byTail.size === 0) return;
  for (const [key, g] of [...groups]) {
    if (g.type !== 'organization' || g.name.length < 4) continue;
    const hosts = (byTail.get(g.name.slice(-2)) ?? []).filter((h) => h !== g && abbreviatesLastWords(g.name, h.name));
    if (hosts.length !== 1 || !groups.has(`${hosts[0]!.type}\u0000${hosts[0]!.name}`)) continue;
    joinGroup(groups, key, g, hosts[0]!);
  }
}
