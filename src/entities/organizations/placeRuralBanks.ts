import type { EntityContext } from '../context.ts';
import { coverage, type OrgHit } from './orgHit.ts';

// A county's or city's rural commercial bank or rural credit union, one to a place (its 农村信用合作联社 became its
// 农村商业银行): named by the place and words that are otherwise a kind (农村|商业银行 is any), as 县农商银行 is by the level.
// 农商行 is the short form news gives 农商银行 (兰陵农商行).
const RURAL_BANK = /^(农村商业银行|农商银行|农商行|农村合作银行|农村信用合作联社|农村信用联社|农村信用合作社|农村信用社)/;

/** 临沭县农村信用合作联社, 临沭农村商业银行: a place's rural bank or credit union, written after the place's name. */
export function placeRuralBanks(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  let cover: ReturnType<typeof coverage> | undefined;
  for (const m of ctx.gazMatches) {
    if (folded.charCodeAt(m.end) !== FIRST) continue;
    if (!m.places.some((p) => p.level === 'county' || p.level === 'city')) continue;
    const bank = RURAL_BANK.exec(folded.slice(m.end, m.end + 8))?.[0];
    if (!bank || !seg.boundaries.has(m.end + bank.length)) continue;
    cover ??= coverage(folded.length, taken);
    const end = m.end + bank.length;
    if (cover.any(m.start, end)) continue;
    const name = folded.slice(m.start, end);
    const hit: OrgHit = { start: m.start, end, kind: 'co', id: name, name, score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

const FIRST = '农'.charCodeAt(0);
