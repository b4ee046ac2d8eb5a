import type { EntityCandidate, PlaceInfo } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { finerWords, roleOf } from '../spanBoundary.ts';
import { coverage, TITLE_AFTER, type OrgHit, type OrgKind } from './orgHit.ts';

/** A town, township or street the report names (大朗镇, 车溪乡, 谌家矶街道), and where it lies. */
export interface Town {
  name: string;
  /** Which town: its gazetteer code, else its name. */
  key: string;
  /** The enclosing places and the town itself, outermost first: where its bodies lie. */
  path: string[];
}

/** A town body (or the 中共…委员会 a report signs with) found at one place, with the town it belongs to. */
export interface TownHit extends OrgHit {
  town: Town;
}

const TOWN_SUFFIX = /(镇|乡|街道)$/;
// The bodies of a town written right after its name, longest first: party committee (a street's 党工委), discipline
// committee (纪工委), government (a street's 办事处) and people's congress (a town's 人大主席团).
const BODY_AFTER = /^(党工委|党委|纪工委|纪委|人民政府|政府|办事处|人大主席团|人大)/;
const KIND_OF: Record<string, OrgKind> = {
  党工委: 'pc',
  党委: 'pc',
  纪工委: 'jw',
  纪委: 'jw',
  人民政府: 'gov',
  政府: 'gov',
  办事处: 'gov',
  人大主席团: 'congress',
  人大: 'congress',
};
// Offices of a town government: 镇财政所, 镇农业综合服务中心, 青塘镇卫生院, 镇派出所, 街道党政办.
const OFFICE_SUFFIX = /(卫生院|派出所|中心|所|站|办公室|办)$/;
const NOT_OWN_BEFORE = /[各该每等全本乡城村、]$/;
const UNPLACED_NOT_OWN = /[各该每等全本乡城村]$|[省市县区乡镇]、$/;

/** The canonical name of a town's body of each kind. */
function bodyName(town: string, kind: OrgKind): string {
  const street = town.endsWith('街道');
  if (kind === 'pc') return `${town}${street ? '党工委' : '党委'}`;
  if (kind === 'jw') return `${town}${street ? '纪工委' : '纪委'}`;
  if (kind === 'gov') return `${town}${street ? '办事处' : '人民政府'}`;
  return `${town}人大`;
}

/** The towns among the report's places, by name. */
export function townsNamed(folded: string, places: readonly EntityCandidate[]): Map<string, Town> {
  const towns = new Map<string, Town>();
  for (const p of places) {
    const name = p.canonical ?? folded.slice(p.start, p.end);
    if (p.place?.level !== 'town' || !TOWN_SUFFIX.test(name) || towns.has(name)) continue;
    towns.set(name, { name, key: p.place.code ?? name, path: [...(p.place.path ?? []), name] });
  }
  return towns;
}

/**
 * The bodies of towns, townships and streets: 中共湖镇镇委员会, 湖镇镇党委, 黄陂镇党委, 竹山镇纪委, 大朗镇人民政府,
 * 谌家矶街道党工委 and 办事处, and the offices of their governments (镇财政所, 青塘镇卫生院). In the report of one town
 * (the town that signs it, titles it, or is inspected) the bare forms 镇党委, 镇纪委, 镇政府 are that town's bodies; that
 * town is returned as `home`.
 */
