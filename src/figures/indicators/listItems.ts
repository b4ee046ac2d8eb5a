import { segmentPhrase } from './phraseSegments.ts';

/**
 * The words a list's first item opens with that the next items leave out and share: 淘汰落后的炼钢产能1691万吨、水泥产能
 * 7416万吨 (淘汰落后的 goes with 水泥产能), 少数民族小学生…，中等学校学生… (the pupils are all of minorities). Empty when the
 * item stands alone.
 *
 * The items must end alike in two characters at least (产能, 学生) and differ just before that end; what comes before the first item's own difference is
 * shared when it is a verb phrase or a 的 phrase (淘汰落后的), or when the first item's difference is inside its head word
 * (小学生 against 中等学校学生: 少数民族 qualifies the whole list). Two items that share more than a head (城镇职工基本养老保险,
 * 城乡居民基本养老保险) or whose qualifier is a plain noun (国家预算内投资, 自筹投资) stand alone.
 */
export function sharedQualifier(first: string, item: string): string {
  let c = 0;
  while (c < first.length && c < item.length && first[first.length - 1 - c] === item[item.length - 1 - c]) c++;
  if (c < 2 || c >= item.length || c >= first.length) return '';
  const tokens = segmentPhrase(first).tokens;
  const head = tokens[tokens.length - 1]!;
  if (c > head.end - head.start) return '';
  const suffixStart = first.length - c;
  // 小学生 against 中等学校学生: the first item differs inside its head by a bound character (小); 零售总额 against 进出口总额
  // differs by a word of its own (零售), and the items are two measures, not one list's kinds.
  const insideHead = head.start < suffixStart && suffixStart - head.start < 2;
  const k = tokens.length - 1;
  const parallelStart = insideHead ? head.start : (tokens[k - 1]?.start ?? 0);
  const prefix = first.slice(0, parallelStart);
  if (prefix.length < 2 || item.startsWith(prefix)) return '';
  const prefixTokens = tokens.filter((t) => t.end <= parallelStart);
  const verbal = prefixTokens.some((t) => t.tag === 'v') || prefix.endsWith('的');
  if (!verbal && !insideHead) return '';
  // A prefix with a word of the item is parallel to it, not shared by it.
  if (prefixTokens.some((t) => t.word.length > 1 && item.includes(t.word))) return '';
  // The item's own words must be a noun's: a verb of its own states its own deed.
  if (segmentPhrase(item).tokens.some((t) => t.tag === 'v' && t.end <= item.length - c)) return '';
  return prefix;
}

/**
 * The verb a list's first item opens with, which items joined by 、 after it leave out: 关停小火电2157万千瓦、小煤矿1.12万处
 * (关停 goes with 小煤矿), 增加铁路新线…、复线…. Empty when the first item opens with no verb or the item has a verb of its own.
 */
export function sharedVerb(first: string, item: string): string {
  const tokens = segmentPhrase(first).tokens;
  let k = 0;
  while (k < tokens.length && (tokens[k]!.tag === 'v' || (k > 0 && /^[和、]$/.test(tokens[k]!.word) && tokens[k + 1]?.tag === 'v'))) k++;
  if (k === 0 || k >= tokens.length || item.startsWith(first.slice(0, tokens[k - 1]!.end))) return '';
  if (segmentPhrase(item).tokens.some((t) => t.tag === 'v' || t.tag === 'vn')) return '';
  return first.slice(0, tokens[k - 1]!.end);
}

/**
 * The per-unit a list's first part opens with and the other parts leave out (单位国内生产总值用水量、能耗、二氧化碳排放量 → 单位国内
 * 生产总值): an intensity, not the amount. Empty when the first part opens with none or another part has its own.
 */
export function sharedPerUnit(parts: readonly string[]): string {
  const first = parts[0]!;
  if (!/^(?:单位|每)/.test(first) || parts.slice(1).some((p) => /^(?:单位|每)/.test(p))) return '';
  const tokens = segmentPhrase(first).tokens;
  return tokens.length >= 3 ? first.slice(0, tokens[tokens.length - 1]!.start) : '';
}

/**
 * The list of nouns cut by 、 that the clause before `clauseStart` opens with (化学需氧量、二氧化硫排放总量近年来…下降 →
 * 化学需氧量、二氧化硫排放总量), as a span of the sentence; undefined when that clause opens with none.
 */
export function leadingList(sentence: string, clauseStart: number): { start: number; end: number; text: string } | undefined {
  const end = clauseStart - 1;
  if (end <= 0) return undefined;
  let start = end;
  while (start > 0 && !/[,，;；:：。]/.test(sentence[start - 1]!)) start--;
  const tokens = segmentPhrase(sentence.slice(start, end)).tokens;
  let k = 0;
  const noun = (t: { tag: string } | undefined) => /^(?:n|nz|vn|j|b|l)$/.test(t?.tag ?? '');
  // A verb between nouns is inside a compound (二氧化硫排放总量: 排放/v).
  while (k < tokens.length && (tokens[k]!.word === '、' || noun(tokens[k]) || (tokens[k]!.tag === 'v' && noun(tokens[k + 1])))) k++;
  const text = sentence.slice(start, start + (tokens[k - 1]?.end ?? 0));
  return k > 2 && text.includes('、') && !text.endsWith('、') ? { start, end: start + text.length, text } : undefined;
}
