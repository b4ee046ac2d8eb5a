import { segmentPhrase } from './phraseSegments.ts';

// 张家界市、湘西州优良天数比例分别为97.8%和95.1%, 下达芦淞区、石峰区转移支付资金分别为…: a list of places before 分别 says whose
// each number is (link/ pairs them); what each measures is the head after the last place, the same for all. Told by grammar:
// each place is one word ending with a level of division (市, 州, 县, 区, 镇, …), three characters or more, and not one of
// the common nouns that end so (城市, 农村, 地区: 城镇和农村居民人均收入 names the parts of a head, not places).
const LEVEL_END = /[省市县区州盟旗镇乡村]$/;
const COMMON_END =
  /(?:城市|城镇|农村|乡村|地区|山区|城区|市区|郊区|牧区|林区|库区|社区|景区|园区|小区|辖区|老区|灾区|片区|街区|校区|新区)$/;
const MIN_PLACE = 3;

const isPlaceWord = (word: string) => word.length >= MIN_PLACE && LEVEL_END.test(word) && !COMMON_END.test(word);

/**
 * The head a 分别 list of places shares (湘西州优良天数比例 → 优良天数比例; '' when the list is places alone, 岳阳市、常德市分别达到),
 * or undefined when the parts are not places. The first part may open with the words before its place (下达芦淞区).
 */
export function headAfterPlaces(parts: readonly string[]): string | undefined {
  if (parts.length < 2) return undefined;
  const words = parts.map((p) => segmentPhrase(p).tokens.map((t) => t.word));
  const firstWords = words[0]!;
  if (!isPlaceWord(firstWords[firstWords.length - 1]!)) return undefined;
  for (const w of words.slice(1, -1)) if (w.length !== 1 || !isPlaceWord(w[0]!)) return undefined;
  const last = words[words.length - 1]!;
  if (!isPlaceWord(last[0]!)) return undefined;
  const head = last.slice(1).join('').replace(/^的/, '');
  return head.length === 0 || head.length >= 2 ? head : undefined;
}

/** A key without the place word it opens with (长沙市地区生产总值 → 地区生产总值), for the other places of a list to share. */
export function withoutLeadingPlace(text: string): string {
  const first = segmentPhrase(text).tokens[0]?.word ?? '';
  return isPlaceWord(first) && text.length - first.length >= 2 ? text.slice(first.length) : text;
}
