import type { EntityCandidate } from '../../types.ts';
import type { Token } from '../segment.ts';
import { isHan } from '../../text/han.ts';
import { isAbroad } from '../world/worldNames.ts';

// Tags of the pieces of two characters jieba cuts a transliterated name into (伊尔/nrt|克什/nrt, 甘其/x): names, unknown
// words and nouns; a single character may have any tag but a function word's (坦/n, 都/d, 拉/v).
const PIECE_TAGS = /^(nrt|nr|nrfg|nz|ns|x|j|n|ng|zg)$/;
// Pieces that only a name holds: a word jieba did not know or took for a (foreign) person's name.
const NAME_PIECE = /^(nrt|nr|nrfg|x)$/;
// Tags of function words, pronouns, numbers and classifiers: no piece of a name (各|口岸, 该|口岸, 两|口岸).
const FUNCTION_TAGS = /^(p|c|u|uj|ul|uz|ug|ud|r|m|q|y|e|o|w)$/;
// Characters that end a clause or a list member before the name.
const BOUNDARY = /[\s。，,；;：:！？!?、（(“”"]/;
const MAX_NAME = 6;
const NUMERAL_FIRST = /^[一二三四五六七八九十两]/;

/**
 * Where the name of a border port (口岸) opens when jieba cut its transliterated name into pieces (伊尔克什坦口岸,
 * 甘其毛都口岸, 里孜口岸) or read it as a common word (樟木/n, the town of 樟木镇): the short pieces before 口岸 run back to
 * the start of a clause or list member, or to a place written right before them (乌恰县|伊尔克什坦口岸), two to six
 * characters, one of them a piece only a name holds. Not a kind of port (陆路|口岸, 智慧|口岸). Undefined otherwise.
 */
export function transliteratedPortStart(
  tokens: readonly Token[],
  i: number,
  folded: string,
  placeEnding: ReadonlyMap<number, EntityCandidate>,
  isTownStem: (word: string) => boolean,
): number | undefined {
  let named = false;
  let chars = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const piece = t.word.length === 1 ? !FUNCTION_TAGS.test(t.tag) : t.word.length === 2 && PIECE_TAGS.test(t.tag);
    // 二是|口岸: an enumeration's ordinal (二是 'second') opens no name.
    if (t.end !== tokens[k + 1]!.start || !isHan(t.word) || !piece || NUMERAL_FIRST.test(t.word)) return undefined;
    if (tokens[i]!.start - t.start > MAX_NAME) return undefined;
    // 里|孜, 满|都|拉: characters jieba could not join into a word are a name's; so is a town's name (樟木 of 樟木镇).
    if (t.word.length === 1) chars++;
    named ||= NAME_PIECE.test(t.tag) || chars >= 2 || (t.word.length === 2 && isTownStem(t.word));
    // 蒙古国|杭吉/x|口岸: a country written right before is where the port lies, no part of its name.
    const opens = t.start === 0 || BOUNDARY.test(folded[t.start - 1]!) || placeEnding.has(t.start) || isAbroad(tokens[k - 1]?.word ?? '');
    if (opens) return named && tokens[i]!.start - t.start >= 2 ? t.start : undefined;
  }
  return undefined;
}

/**
 * 越南|老街/n|口岸, 越南|河江省/x|清水/n|口岸: a port across the border is named by its town (`name`, two or three
 * characters), right after the neighbour's name or a province of it, which the places of China do not hold.
 */
export function namedAfterNeighbour(name: Token, before: Token | undefined, further: Token | undefined): boolean {
  if (name.word.length < 2 || name.word.length > 3 || before?.end !== name.start) return false;
  if (isAbroad(before.word)) return true;
  return /[省州邦]$/.test(before.word) && before.word.length >= 3 && further?.end === before.start && isAbroad(further.word);
}
