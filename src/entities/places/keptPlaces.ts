import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { wordEndingAt, wordStartingAt } from '../segment.ts';
import { countyStems } from './countyStems.ts';
import { CLASSES_KEEPING_PLACE } from '../data/landmarkClasses.ts';
import { worldNames } from '../world/worldNames.ts';
import { isHan } from '../../text/han.ts';
import { LEVEL_WRITTEN, NOT_IN_NAME } from './reserveNames.ts';

// Where the name of a ground read by its class noun (namedLandmarks.ts) starts, given the words and places before it.

/** Classes whose name may take in the words before it that name a place: the classes keeping a place, and 口岸. */
export const CLASSES_OF_NAMES = new Set([...CLASSES_KEEPING_PLACE, '口岸']);

// The ways a port of entry is crossed, which name a kind of port (公路口岸), not one.
const PORT_MODES = /^(公路|铁路|航空|水运|水路|陆路|空港|海港|河港)$/;

/** A scenic area's, a memorial's or a national park's name keeps the place written right before it (喀什|古城|景区). */
export function keptPlace(ctx: EntityContext, start: number, cls: string, placeEnding: Map<number, EntityCandidate>): number {
  if (!CLASSES_OF_NAMES.has(cls)) return start;
  const before = wordEndingAt(ctx.seg, start);
  // 武落/x|钟离山|景区: a word jieba did not know, right before, is the head of the name.
  // Not a province written with its level (越南|河江省/x|清水|口岸): that is where the port lies.
  if (before && before.tag === 'x' && before.word.length >= 2 && isHan(before.word) && !LEVEL_WRITTEN.test(before.word))
    return before.start;
  // 都/d|拉塔/nrt|口岸: a transliterated name of two characters is the tail of one jieba cut after its first character.
  const name = wordStartingAt(ctx.seg, start);
  if (before?.word.length === 1 && name?.tag === 'nrt' && name.word.length === 2 && isHan(before.word) && !NOT_IN_NAME.has(before.word))
    return before.start;
  // 珠海|公路|口岸, 二连浩特|公路|口岸: a port of entry named by the way it is crossed is named by the place before that too.
  if (cls === '口岸' && PORT_MODES.test(name?.word ?? '')) return placeEnding.get(start)?.start ?? start;
  if (!CLASSES_KEEPING_PLACE.has(cls)) return start;
  const place = placeEnding.get(start);
  // 布尔津县|喀纳斯|景区: a division written with its level word is where the ground lies, not part of its name.
  if (place) return place.place?.level === 'country' || LEVEL_WRITTEN.test(place.surface) ? start : place.start;
  // 平遥/a|古城|景区, 东北/ns|虎豹|国家公园: a county's short form or a region of China that jieba read as another word.
  if (!before || before.word.length < 2) return start;
  // 鸣沙山/ns|月牙泉|景区: a mountain or lake jieba knows by name, right before, is part of the ground's name.
  if (before.tag === 'ns' && before.word.length >= 3 && /[山岭峰湖]$/.test(before.word)) return before.start;
  const region = worldNames().get(before.word)?.place;
  const named = countyStems(ctx.gaz).has(before.word) || (region?.level === 'region' && region.path?.[0] === '中国');
  return named ? before.start : start;
}
