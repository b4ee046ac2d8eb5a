import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { tagOf, wordEndingAt, wordParts, wordStartingAt, type Segmentation } from '../segment.ts';
import { worldNames, type WorldName } from './worldNames.ts';
import { fullStateNames, stateFormAfter } from './stateForms.ts';
import { colonyOpening, insideColonyWord } from './colonies.ts';
import { CUES_BEFORE } from '../people/nameCues.ts';
import { dynastyEndingAt } from '../people/historicalNames.ts';
import { occurringWords, wordIndex, type WordIndex } from '../../text/occurrences.ts';

const SOURCE = 'world';

// What jieba's dictionary glues to a country's or region's name as one word: a post (法国总理, 德国总理), a nationality
// (荷兰人, 日本籍), its countries or its question (东欧各国, 拉美国家, 中东问题).
const AFTER_COUNTRY = new Set([...CUES_BEFORE, '人', '籍', '各国', '国家', '问题']);
const AFTER_COUNTRY_LONGEST = Math.max(...[...AFTER_COUNTRY].map((w) => w.length));

let index: WordIndex | undefined;

/** Every written form of a name, indexed once: a report is scanned for them all in one pass. */
function nameIndex(): WordIndex {
  return (index ??= wordIndex([...worldNames().keys()]));
}

/** The names found at each offset, by offset and longest first. */
function namesByStart(folded: string): { at: number; name: string }[] {
  const { words } = nameIndex();
  const found: { at: number; name: string }[] = [];
  // Only the names the text holds (text/occurrences' occurringWords), not every index of the world's thousands of names.
  const held = occurringWords(folded, nameIndex());
  for (let n = 0; n < held.words.length; n++) for (const at of held.at[n]!) found.push({ at, name: words[held.words[n]!]! });
  return found.sort((a, b) => a.at - b.at || b.name.length - a.name.length);
}

/**
 * Countries and territories, world regions, former states, large cities and capitals, and international organizations
 * under every written form (世界贸易组织 / 世贸组织): the longest name that starts and ends on word boundaries.
 */
export function findWorld(ctx: EntityContext): EntityCandidate[] {
  const { folded, text, seg } = ctx;
  const names = worldNames();
  const out: EntityCandidate[] = [];
  const found = namesByStart(folded);
  // The offset the next name may start at (past the last one read), and the last offset a name was judged at.
  let free = 0;
  let judged = -1;
  for (const { at: i, name } of found) {
    if (i < free || i === judged || !wordBoundary(seg, i, folded)) continue;
    const end = i + name.length;
    // 南亚地区, 亚洲地区 (one word to jieba): the region under a longer form, one entity with the bare name.
    const regionForm = folded.startsWith('地区', end) && wordBoundary(seg, end + 2);
    if (!regionForm && !wordBoundary(seg, end)) continue;
    const hit: WorldName = names.get(name)!;
    if (regionForm && hit.type !== 'place') continue;
    // The longest name read at an offset that stands whole decides it: a shorter one there is not asked.
    judged = i;
    if (pronounCrossesInto(seg, folded, i, end)) continue;
    // 大宋·东京, 北宋|东京城: a city after a dynasty is that age's capital of the same name, not the city abroad.
    if (hit.place?.level === 'city' && dynastyEndingAt(ctx, i) !== undefined) continue;
    // A city between two nouns is still the city (评价|加的夫|首脑会: jieba tags 评价 a noun); a country or region so
    // placed is a modifier (时代|中国|特色社会主义).
    if (hit.type === 'place' && hit.place?.level !== 'city' && insideCompound(seg, i, end)) continue;
    // 走|中国|特色社会主义道路, 具有|中国|特色: a country before 特色 ('its own characteristics') qualifies the term, whatever
    // stands before it; it names no place.
    if (hit.place?.level === 'country' && wordStartingAt(seg, end)?.word.startsWith('特色')) continue;
    // 实现中华民族伟大复兴的|中国|梦, “中国|梦·劳动美”: a country's dream is an ideal held up, no mention of the place.
    if (hit.place?.level === 'country' && wordStartingAt(seg, end)?.word === '梦') continue;
    // 黄淮中南部, 东北部: a part of somewhere by its direction (but 东欧部分国家 names the region).
    if (hit.place?.level === 'region' && folded[end] === '部' && folded[end + 1] !== '分') continue;
    // 西北方向, 东南侧, 西北风: a region named by two sides of the compass, before a word of bearing, is that bearing.
    if (hit.place?.level === 'region' && COMPASS.test(name) && BEARING_AFTER.test(folded.slice(end, end + 2))) continue;
    // 波兰|人民共和国, 蒙古|人民共和国: a country under its state's full name, as the older reports write the socialist states.
    const stop = regionForm ? end + 2 : hit.place?.level === 'country' ? end + stateFormAfter(ctx, end) : end;
    // 葡属|几内亚: the territory a state held, named in full, in no country's path.
    const colony = hit.type === 'place' && hit.place?.level !== 'city' ? colonyOpening(seg, folded, i) : undefined;
    const from = colony ?? (hit.place?.level === 'region' ? sideOfRegion(ctx, i) : i);
    const surface = text.slice(from, stop);
    out.push({
      type: hit.type,
      start: from,
      end: stop,
      surface,
      ...(from < i ? { canonical: folded.slice(from, end) } : hit.canonical !== folded.slice(i, stop) ? { canonical: hit.canonical } : {}),
      score: 0.9,
      source: SOURCE,
      ...(colony !== undefined ? { place: { level: hit.place!.level } } : hit.place ? { place: hit.place } : {}),
    });
    free = stop;
  }
  const states = fullStateNames(ctx, out);
  return states.length ? [...out, ...states].sort((a, b) => a.start - b.start) : out;
}

