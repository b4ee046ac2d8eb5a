import { tagOf, wordParts, type Token } from '../segment.ts';
import { isGenericWord } from '../namedOrClass.ts';

/**
 * 天津经济技术开发区/nt, 东湖新技术开发区/nt: a zone jieba knows whole as a body's name, opened by a place word (天津/ns,
 * 东湖/ns), is the zone, a place (its 管委会 is the body).
 */
export function namedBodyZone(tok: Token, stemEnd: number): boolean {
  return tok.tag === 'nt' && stemEnd - tok.start >= 2 && tagOf(wordParts(tok.word)[0]!) === 'ns';
}

// Zones named by a name of their own, never by a trade (园区 and 开发区 are: 汽车|产业园, 食品|工业园).
const NAMED_ZONES = /^(新区|保税区|综合保税区|特殊综合保税区|保税港区|片区|新片区|科学城|科技城|生态城)$/;

/**
 * 广西|凭祥/n|综合保税区, 四川|天府/n|新区, 上海|外高桥/n|保税区: a word before a named zone's suffix that is no generic word
 * is the zone's own name, though jieba reads it as a common noun; the place written before it is where the zone lies, not
 * part of its name (as 光山县|电子商务|产业园 is, whose trade names nothing).
 */
export function ownZoneName(t: Token, suffix: string): boolean {
  return NAMED_ZONES.test(suffix) && t.word.length >= 2 && !isGenericWord(t);
}

/**
 * Where a zone's name stops, read back from its suffix: an area's name at the zone it is an area of (自贸试验区|武汉|片区),
 * a free trade zone's at the first word that is no place's (建设|好|中国|上海|自由贸易试验区).
 */
export function zoneStemStops(t: Token, suffix: string): boolean {
  if (suffix === '片区') return /区$/.test(t.word);
  return /^(自由贸易试验区|自贸试验区)$/.test(suffix) && t.tag !== 'ns';
}

/**
 * 正定/d|高新技术产业开发区: a county's name that jieba takes for another word (正定 'correct') still names the zone right
 * after it, as a place word would; a word of position does not, though it is a county's name too (南部/f|片区 of
 * 镇区东部、南部片区: the southern part of the town).
 */
export function placeBeforeZone(t: Token, stemStart: number, countyShortName: (word: string) => boolean, gazSpans: Set<string>): boolean {
  return t.end === stemStart && t.tag !== 'f' && (countyShortName(t.word) || gazSpans.has(`${t.start}:${t.end}`));
}
