import type { EntityCandidate, PlaceInfo } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { NAME_WORD_TAGS } from './stemWords.ts';

// A notice of changes to divisions names the places a change makes, which no gazetteer holds yet (撤销长丰县，设立合肥市
// 长丰区; 撤销马湖乡，设立马湖镇; 陶楼村更名为陶楼社区) and whose stems are often no name jieba knows (马湖/x|镇, 牌坊/n|
// 回族/nz|满族/nz|镇). The cue says what follows it (or, before 更名为, what precedes it) is a division's name, so the words
// up to a level written at their end are that name, whatever they are, so long as one of them is a name word.

// What opens the name of a division being set up or renamed.
const CUES_BEFORE = ['合并设立', '设立', '更名为', '改名为', '改设为', '改设'];
// What closes the old name of a division being renamed (陶楼村|更名为).
const CUES_AFTER = ['更名为', '改名为'];
// Cues that name a division whatever its words (东风村更名为东风社区, 合并设立新光村); after the others (设立服务站, 设立
// 示范区) a name needs a name word.
const STRONG_CUES = new Set(['更名为', '改名为', '合并设立']);
const LEVELS: [string, PlaceInfo['level']][] = [
  ['街道', 'town'],
  ['社区', 'village'],
  ['镇', 'town'],
  ['乡', 'town'],
  ['村', 'village'],
  ['区', 'county'],
  ['县', 'county'],
  ['旗', 'county'],
  ['市', 'city'],
];
// Tags of words no name is made of: function words, numbers, pronouns, directions.
const FUNCTION_TAGS = /^(p|c|u|uj|ul|uz|ug|ud|r|m|q|y|e|o|w|f|d|v|vn|b)$/;
const MAX_NAME = 8;
const SOURCE = 'places';

/** Divisions named right after a cue of change (设立, 更名为) or right before 更名为, and the readings inside them they undo. */
export function renamedDivisions(
  ctx: EntityContext,
  known: readonly EntityCandidate[],
): { found: EntityCandidate[]; undone: Set<EntityCandidate> } {
  const { folded, text, seg } = ctx;
  const found: EntityCandidate[] = [];
  const undone = new Set<EntityCandidate>();
  const add = (start: number, end: number, level: PlaceInfo['level']) => {
    const inside = known.filter((c) => c.start >= start && c.end <= end);
    if (inside.some((c) => c.start === start && c.end === end)) return;
    for (const c of inside) undone.add(c);
    found.push({ type: 'place', start, end, surface: text.slice(start, end), score: 0.7, source: SOURCE, place: { level } });
  };
  for (const cue of CUES_BEFORE) {
    for (let at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + cue.length)) {
      // 合并设立 holds 设立: read once, from the longer cue.
      if (cue === '设立' && folded.startsWith('合并', at - 2)) continue;
      let start = at + cue.length;
      if (!seg.boundaries.has(start)) continue;
      // 设立合肥市|长丰区: a city or province written with its level first is the parent of the name, no part of it.
      const parent = known.find((c) => c.start === start && /[省市]$/.test(c.surface) && c.place?.level !== 'zone');
      if (parent) start = parent.end;
      const name = nameFrom(ctx, start, STRONG_CUES.has(cue));
      if (name) add(start, name.end, name.level);
    }
  }
  for (const cue of CUES_AFTER) {
    for (let at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + cue.length)) {
      const old = nameBefore(ctx, at);
      if (old) add(old.start, at, old.level);
    }
  }
  return { found, undone };
}

/** The name of whole words from `start` to the first level written at a word's end, if its words may make a name. */
function nameFrom(ctx: EntityContext, start: number, strong: boolean): { end: number; level: PlaceInfo['level'] } | undefined {
  const { seg, folded } = ctx;
  let named = false;
  for (let k = seg.tokenAt[start]!; k >= 0 && k < seg.tokens.length; k++) {
    const t = seg.tokens[k]!;
    if (k === seg.tokenAt[start] && t.start !== start) return undefined;
    if (!isHan(t.word) || t.end - start > MAX_NAME) return undefined;
    const level = levelEnding(t.word);
    // 镇/n, 社区/n: the level as a word of its own ends the name; a word ending with it (罗塘镇/x, 新区/n) too. Without a
    // name word, a stem of one character is none (更名为|新区 'a new area').
    const stem = level ? t.end - start - level[0].length : 0;
    // 乡村/n, 园区/n: a common word that ends with a level names none; the level alone or a name that ends with it does.
    if (level && stem >= 1 && (t.word === level[0] || NAME_WORD_TAGS.test(t.tag)))
      return named || NAME_WORD_TAGS.test(t.tag) || (strong && stem >= 2) ? { end: t.end, level: level[1] } : undefined;
    if (FUNCTION_TAGS.test(t.tag) || folded[t.end] === '、') return undefined;
    named ||= NAME_WORD_TAGS.test(t.tag);
  }
  return undefined;
}

/** The name of whole words ending at `end` with a level, back to a word that is no part of a name or a place before it. */
function nameBefore(ctx: EntityContext, end: number): { start: number; level: PlaceInfo['level'] } | undefined {
  const { seg, folded } = ctx;
  const last = seg.tokens[seg.tokenAt[end - 1]!];
  if (!last || last.end !== end) return undefined;
  // 杨/nr|庙街/ns|道/q: jieba may cut the level itself apart, so it is read from the characters.
  const level = levelEnding(folded.slice(Math.max(0, end - 2), end));
  if (!level) return undefined;
  const levelStart = end - level[0].length;
  let start = end;
  let named = false;
  for (let k = seg.tokenAt[end - 1]!; k >= 0; k--) {
    const t = seg.tokens[k]!;
    const ofLevel = t.end > levelStart;
    if (!isHan(t.word) || (!ofLevel && FUNCTION_TAGS.test(t.tag)) || end - t.start > MAX_NAME) break;
    // 朱巷镇|的|杨庙街道: a place written with its level before the name is its parent, no part of it.
    if (!ofLevel && levelEnding(t.word)) break;
    start = t.start;
    named ||= NAME_WORD_TAGS.test(t.tag);
  }
  return named && levelStart > start ? { start, level: level[1] } : undefined;
}

function levelEnding(word: string): [string, PlaceInfo['level']] | undefined {
  return LEVELS.find(([l]) => word.endsWith(l));
}
