import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { worldNames } from '../world/worldNames.ts';
import { placeCandidate } from './placeCandidate.ts';
import { countyStems } from './countyStems.ts';

// A road or street named after a place: the place's name and the class noun, one word to jieba (韶山路, 长安街).
const ROAD = /^([\u4e00-\u9fff]{2,})(大街|大道|路|街)$/;

/**
 * A road or street that jieba reads as one place word (韶山路/ns) and whose name is a place the gazetteer (a county by its
 * short form too), or the world data knows (韶山, 南京): not an idiom that ends so (广开门路/ns), nor the roads of common nouns (高速公路, 快速路).
 */
export function findRoadNames(ctx: EntityContext): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < ctx.seg.tokens.length; i++) {
    const t = ctx.seg.tokens[i]!;
    if (t.tag !== 'ns') continue;
    const m = ROAD.exec(t.word);
    const stem = m?.[1];
    if (!stem || (!ctx.gaz.byName.has(stem) && !countyStems(ctx.gaz).has(stem) && !worldNames().has(stem))) continue;
    out.push(placeCandidate(ctx.text, t.start, t.end, 'feature', 0.7, 'roads'));
  }
  return out;
}
