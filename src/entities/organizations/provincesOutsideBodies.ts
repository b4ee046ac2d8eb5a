// A school, hospital, co-operative or firm of a city or county written after its province (湖南省|长沙市第一中学,
// 山东省|聊城市东昌府区妇幼保健院, 吉林省|梨树县…专业合作社): the province tells the reader where the city lies and is no word
// of the body's name, which is registered from its own place on. The news gold reads it so (吉林|东丰县第五中学教导处,
// 黑龙江省|阿城市委), and placeWrittenBodies already does for a place's own bodies (河南省|兰考县委).
import type { EntityContext } from '../context.ts';
import type { GazMatch } from '../places/matchGazetteer.ts';
import type { OrgHit } from './orgHit.ts';

// A province by its full name: its short one (吉林, 海南) is as often a city's or a word's.
const PROVINCE_FULL = /(省|自治区)$/;

/** Cuts, in place, the province written before a lower place at the head of a body's name; the hits it cut. */
export function provincesOutsideBodies(ctx: EntityContext, hits: OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  let byStart: Map<number, GazMatch> | undefined;
  const cut: OrgHit[] = [];
  for (const h of hits) {
    if (!PROVINCE_HEAD.test(folded.slice(h.start, h.start + 8))) continue;
    byStart ??= new Map(ctx.gazMatches.map((m) => [m.start, m]));
    const province = byStart.get(h.start)?.places.find((p) => p.level === 'province');
    const at = byStart.get(h.start)?.end ?? 0;
    if (!province || !PROVINCE_FULL.test(folded.slice(h.start, at))) continue;
    // The place after it lies in it and the body goes on after that place (not 湖南省|长沙市 read as a body of its own).
    const next = byStart.get(at);
    if (!next || next.end >= h.end || !next.places.some((p) => p.level !== 'province' && p.provinceCode === province.code)) continue;
    const surface = folded.slice(h.start, h.end);
    const own = folded.slice(at, h.end);
    // A name built apart from the surface (a place's body by its code) is its recognizer's to write.
    if (h.name !== surface && h.name !== own) continue;
    if (h.id === h.name) h.id = own;
    Object.assign(h, { start: at, name: own });
    cut.push(h);
  }
  return cut;
}

// Cheap first test: a province's full name is two to seven characters and ends on 省 or 自治区.
const PROVINCE_HEAD = /^.{2,4}(省|自治区)/;
