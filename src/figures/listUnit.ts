import { readUnit, type UnitMatch } from './units.ts';

// 分别比上年提高0.8、0.3和1.1个百分点, 分别为12、15和18个: the numbers of a 分别 list written with one unit after the last
// share it. Only after 分别 or 依次 in the clause, so that list labels and codes (1、2、3) stay bare.
const LIST_AFTER = /(?:\s*[、和与及]\s*\d+(?:\.\d+)?){1,6}/y;
const ORDER_BEFORE = /(?:分别|依次)[^,，。;；:：\d]{0,10}(?:\d+(?:\.\d+)?\s*[、和与及]\s*)*$/;
const MAX_BEFORE = 40;
// A date or a time written as a list (分别于2019、2020和2021年) is no quantity.
const TIME_UNIT = /^(?:年|月|日|号|时|点|届|期)$/;

/** The unit a bare number of a 分别 list takes from the last number of the list, ending at the bare number. */
export function listUnit(folded: string, start: number, numEnd: number): UnitMatch | undefined {
  const next = folded.charCodeAt(numEnd);
  // 、 和 与 及 and a space: anything else after the number ends the question at once.
  if (next !== 0x3001 && next !== 0x548c && next !== 0x4e0e && next !== 0x53ca && next !== 0x20) return undefined;
  LIST_AFTER.lastIndex = numEnd;
  const list = LIST_AFTER.exec(folded);
  if (!list) return undefined;
  const unit = readUnit(folded, numEnd + list[0].length);
  if (!unit || TIME_UNIT.test(unit.baseUnit) || unit.end <= numEnd + list[0].length) return undefined;
  if (!ORDER_BEFORE.test(folded.slice(Math.max(0, start - MAX_BEFORE), start))) return undefined;
  return { ...unit, end: numEnd, approximate: false, spans: [] };
}
