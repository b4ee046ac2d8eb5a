import type { EntityContext } from '../context.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { wordEndingAt, wordStartingAt } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { isHan } from '../../text/han.ts';

const CUSTOMS = '海关';
const MAX_PORT = 4;
const PORT_LEVELS = ['市', '区', '县', '镇', '街道', '乡'];

/**
 * A customs office named by its port: 拱北|海关, 斗门|海关 where jieba cuts before 海关, and 舟|山海关 or 黄埔海关 where it
 * cuts across or keeps the whole as one word (it knows the pass 山海关). The port starts a word and ends where 海关
 * starts; the place-led reader has the customs of a full place name (杭州海关) already.
 */
export function cityCustoms(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (let at = folded.indexOf(CUSTOMS); at >= 0; at = folded.indexOf(CUSTOMS, at + 1)) {
    if (cover.any(at, at + CUSTOMS.length)) continue;
    const start = seg.boundaries.has(at) ? wordPortBefore(ctx, at) : gluedPortBefore(ctx, at);
    if (start === undefined || cover.any(start, at)) continue;
    const name = folded.slice(start, at + CUSTOMS.length);
    out.push({ start, end: at + CUSTOMS.length, kind: 'co', id: name, name, score: 0.75 });
  }
  return out;
}

/** 拱北|海关: the word before a 海关 that stands as a word of its own. */
function wordPortBefore(ctx: EntityContext, at: number): number | undefined {
  const { seg, gaz } = ctx;
  if (wordStartingAt(seg, at)?.word !== CUSTOMS) return undefined;
  const port = wordEndingAt(seg, at);
  if (!port || port.word.length < 2 || port.word.length > MAX_PORT || !isHan(port.word)) return undefined;
  // A word jieba tags a place counts (二连); a country before 海关 (中国海关) names the service, not one office.
  if (port.tag === 'ns') return worldNames().get(port.word)?.type === 'place' && !gaz.byName.has(port.word) ? undefined : port.start;
  return isPort(ctx, port.word) ? port.start : undefined;
}

/** 舟|山海关, 黄埔海关: the longest port name that starts a word and runs into the word holding 海关. */
function gluedPortBefore(ctx: EntityContext, at: number): number | undefined {
  for (let len = Math.min(MAX_PORT, at); len >= 2; len--) {
    const start = at - len;
    if (ctx.seg.boundaries.has(start) && isPort(ctx, ctx.folded.slice(start, at))) return start;
  }
  return undefined;
}

/**
 * A port is a city, county or province by its name (舟山, 大连) or a short name whose full form is a city or county (黄埔区,
 * 斗门区), or a town of the report's own city (拱北街道 in a 珠海 report; 口岸 is also a town far away, and a word).
 */
function isPort(ctx: EntityContext, name: string): boolean {
  const { gaz, home } = ctx;
  if (gaz.byName.get(name)?.some((p) => p.level !== 'town')) return true;
  return PORT_LEVELS.some((level) =>
    gaz.byName
      .get(name + level)
      ?.some((p) => p.level === 'city' || p.level === 'county' || (home.city !== undefined && p.cityCode === home.city.cityCode)),
  );
}
