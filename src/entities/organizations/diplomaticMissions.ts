import type { EntityContext } from '../context.ts';
import { worldNames } from '../world/worldNames.ts';
import { TRANSLITERATION_CODES } from '../people/transliteration.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';

// What a state keeps in another: its embassy, consulates, permanent mission, trade office (the words of 外交部's
// 驻外机构 lists: 大使馆, 总领事馆, 领事馆, 常驻联合国代表团, 经济商务处).
const MISSION = /^(大使馆|总领事馆|总领馆|领事馆|领馆|使馆|代表团|代表处|使团|领事办公室|经济商务处|经商处|商务处|办事处)/;
// What a body keeps where it works (世界银行驻华代表处, 国家旅游局驻北京办事处): an office, not an embassy.
const OFFICE = /^驻[^，。；、]{1,12}?(代表处|办事处)/;
// 华 is China as the host (日本驻华大使馆).
const CHINA_AS_HOST = '华';
const MAX_SENDER = 9;
const MAX_HOST = 12;

/**
 * A state's mission in another: [sender] 驻 (or 常驻) host + mission (中国驻日本大使馆, 中国驻大阪总领事馆, 日本驻华大使馆,
 * 中国常驻联合国代表团, 我驻纽约总领事馆). The host is a country, city or international body of the world data, a place of the
 * gazetteer, 华, or a foreign name written in transliteration characters; the sender, when written, is a country right
 * before 驻. One body, whose name holds both states: neither is a mention of its own there.
 */
export function diplomaticMissions(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (let at = folded.indexOf('驻'); at >= 0; at = folded.indexOf('驻', at + 1)) {
    const hostStart = at + 1;
    const hostEnd = hostAt(ctx, hostStart);
    if (hostEnd === undefined) continue;
    const m = MISSION.exec(folded.slice(hostEnd, hostEnd + 5));
    if (!m) continue;
    const end = hostEnd + m[0].length;
    const start = senderBefore(ctx, folded[at - 1] === '常' ? at - 1 : at);
    if (start !== undefined) addNamedBody(out, cover, folded, start, end, 0.85);
  }
  return out;
}

/** Where the host named from `from` ends: the longest name of the world data or the gazetteer, 华, or a foreign name. */
function hostAt(ctx: EntityContext, from: number): number | undefined {
  const { folded, gaz } = ctx;
  if (folded[from] === CHINA_AS_HOST) return from + 1;
  const names = worldNames();
  for (let len = Math.min(MAX_HOST, folded.length - from); len >= 2; len--) {
    const name = folded.slice(from, from + len);
    if (names.has(name) || gaz.byName.has(name)) return from + len;
  }
  // A city the data does not hold (驻汉诺威总领事馆): transliteration characters up to the mission's word.
  let end = from;
  while (end < folded.length && end - from < MAX_HOST && TRANSLITERATION_CODES.at(folded, end) && !MISSION.test(folded.slice(end))) end++;
  return end - from >= 2 && MISSION.test(folded.slice(end)) ? end : undefined;
}

/**
 * Where the mission's name starts: at the sending country written right before 驻 (中国|驻日本大使馆), or at 驻 after 我
 * (we, the writer's state). A mission whose sender is not written (其驻科索沃使团: whose is told elsewhere) is left to
 * its host, a place.
 */
function senderBefore(ctx: EntityContext, at: number): number | undefined {
  const names = worldNames();
  for (let len = Math.min(MAX_SENDER, at); len >= 2; len--) {
    const hit = names.get(ctx.folded.slice(at - len, at));
    // 联合国难民署|驻黎巴嫩办事处: an international body keeps offices in states as a state does.
    const sender = hit?.place?.level === 'country' || (hit?.type === 'organization' && OFFICE.test(ctx.folded.slice(at)));
    if (sender && ctx.seg.boundaries.has(at - len)) return at - len;
  }
  return ctx.folded[at - 1] === '我' ? at : undefined;
}

/**
 * A body's office in a place (泰国国家旅游局|驻北京办事处, 世界银行驻华代表处, 赣州市人民政府驻深圳办事处, 合肥海关驻新桥机场
 * 办事处), and an army's troops in a place (中国人民解放军驻香港部队): the body read before 驻, with the host and its office,
 * is one body, the office; the body alone, and a body read inside the host (新桥机场) or from 驻 on, are not that mention. 审计署|长沙|特派员办事处: the audit office's resident offices are written
 * after their city without 驻.
 */
export function bodyOffices(ctx: EntityContext, taken: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded } = ctx;
  const hits: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  for (const body of taken) {
    const stationed = folded[body.end] === '驻';
    const from = body.end + (stationed ? 1 : 0);
    // Most bodies of a report have no office's word within a host's reach after them: they are not asked for a host,
    // which costs a dozen lookups of the world data and the gazetteer.
    if (!(stationed ? STATIONED_OFFICE_WORD : RESIDENT_OFFICE_WORD).test(folded.slice(from, from + OFFICE_REACH))) continue;
    // A host the data does not know (新桥机场) is read up to the office's word.
    const hostEnd = hostAt(ctx, from) ?? (stationed ? hostBeforeOffice(folded, body.end) : undefined);
    const office =
      hostEnd === undefined ? undefined : (stationed ? /^(代表处|办事处|部队)/ : RESIDENT_OFFICE).exec(folded.slice(hostEnd, hostEnd + 6));
    if (!office) continue;
    const end = hostEnd! + office[0].length;
    const inner = taken.filter((h) => h !== body && h.start >= body.end && h.end <= end);
    if (taken.some((h) => h !== body && !inner.includes(h) && h.start < end && body.end < h.end)) continue;
    const name = folded.slice(body.start, end);
    hits.push({ start: body.start, end, kind: 'co', id: name, name, score: 0.85 });
    absorbed.push(body, ...inner);
  }
  return { hits, absorbed };
}

// The audit office's resident offices in cities (审计署长沙特派员办事处, 审计署驻…特派办 as often written).
const RESIDENT_OFFICE = /^(特派员办事处|特派办)/;
// An office's word starts within a host's reach (MAX_HOST) of the body, or ends within the reach of hostBeforeOffice's
// match (16 characters from 驻): where neither word is written in that stretch there is no office.
const OFFICE_REACH = 16;
const STATIONED_OFFICE_WORD = /代表处|办事处|部队/;
const RESIDENT_OFFICE_WORD = /特派/;

/** Where the host after a body's 驻 ends when an office's word closes it within a few characters, or undefined. */
function hostBeforeOffice(folded: string, at: number): number | undefined {
  const m = OFFICE.exec(folded.slice(at, at + 16));
  return m ? at + m[0].length - m[1]!.length : undefined;
}