export function townBodies(ctx: EntityContext, towns: Map<string, Town>, taken: OrgHit[]): { hits: TownHit[]; home?: Town } {
  const { folded } = ctx;
  const out: TownHit[] = [];
  const cover = coverage(folded.length, taken);
  const push = (h: TownHit) => {
    if (cover.any(h.start, h.end)) return;
    out.push(h);
    cover.add(h);
  };
  // The written-out party and discipline committees: 中共湖镇镇委员会, 中共谌家矶街道工作委员会, 中共X镇纪律检查委员会.
  for (const m of folded.matchAll(/中共([\u4e00-\u9fff]{1,8}?(?:镇|乡|街道))(工作委员会|委员会|纪律检查委员会)/g)) {
    const town = towns.get(m[1]!) ?? { name: m[1]!, key: m[1]!, path: [...homePath(ctx), m[1]!] };
    const kind: OrgKind = m[2] === '纪律检查委员会' ? 'jw' : 'pc';
    const start = m.index!;
    push({ start, end: start + m[0].length, kind, id: `town:${town.key}`, name: bodyName(town.name, kind), score: 0.9, town });
  }
  // A town's name and the body right after it: 黄陂镇党委, 谌家矶街道党工委.
  for (const p of townMentions(folded, towns)) {
    const body = BODY_AFTER.exec(folded.slice(p.end, p.end + 5));
    // 新安镇团委: the Youth League's committee of the town (团县委's below it), a body of its own, named as written.
    if (!body && folded.startsWith('团委', p.end)) {
      const name = folded.slice(p.start, p.end + 2);
      push({ start: p.start, end: p.end + 2, kind: 'co', id: name, name, score: 0.9, town: p.town });
      continue;
    }
    if (body) {
      const kind = KIND_OF[body[1]!]!;
      push({
        start: p.start,
        end: p.end + body[1]!.length,
        kind,
        id: `town:${p.town.key}`,
        name: bodyName(p.town.name, kind),
        score: 0.9,
        town: p.town,
      });
      continue;
    }
    const office = officeAfter(ctx, p.end, p.town);
    if (office) push({ ...office, start: p.start });
  }
  const home = homeTown(folded, [...out], towns);
  if (!home) {
    if (!towns.size) for (const h of unplacedTownBodies(ctx)) push(h);
    return { hits: out };
  }
  // The bare forms in the town's own report: 镇党委, 镇纪委, 镇政府, 镇财政所.
  const level = home.name.match(TOWN_SUFFIX)![1]!;
  for (let at = folded.indexOf(level); at >= 0; at = folded.indexOf(level, at + 1)) {
    const end = at + level.length;
    if (!standsAlone(ctx, at, level) || NOT_OWN_BEFORE.test(folded.slice(at - 1, at))) continue;
    const body = BODY_AFTER.exec(folded.slice(end, end + 5));
    if (body) {
      const kind = KIND_OF[body[1]!]!;
      // 镇党委书记 is a post, as 市委书记 is: the bare form before a title names no body of its own there.
      if (kind === 'pc' && TITLE_AFTER.test(folded.slice(end + body[1]!.length, end + body[1]!.length + 3))) continue;
      push({
        start: at,
        end: end + body[1]!.length,
        kind,
        id: `town:${home.key}`,
        name: bodyName(home.name, kind),
        score: 0.85,
        town: home,
      });
      continue;
    }
    const office = officeAfter(ctx, end, home);
    if (office) push({ ...office, start: at, score: 0.8 });
  }
  return { hits: out, home };
}

/**
 * The bare forms (镇党委, 乡政府, 街道党工委) in a text that has no place of its own (a news story, a sentence alone): one
 * town's body, named as written, as 县委 and 市政协 are there; a post after it (镇党委书记) names the body too, as the
 * news gold's 市委 in 市委书记. In a county's or a city's report, or one that names towns, they are any of its towns':
 * none is named.
 */
function unplacedTownBodies(ctx: EntityContext): TownHit[] {
  const { folded, home } = ctx;
  if ((home.place && !home.weak) || home.national) return [];
  const out: TownHit[] = [];
  for (const m of folded.matchAll(/(镇|乡|街道)(党工委|党委|纪工委|纪委|人民政府|政府|办事处)/g)) {
    const at = m.index!;
    // 县、乡政府: a list of levels, every body of them (镇党委、镇政府 are one town's two bodies).
    if (!standsAlone(ctx, at, m[1]!) || UNPLACED_NOT_OWN.test(folded.slice(Math.max(0, at - 2), at))) continue;
    // 镇政府所在地, 乡政府驻地: where the seat is, a place.
    const end = at + m[0].length;
    if (/^(所在地|驻地)/.test(folded.slice(end, end + 3))) continue;
    const name = m[0];
    const town: Town = { name: m[1]!, key: `?${name}`, path: [] };
    out.push({ start: at, end, kind: 'co', id: name, name, score: 0.6, town });
  }
  return out;
}

