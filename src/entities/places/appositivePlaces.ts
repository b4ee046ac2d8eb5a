import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeInfo, type GazPlace } from './gazetteer.ts';
import { resolvePlace } from './homePlace.ts';
import { placeStemsInAnyReading } from './countyStems.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

const SOURCE = 'appositive-places';
// Words that describe a settlement by its kind or its fame, written before its name as an apposition (江南古镇|西塘,
// 千年古城|平遥, 避暑胜地|北戴河, 中国瓷都|景德镇): what follows is the place itself.
const DESCRIBES_SETTLEMENT = /(古镇|古城|名城|名镇|古都|水乡|小镇|重镇|圣地|胜地|之都|瓷都)$/;
const DESCRIBING_WORD = wordFlag((w) => DESCRIBES_SETTLEMENT.test(w));
// Verbs, function words and numbers: no name (古城|新建|的, 小镇|建设).
const PREDICATE = /^(v|p|c|u|d|m|q)/;
const NAME_TAG = /^(ns|nr|nrt|nz|x|j)$/;
// What joins the next member of a list of such places (西塘、同里; 平遥和丽江).
const JOIN = /^(、|和|与|及)$/;

/**
 * Places written right after a word describing a settlement (江南古镇西塘, 千年古城平遥): the word after it, of two or three
 * characters, is a town, county or city of the gazetteer under its short form (西塘 for 西塘镇, 平遥 for 平遥县), whatever
 * jieba took it for (平遥/a), and so are the members listed after it (西塘、同里/r). The description says a place is meant,
 * so a short form that is also a word of the language is read here.
 */
export function findAppositivePlaces(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const out: EntityCandidate[] = [];
  const describing = tokensWith(seg, DESCRIBING_WORD);
  for (let n = 0; n < describing.length; n++) {
    const k = describing[n]!;
    if (k + 1 >= seg.tokens.length) break;
    for (let j = k + 1; j < seg.tokens.length; j += 2) {
      const t = seg.tokens[j]!;
      const place = appositivePlace(ctx, j, j > k + 1);
      if (!place || seg.tokens[j - 1]!.end !== t.start) break;
      out.push({
        type: 'place',
        start: t.start,
        end: t.end,
        surface: text.slice(t.start, t.end),
        ...(place.name !== t.word ? { canonical: place.name } : {}),
        score: 0.8,
        source: SOURCE,
        place: placeInfo(place),
      });
      if (!JOIN.test(seg.tokens[j + 1]?.word ?? '')) break;
    }
  }
  return out;
}

/**
 * 江南古镇|西塘: a description read by its suffix as a town's name (江/nr|南古镇/ns) right before the place it describes
 * is no place of its own.
 */
export function describesPlaceAt(ctx: EntityContext, name: string, end: number): boolean {
  return (
    DESCRIBES_SETTLEMENT.test(name) && ctx.seg.tokens[ctx.seg.tokenAt[end]!]?.start === end && !!appositivePlace(ctx, ctx.seg.tokenAt[end]!)
  );
}

/** The gazetteer place word `j` names after a description of it, under its full name or short form. */
export function appositivePlace(ctx: EntityContext, j: number, listed = false): GazPlace | undefined {
  const t = ctx.seg.tokens[j];
  if (!t || t.word.length < 2 || t.word.length > 3 || !isHan(t.word) || PREDICATE.test(t.tag)) return undefined;
  // 古城|古镇: a description after another is a kind too (古镇 is no 古镇镇 there).
  if (DESCRIBES_SETTLEMENT.test(t.word)) return undefined;
  const { gaz, home } = ctx;
  // A town's name without 镇 is as often a word (前进, 建设): only a name jieba knows as one, or the next of a list.
  const town = listed || NAME_TAG.test(t.tag) ? (gaz.byName.get(`${t.word}镇`) ?? gaz.byName.get(`${t.word}乡`)) : undefined;
  const places = gaz.byName.get(t.word) ?? placeStemsInAnyReading(gaz).get(t.word) ?? town;
  if (!places?.length) return undefined;
  return resolvePlace(places, home) ?? places[0];
}
