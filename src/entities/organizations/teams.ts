import type { EntityContext } from '../context.ts';
import type { GazPlace } from '../places/gazetteer.ts';
import { placeOfLevel } from './orgNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import type { PlaceChain } from './placeBodies.ts';
import { endsOf, matchesEndingAt } from '../../text/matchesNear.ts';
import { isListJoiner } from '../../text/listJoiners.ts';

const INSPECTION_TEAM = /(中央|[省市区县旗]委)?(第[一二三四五六七八九十0-9]+)?(巡视组|巡察组)/g;
const TEAM_WORDS = ['巡视组', '巡察组'];
const TEAM_NUMERALS = /[一二三四五六七八九十0-9]/;

/** How many of a team's number's characters stand right before `at`. */
function numeralsBefore(folded: string, at: number): number {
  let n = 0;
  while (at - n > 0 && TEAM_NUMERALS.test(folded[at - n - 1]!)) n++;
  return n;
}

/** 省委第二巡视组; 省委巡视组 and 巡视组 stand for it when it is the only numbered team of the report. */
export function inspectionTeams(folded: string, home: EntityContext['home'], taken: OrgHit[], chains: PlaceChain[]): OrgHit[] {
  const out: OrgHit[] = [];
  // Most reports name no team: the pattern, which opens on optional parts, is not tried at every character of theirs.
  if (!folded.includes('巡视组') && !folded.includes('巡察组')) return out;
  // Every match ends with a team's word, and reaches back over its number (however long) and its sender.
  const stops = endsOf(folded, TEAM_WORDS);
  let longest = 0;
  for (const stop of stops) longest = Math.max(longest, numeralsBefore(folded, stop - 3));
  const found: { start: number; end: number; level: string; number: string; kind: string }[] = [];
  for (const m of matchesEndingAt(folded, INSPECTION_TEAM, stops, longest + 6)) {
    const level = m[1] ?? '';
    // 区委第一巡察组、第二巡察组: a numbered team listed right after another shares its sender.
    const prev = found[found.length - 1];
    const shared = !level && m[2] && prev?.level && prev.number && prev.end === m.index! - 1 && isListJoiner(folded[prev.end]!);
    found.push({ start: m.index!, end: m.index! + m[0].length, level: shared ? prev.level : level, number: m[2] ?? '', kind: m[3]! });
  }
  const cover = coverage(folded.length, taken);
  const numbered = found.filter((f) => f.number && f.level);
  const teamsOf = (level: string) => [
    ...new Set(numbered.filter((f) => !level || f.level === level).map((f) => `${f.level}${f.number}${f.kind}`)),
  ];
  // 成都市委第四巡察组: the team of the place written before it, whatever the report's own level words mean.
  const writtenPlace = new Map<string, GazPlace>();
  for (const f of found) {
    const chain =
      f.level && f.level !== '中央' ? chains.find((c) => c.end === f.start + 1 && c.place.name.endsWith(f.level[0]!)) : undefined;
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
    const m = team.match(/^(中央|[省市区县旗]委)(第[一二三四五六七八九十0-9]+)?(巡视组|巡察组)$/)!;
    const name = nameOf(m[1]!, m[2] ?? '', m[3]!);
    if (cover.any(f.start, f.end)) continue;
    out.push({ start: f.start, end: f.end, kind: 'team', id: name, name, score: f.number ? 0.95 : 0.85 });
  }
  return out;
}

/**
 * 中央第三生态环境保护督察组, 省第二安全生产督导组: a numbered team of the centre or a province sent on one field's
 * inspection (督察, 督导, 督查), named as written; without a number or a level it is any team of that kind.
 */
export function fieldTeams(folded: string, taken: OrgHit[]): OrgHit[] {
  const out: OrgHit[] = [];
  if (!/督[察导查]组/.test(folded)) return out;
  const cover = coverage(folded.length, taken);
  for (const m of folded.matchAll(/(中央|国务院|[省市]委?)(第[一二三四五六七八九十0-9]+)([\u4e00-\u9fff]{2,10}?)(督察组|督导组|督查组)/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (/[、和及与的等各在对]/.test(m[3]!) || cover.any(start, end)) continue;
    const name = m[0];
    const hit: OrgHit = { start, end, kind: 'team', id: name, name, score: 0.9 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

const TEAM = '纪检监察组';

/** 驻集团纪检监察组, 驻厅纪检监察组: the discipline team a higher body stations in an institution, named as written. */
const DISCIPLINE = /(纪委|监委|纪律检查委员会|监察委员会)$/;

export function stationedTeams(folded: string, hits: OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const out: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  if (!folded.includes('纪检监察组')) return { hits: out, absorbed };
  const cover = coverage(folded.length, hits);
  for (const m of folded.matchAll(/驻([\u4e00-\u9fff]{1,10}?)纪检监察组/g)) {
    // 派驻市卫生健康委纪检监察组 is written with 派 as often as without: the name is as written.
    let start = folded[m.index! - 1] === '派' ? m.index! - 1 : m.index!;
    const end = m.index! + m[0].length;
    // 驻海关总署纪检监察组, 驻县自然资源和规划局纪检监察组: the body it is stationed in, read whole, is part of its name.
    const inner = m.index! + 1;
    const host = hits.filter((h) => h.start >= inner && h.end <= end - TEAM.length);
    const hosted = host.some((h) => h.start === inner && h.end === end - TEAM.length);
    // 各驻部门纪检监察组, 驻教育部和科技部纪检监察组: every team of a kind, or of two bodies, not one; 和 inside a body's name
    // (自然资源和规划局) joins no two bodies.
    const kind =
      (!hosted && (/[、及与的等各在对]/.test(m[1]!) || /[部局委厅署办院]和/.test(m[1]!))) ||
      /^(部门|单位|机关|企业|高校)$/.test(m[1]!) ||
      /各派?$/.test(folded.slice(start - 2, start));
    // 县纪委监委派驻第五纪检监察组, 市纪委监委驻市国资委纪检监察组: a team written right after the discipline body that
    // sends it is named with it.
    // (国家监委驻国家卫生健康委纪检监察组: and so is one the national discipline body sends.)
    const sendsAt = (at: number) =>
      hits.find((h) => h.end === at && (h.kind === 'jw' || (h.kind === 'nat' && DISCIPLINE.test(folded.slice(h.start, h.end)))));
    const sender = kind ? undefined : sendsAt(start);
    if (sender) {
      // 中央纪委国家监委驻中国建设银行纪检监察组: the commission and the supervisory body that work as one are both its
      // sender, written one after the other.
      // (jieba's 中央纪委/nt is read as the dictionary's body, of another kind.)
      const partner = hits.find((h) => h.end === sender.start && DISCIPLINE.test(folded.slice(h.start, h.end)));
      absorbed.push(sender, ...(partner ? [partner] : []), ...host);
      start = (partner ?? sender).start;
      const name = folded.slice(start, end);
      const hit: OrgHit = { start, end, kind: 'team', id: name, name, score: 0.9 };
      out.push(hit);
      continue;
    }
    if (kind || cover.any(start, inner) || cover.any(end - TEAM.length, end)) continue;
    const hit: OrgHit = { start, end, kind: 'team', id: m[0], name: folded.slice(start, end), score: 0.85 };
    absorbed.push(...host);
    out.push(hit);
    cover.add(hit);
  }
  return { hits: out, absorbed };
}