/**
 * 其|中国|控|断面: jieba cut the pronoun 其中 ('among them') after its first character and read a country from the second
 * on, leaving the name's last character to a verb of one (国控 'state-monitored'). A pronoun's word that crosses into the
 * name, with a one-character verb after it, names no place (其中国|供应商, its Chinese suppliers, is still China).
 */
function pronounCrossesInto(seg: Segmentation, folded: string, i: number, end: number): boolean {
  const before = wordEndingAt(seg, i);
  const after = wordStartingAt(seg, end);
  return (
    !!before &&
    before.word.length === 1 &&
    tagOf(before.word + folded[i]) === 'r' &&
    !!after &&
    after.word.length === 1 &&
    after.tag.startsWith('v')
  );
}

const SIDES = '东南西北';
const COMPASS = /^[东南西北]{2}$/;
const BEARING_AFTER = /^(方向|方位|风|侧|角)/;

/**
 * 南|高加索, 南|黄海: a side of the world jieba cut off right before a region, opening the clause or after a function word or
 * a mark, names a part of that region (the South Caucasus, the South Yellow Sea). Where the name starts.
 */
function sideOfRegion(ctx: EntityContext, i: number): number {
  const side = wordEndingAt(ctx.seg, i);
  // 南|北美洲: two sides joined (the Americas), no part of one.
  if (!side || side.word.length !== 1 || !SIDES.includes(side.word) || SIDES.includes(ctx.folded[i]!)) return i;
  const before = wordEndingAt(ctx.seg, side.start);
  return !before || !/^[\u4e00-\u9fff]/.test(before.word) || /^(c|p|u|v)/.test(before.tag) ? side.start : i;
}

/**
 * A word boundary, or one between the dictionary words of a body's name jieba kept whole (印度|政府, 美国|财政部), or
 * before the post or nationality jieba glued to a country (法国|总理, 德国|总理, 荷兰|人, 东欧|各国).
 */
function wordBoundary(seg: Segmentation, at: number, folded = ''): boolean {
  if (seg.boundaries.has(at)) return true;
  // 法属圭亚那/ns: a territory's state form and 属 glued to the name (colonies.ts).
  if (folded && insideColonyWord(seg, folded, at)) return true;
  const t = seg.tokens[seg.tokenAt[at]!];
  // Only a short rest can be a post (no string cut from every long word this is asked of).
  if (t && at > t.start && t.end - at <= AFTER_COUNTRY_LONGEST && AFTER_COUNTRY.has(t.word.slice(at - t.start))) return true;
  // 法国巴黎/ns, 英国伦敦/ns, 美国纽约/nz: jieba's dictionary glues a country and its city as one word; where both halves are
  // names of the world (the second perhaps with 地区: 俄罗斯远东地区), each is read.
  if (t && at > t.start && t.word.length >= 4 && gluedWorldNames(t.word, at - t.start)) return true;
  // 原苏联/ns, 原东德/nr, 前南斯拉夫地区/ns: jieba's dictionary glues 'former' to a state that is gone; the state is named.
  if (t && at === t.start + 1 && (t.word[0] === '原' || t.word[0] === '前') && formerCountry(t.word.slice(1))) return true;
  // Only inside a word jieba read as a body's name: 中国特色 is 'Chinese', not China.
  if (!t || t.word.length < 3 || t.tag !== 'nt') return false;
  let edge = t.start;
  for (const p of wordParts(t.word)) {
    edge += p.length;
    if (edge === at) return true;
    if (edge > at) return false;
  }
  return false;
}

/**
 * The word is a country and a city or region in it written together, cut at `cut` (法国|巴黎, 俄罗斯|远东地区); not two
 * countries (捷克斯洛伐克 is one name, read whole first) nor two regions (亚洲太平洋地区).
 */
function gluedWorldNames(word: string, cut: number): boolean {
  const names = worldNames();
  const level = (w: string) => names.get(w)?.place?.level;
  const rest = word.slice(cut);
  const inside = (w: string) => level(w) === 'city' || level(w) === 'region';
  return level(word.slice(0, cut)) === 'country' && (inside(rest) || (rest.endsWith('地区') && inside(rest.slice(0, -2))));
}

function formerCountry(rest: string): boolean {
  const level = (w: string) => worldNames().get(w)?.place?.level;
  return level(rest) === 'country' || (rest.endsWith('地区') && level(rest.slice(0, -2)) === 'country');
}

/** One word jieba glued of a country and a city or region in it (俄罗斯远东地区/ns, 法国巴黎/ns), wherever it is cut. */
export function countryGluedToPlace(word: string): boolean {
  for (let cut = 2; cut <= word.length - 2; cut++) if (gluedWorldNames(word, cut)) return true;
  return false;
}

/**
 * A place name between two common nouns, with no 的 (时代|中国|特色社会主义): a modifier inside a longer term, not a mention
 * of the place; not before a post or a kind of person.
 */
function insideCompound(seg: Segmentation, start: number, end: number): boolean {
  const next = wordStartingAt(seg, end);
  // 战胜/n|塞尔维亚|名将: a post or a kind of person after it says whose the person is, the country (西班牙|选手).
  // 武装/n|西德|军国主义: a country's -ism (军国主义, 帝国主义, 霸权主义) is the country's own doing; it names the country.
  return wordEndingAt(seg, start)?.tag === 'n' && next?.tag === 'n' && !AFTER_COUNTRY.has(next.word) && !next.word.endsWith('主义');
}
