import type { EntityContext } from '../context.ts';
import { LISTED_SHORT_NAMES } from '../data/listedShortNames.ts';
import { occurringWords, wordIndex, type WordIndex } from '../../text/occurrences.ts';
import { tagOf, wordEndingAt } from '../segment.ts';
import { isGenericWord } from '../namedOrClass.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import { isPlace, placeStemOf, readingOf, sectorTails } from './listedShortNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { pushAll } from '../../util/arrays.ts';
import { bundledTable } from '../../util/bundledTables.ts';

// A company's suffix after its brand and the words of its trade (隆基|绿能科技|股份有限公司, 茅台|集团), the group's
// mark in brackets included (中国平安|保险|(集团)股份有限公司).
const FULL_NAME =
  /^([\u4e00-\u9fff]{0,6}?)([(（]集团[)）])?(集团股份有限公司|集团有限公司|集团有限责任公司|股份有限公司|有限责任公司|有限公司|集团|总公司)/;
// Words that end a name rather than continue it: a clause's function words.
const NOT_IN_NAME = /[的和与及等在对把将向从为是了]/;
// Words jieba reads as names or does not know: a brand that is one of them may be followed by the words of its trade.
const NAMING_TAGS = /^(x|nz|nt|nr|nrt|nrfg|j)$/;
const LISTED = new Set(LISTED_SHORT_NAMES);
// A part of a name that is a company's own word (上海|集团) is no brand.
const SUFFIX_WORD = /^(集团|股份|控股|公司|有限)/;

/**
 * Companies named in full after the short name they are listed under or its brand (中兴通讯|股份有限公司, 贵州茅台 →
 * 茅台|集团, 鞍钢股份 → 鞍钢|集团有限公司, 中国平安 → 中国平安|保险(集团)股份有限公司), where jieba reads the brand as
 * an ordinary word (茅台/n, 鞍钢/n) or the trade as a verb (三一|重工/vn) and the company rules find no name. A place
 * written right before the brand is part of the name (宁德|时代新能源科技股份有限公司 is read from 宁德时代).
 */
export function listedBrandNames(ctx: EntityContext, taken: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  const cover = coverage(folded.length, []);
  // A company read from its suffix back to a word jieba knows (集团有限公司 of 鞍钢|集团有限公司) is the tail of the name
  // the brand opens: the brand's reading takes its place.
  const tails = taken.filter((h) => h.kind === 'co');
  for (const h of taken) if (h.kind !== 'co') cover.add(h);
  const { index } = brands(ctx.gaz);
  const found = occurringWords(folded, index);
  // Only the brands the text holds, in the list's order (occurringWords), not every index of thousands.
  for (let n = 0; n < found.words.length; n++) {
    const brand = index.words[found.words[n]!]!;
    for (const at of found.at[n]!) {
      // 云南某|建材有限公司: 某 'a certain' withholds the name; what follows is the kind of company, no brand.
      if (!seg.boundaries.has(at) || folded[at - 1] === '某') continue;
      const m = FULL_NAME.exec(folded.slice(at + brand.length, at + brand.length + 16));
      if (!m) continue;
      const judgement = judgeBrand(brand, ctx.gaz);
      if (!judgement.brand || (m[1] && (!judgement.strong || NOT_IN_NAME.test(m[1])))) continue;
      const before = wordEndingAt(seg, at);
      const start = before && isPlace(before.word, ctx.gaz) ? before.start : at;
      const end = at + brand.length + m[0].length;
      if (cover.any(start, end)) continue;
      const inner = tails.filter((h) => h.start < end && start < h.end);
      if (!inner.every((h) => start < h.start && h.end === end)) continue;
      pushAll(absorbed, inner);
      const name = folded.slice(start, end);
      const hit: OrgHit = { start, end, kind: 'co', id: name, name, score: 0.8 };
      out.push(hit);
      cover.add(hit);
    }
  }
  return { hits: out, absorbed };
}

let made: { index: WordIndex; parts: Set<string> } | undefined;

/** The brands of the listed names, as written beside the bundle (src/util/bundledTables.ts) or made here. */
function brands(gaz: Gazetteer): { index: WordIndex; parts: Set<string> } {
  if (made) return made;
  const table = bundledTable<ListedBrands>(LISTED_BRANDS) ?? listedBrands(gaz);
  made = { index: wordIndex(table.all), parts: new Set(table.parts) };
  return made;
}

/** Name of the brands' table beside the bundle. */
export const LISTED_BRANDS = 'listedBrands';

export interface ListedBrands {
  /** Every brand, in the order found. */
  all: string[];
  /** The brands that are parts of a listed name, not the name itself. */
  parts: string[];
}

/**
 * The brands of the listed names: each short name, and what is left of it without a place before it (贵州茅台 → 茅台,
 * 中国平安 → 平安) or without 股份, 集团 or 控股 after it (鞍钢股份 → 鞍钢, 顺丰控股 → 顺丰), where that is no place and
 * no sector of a place (上海机场 gives no 机场). Only characters are read here; the words are judged where a brand occurs.
 */
export function listedBrands(gaz: Gazetteer): ListedBrands {
  const sectors = sectorTails(gaz);
  const all = new Set<string>();
  const parts = new Set<string>();
  const addPart = (part: string) => {
    if (part.length < 2 || isPlace(part, gaz) || SUFFIX_WORD.test(part) || LISTED.has(part)) return;
    all.add(part);
    parts.add(part);
  };
  for (const name of LISTED_SHORT_NAMES) {
    if (isPlace(name, gaz)) continue;
    all.add(name);
    const stem = placeStemOf(name, gaz);
    if (stem && !sectors.has(name.slice(stem.length))) addPart(name.slice(stem.length));
    const bare = name.replace(/(股份|集团|控股)$/, '');
    if (bare !== name) addPart(bare);
  }
  return { all: [...all], parts: [...parts] };
}

const judged = new Map<string, { brand: boolean; strong: boolean }>();

/**
 * Whether a brand names a company before a suffix (a part of a name must not be a word that sorts things into kinds:
 * 发展, 新型), and whether it may have its trade's words before the suffix (strong: a short name that reads as a name,
 * 隆基绿能; a part jieba reads as a name, 海康; not a word of the language, 三一|重工, 茅台/n). Each brand once.
 */
function judgeBrand(brand: string, gaz: Gazetteer): { brand: boolean; strong: boolean } {
  let j = judged.get(brand);
  if (j) return j;
  if (LISTED.has(brand)) j = { brand: true, strong: readingOf(brand, gaz).kind !== 'none' };
  else {
    const tag = tagOf(brand);
    j = { brand: !isGenericWord({ word: brand, tag }), strong: NAMING_TAGS.test(tag) };
  }
  judged.set(brand, j);
  return j;
}