/** Where the report's own county (or city) lies, for a town the gazetteer does not know. */
function homePath(ctx: EntityContext): string[] {
  const parent = ctx.home.county ?? ctx.home.city;
  return parent ? [...parent.path, parent.name] : [];
}

/** Every place the folded text writes a known town's name. */
function townMentions(folded: string, towns: Map<string, Town>): { start: number; end: number; town: Town }[] {
  const out: { start: number; end: number; town: Town }[] = [];
  for (const town of towns.values())
    for (let at = folded.indexOf(town.name); at >= 0; at = folded.indexOf(town.name, at + 1))
      out.push({ start: at, end: at + town.name.length, town });
  // A longer name wins where two start at one place.
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The level word at `at` stands as a word of its own (对|镇党委, 原镇/x), not inside another (乡镇, 城镇). */
function standsAlone(ctx: EntityContext, at: number, level: string): boolean {
  const { seg } = ctx;
  if (seg.boundaries.has(at)) return true;
  const word = seg.tokens[seg.tokenAt[at]!];
  return !!word && word.tag === 'x' && word.end === at + level.length;
}

/** An office of a town's government written after the town (or its level word) at `at`: 财政所, 农业综合服务中心, 卫生院. */
function officeAfter(ctx: EntityContext, at: number, town: Town): TownHit | undefined {
  const { folded, seg } = ctx;
  // The office's name runs to the end of a word, at most ten characters on.
  let end = 0;
  for (let e = at + 2; e <= Math.min(folded.length, at + 10); e++) {
    if (!seg.boundaries.has(e) || !OFFICE_SUFFIX.test(folded.slice(at, e))) continue;
    if (/^(所|站|中心|办|办公室)$/.test(folded.slice(at, e))) continue;
    end = e;
    break;
  }
  if (!end) return undefined;
  const written = folded.slice(at, end);
  const suffix = OFFICE_SUFFIX.exec(written)![1]!;
  // A community's or village's facility (社区卫生服务中心) is not an office of the town.
  if (/^(社区|[镇乡村街级直属委各])/.test(written) || /[的和与及等各、]/.test(written)) return undefined;
  const stemEnd = end - suffix.length;
  // The stem is nouns: no verb (新建标准化卫生院), function word or count.
  if (finerWords(seg, folded, at, stemEnd).some((w) => roleOf(w) !== 'content' || w.tag === 'ns')) return undefined;
  // 新建卫生院2家: offices counted are a kind of office, not one named body.
  if (/^[0-9一二三四五六七八九十两几多]+[家个所座]/.test(folded.slice(end, end + 4))) return undefined;
  // A one-character office (所, 站) needs a stem of two characters at least (财政所, 林业站).
  if (suffix.length === 1 && stemEnd - at < 2) return undefined;
  return { start: at, end, kind: 'gd', id: `town:${town.key}:${written}`, name: `${town.name}${written}`, score: 0.8, town };
}

/**
 * The town the report is about: the one whose body titles or signs it (中共湖镇镇委员会关于…, the signature) or is inspected
 * (对石门镇党委开展了常规巡察). None when no town, or more than one, is.
 */
function homeTown(folded: string, hits: TownHit[], towns: Map<string, Town>): Town | undefined {
  const titleEnd = folded.indexOf('\n');
  const signatureStart = folded.lastIndexOf('\n', Math.max(0, folded.trimEnd().length - 40));
  const own = new Map<string, Town>();
  for (const h of hits) {
    if (h.kind !== 'pc' && h.kind !== 'gov') continue;
    const inTitle = titleEnd < 0 || h.start < titleEnd;
    const signed = h.start > signatureStart && /^\s*(\n|$)/.test(folded.slice(h.end, h.end + 2));
    const inspected = folded[h.start - 1] === '对' && /^[^，。；,;]{0,12}巡[视察]/.test(folded.slice(h.end, h.end + 16));
    if (inTitle || signed || inspected) own.set(h.town.key, h.town);
  }
  if (own.size !== 1) return undefined;
  const town = [...own.values()][0]!;
  return towns.get(town.name) ?? town;
}

/** Where a town's bodies lie, for their entity: the town and the places above it. */
export function townPlace(town: Town): PlaceInfo {
  return { path: town.path };
}
