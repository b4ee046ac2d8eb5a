import { tagOf } from '../segment.ts';
import { CUES_BEFORE } from '../people/nameCues.ts';
import { TITLES_BEFORE } from '../people/personNames.ts';
import { FEATURE_GENERIC_CHARS } from './placeStems.ts';

// The words around a water's name that tell where the name of a river, lake or bay starts and ends (suffixPlaces.ts).

// Works built on a water, written after its name (南湾|水库).
export const BUILT_ON = /^(水库|水电站|电站|大坝|大桥|机场|码头|隧道|枢纽|灌区)$/;
// The one-character suffixes of waters.
export const FEATURE_CHARS = new Set([...'河江湖溪']);
// What opens a word for the side of a water (滨江, 沿河, 临湖, 环湖).
const WATERSIDE = new Set([...'滨沿临环']);
/** 沿|长江, 临|太湖: a side-of-water character standing alone before a water's name is a preposition ('along'), no part of it. */
export const isWatersideChar = (c: string) => c.length === 1 && WATERSIDE.has(c);
// Parts and sides of a river, written after its name.
export const RIVER_PARTS = /^(流域|河道|干流|支流|两岸|沿岸|岸线|上游|中游|下游|河段|水系|水域|河口|入海口|源头)$/;

// What a bulletin says of a river right after its name: its water's quality, a monitoring section on it.
const RIVER_READINGS = /^(水质|断面)$/;

/**
 * A part of a river, a reading of it (水质, 断面), or a division it runs through and 段 (郴江|苏仙区|段, the stretch in
 * that district): `next` is the word right after a name, `gazSpans` the gazetteer's places as "start:end".
 */
export function riverPartAfter(folded: string, next: { word: string; start: number; end: number }, gazSpans: Set<string>): boolean {
  if (RIVER_PARTS.test(next.word) || RIVER_READINGS.test(next.word)) return true;
  return folded[next.end] === '段' && gazSpans.has(`${next.start}:${next.end}`);
}

// Posts and roles written right before a person's name (书记|杨秀江, 市长|王海江, 县委书记|…).
const ROLES_BEFORE_NAME = new Set([...TITLES_BEFORE, ...CUES_BEFORE]);

/** A word that is or ends with a post or role (县委书记): a water's name never opens right after one, a person's does. */
export const endsWithRole = (w: string) =>
  w.length >= 2 && (ROLES_BEFORE_NAME.has(w) || ROLES_BEFORE_NAME.has(w.slice(-2)) || ROLES_BEFORE_NAME.has(w.slice(-3)));

/** A lake, river or sea by its name (太湖, 洞庭湖), not a word for waters in general (湖海, 江河). */
export const namedWater = (w: string) => w.length >= 2 && /[湖江河海]$/.test(w) && !FEATURE_GENERIC_CHARS.has(w[0]!);

/** 陆浑水库|和洛河/nr: jieba glued a conjunction to a river it knows by name (洛河/ns); the river starts after it. */
export const gluedConjunctionRiver = (word: string) => word.length === 3 && /^[和与及]/.test(word) && tagOf(word.slice(1)) === 'ns';

// Verbs of a ship's moving that jieba glues to 港 as a place word (回港/ns 'return to port', 进港, 离港): no port's name.
const INTO_PORT = new Set([...'回进出离入抵返靠泊停']);

/** 滨江, 沿河: the side of a water; 回港, 进港: a ship's return to or leaving of port, read by jieba as a place word. */
export const sideOrMoveWord = (word: string) =>
  word.length === 2 && (WATERSIDE.has(word[0]!) || (word[1] === '港' && INTO_PORT.has(word[0]!)));
