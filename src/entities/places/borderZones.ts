import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { wordEndingAt } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { isHan } from '../../text/han.ts';
import { GENERIC_STEMS } from './placeStems.ts';
import { placeCandidate } from './placeCandidate.ts';
import { isStatePair } from './statePairZones.ts';

// Zones of the border and abroad whose class jieba cuts into words of the language (东兴|边境|经济|合作|区新/x, 中哈|
// 霍尔果斯|国际|边境|合作|中心, 老挝|磨丁/x|经济特区), so that no suffix ends a word there: the class is found in the text,
// and the name is the one name word right before it.
const CLASSES = /(?:边境经济合作区|跨境经济合作区|国际边境合作中心|边境合作中心|经济特区)/g;
// Words that name a place, or that jieba did not know (磨丁/x, 西哈努克港/ns).
const NAME_TAGS = /^(ns|nr|nrt|nz|x|j)$/;

/**
 * 临沧边境经济合作区, 中哈霍尔果斯国际边境合作中心, 磨丁经济特区: the name word before the class and the class, with the pair
 * of states that builds the zone when one opens it (中哈/x: China and Kazakhstan). Not the kind of zone after a place's
 * level or a verb (全省|边境经济合作区, 推进|边境经济合作区, 兴办|经济特区), nor after a country (中国|经济特区).
 */
export function findBorderZones(ctx: EntityContext): EntityCandidate[] {
  const { folded, text, seg } = ctx;
  const out: EntityCandidate[] = [];
  if (!folded.includes('合作') && !folded.includes('经济特区')) return out;
  for (const m of folded.matchAll(CLASSES)) {
    const at = m.index;
    if (!seg.boundaries.has(at)) continue;
    const word = wordEndingAt(seg, at);
    // 西哈努克/nrt|港/j|经济特区: a port city's 港 jieba cut from its transliterated name is part of the zone's name.
    const port = word?.word === '港' ? wordEndingAt(seg, word.start) : undefined;
    const name = port && /^(nrt|ns|x)$/.test(port.tag) && port.word.length >= 2 ? { ...port, word: port.word + '港', end: at } : word;
    if (!name || name.word.length < 2 || !isHan(name.word) || GENERIC_STEMS.has(name.word)) continue;
    if (!NAME_TAGS.test(name.tag) && !ctx.gaz.byName.has(`${name.word}市`) && !ctx.gaz.byName.has(`${name.word}县`)) continue;
    if (worldNames().get(name.word)?.place?.level === 'country') continue;
    const pair = wordEndingAt(seg, name.start);
    const start = pair && isStatePair(pair.word) ? pair.start : name.start;
    out.push(placeCandidate(text, start, at + m[0].length, 'zone', 0.75, 'borderZones'));
  }
  return out;
}
