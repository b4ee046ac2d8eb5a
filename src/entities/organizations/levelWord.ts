import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import type { Token } from '../segment.ts';

/**
 * A level word a level's own bodies are written after (市|公安局, 自治区|公安厅): where it starts, and the level it names
 * (省, 市, 区, 县, 州, 旗, 盟, or an autonomous place's 自治区, 自治州, 自治县, 自治旗).
 */
export interface LevelWord {
  start: number;
  level: string;
}

// The level characters an autonomous place's level word ends with.
const AUTONOMOUS_LEVELS = '区州县旗';

/**
 * The level word whose last character stands at `i`, where it stands as a word of its own:
 * - 市, 县, … alone (召开|区委), or glued to a word jieba could not read (levelStandsAlone);
 * - 自治区, 自治州, 自治县, 自治旗 as a word of their own, not after the name they end (宁夏回族|自治区 is the place):
 *   an autonomous region's report writes its bodies so (自治区公安厅, 自治区人民医院), as a province's writes 省公安厅;
 * - 县 of 县城 'the county town' where jieba glued the level word to the first character of a body's short name
 *   (县城|管|执法局, 县城|投|公司: the county's 城管执法局 and 城投公司); whether a body follows is the caller's test, and a
 *   body named by the town (县城供水公司) reads the same span either way.
 */
export function levelWordAt(ctx: EntityContext, i: number): LevelWord | undefined {
  const { folded, seg } = ctx;
  const c = folded[i];
  if (c === undefined) return undefined;
  const word = seg.tokens[seg.tokenAt[i] ?? -1];
  if (word && AUTONOMOUS_LEVELS.includes(c) && word.start === i - 2 && word.end === i + 1 && folded.startsWith('自治', i - 2)) {
    const before = seg.tokens[seg.tokenAt[i - 3] ?? -1];
    if (before && (/^(ns|nr|nz)$/.test(before.tag) || before.word.endsWith('族'))) return undefined;
    return { start: i - 2, level: `自治${c}` };
  }
  if (c === '县' && word?.start === i && word.word === '县城') return { start: i, level: c };
  // 县县|有|图书馆, 市市有博物馆: the level said twice is every place of it.
  if (word && word.word === c + c) return undefined;
  // 湖北、湖南等8省|消防救援总队, 两省|交界: a level counted is several places of it, no one body's level.
  if (COUNTED_LEVEL.test(folded.slice(Math.max(0, i - 2), i))) return undefined;
  return levelStandsAlone(ctx, i) ? { start: i, level: c } : undefined;
}

// A count right before a level word, the level its own measure word (8省, 两县, 十几个市).
const COUNTED_LEVEL = /(?:[0-9０-９两]|[0-9０-９一二三四五六七八九十两几多][个])$/;

// Before a level word, what makes its body every one of the level: a count (285所|县中医院, 3家|市属医院) or 各, 每, 全, 诸.
const EVERY_BEFORE = /(?:[0-9０-９一二三四五六七八九十百千万多几余][个所家座处]|[各每全诸])$/;

/**
 * In a text spread over many provinces (a national report, a digest of news) a level's body written alone (市中小企业
 * 服务局, 县农业农村局) is the one its story is about; counted or after 各 it is every one of the level's, no one body.
 */
export function everyOfLevel(folded: string, start: number): boolean {
  return EVERY_BEFORE.test(folded.slice(Math.max(0, start - 3), start));
}

/** The level word a body's written name opens with (自治区公安厅 → 自治区, 市公安局 → 市), if one does. */
export function levelWordOpening(name: string): string | undefined {
  if (name.startsWith('自治') && AUTONOMOUS_LEVELS.includes(name[2] ?? '')) return name.slice(0, 3);
  return /^[省市区县州旗盟]/.test(name) ? name[0] : undefined;
}

// Before a bare level word: 城市, 超市, 上市 … are words of their own.
const LEVEL_GLUED_BEFORE = /[城超都上门股楼夜菜集黑社园小景辖片湾山地禁郊新灾老库牧矿街厂学营]$/;

/**
 * The level word at `i` starts a word (召开|区委), or jieba glued it to a function word it could not read (由市|交警支队),
 * or to the conjunction joining two bodies (县水利局|和县|自然资源和规划局).
 */
export function levelStandsAlone(ctx: EntityContext, i: number): boolean {
  const { seg, folded } = ctx;
  // 产业园|区, 工业园|区: the 区 closing a park's 园区, cut off by jieba, is no level.
  if (folded[i] === '区' && folded[i - 1] === '园' && !ctx.levelWords.has(i)) return false;
  if (seg.boundaries.has(i) || ctx.levelWords.has(i)) return true;
  const word = seg.tokens[seg.tokenAt[i]!];
  if (!word) return false;
  if (conjoinedLevel(ctx, word)) return true;
  return word.tag === 'x' && word.end === i + 1 && !LEVEL_GLUED_BEFORE.test(folded.slice(i - 1, i));
}

/**
 * 县中医医院|和县|妇幼保健院: a conjunction and a level word jieba read as one word, a county of one character (和县 of
 * Anhui), between a word and the body that follows: the list of two bodies, not the county, which a place before it
 * (安徽省|和县) or nothing before it (和县人民医院, at a sentence's start) would name.
 */
export function conjoinedLevel(ctx: EntityContext, word: Token): boolean {
  if (word.word.length !== 2 || !/^[和与及][省市县区]$/.test(word.word)) return false;
  const before = ctx.seg.tokens[ctx.seg.tokenAt[word.start - 1] ?? -1];
  return !!before && isHan(before.word) && !/^ns/.test(before.tag);
}

/**
 * 旗农牧局, 盟应急管理局, 州市场监督管理局 in a text of no banner, league or prefecture (a sentence alone, news): the level
 * word is a word of its own that opens a clause or follows a function word or a verb (联合|旗公安局, 对州/x|医疗保障局), never
 * a name's last character (纽约|州, 红旗) nor a list of levels (全省|州, 市州).
 */
export function levelOpensClause(ctx: EntityContext, at: number): boolean {
  const { folded, seg } = ctx;
  const word = seg.tokens[seg.tokenAt[at]!];
  if (!word) return false;
  if (word.start === at && word.end === at + 1) {
    const before = seg.tokens[seg.tokenAt[at - 1] ?? -1];
    return !before || !isHan(folded[at - 1] ?? '') || CLAUSE_OPENERS.test(before.tag);
  }
  // 对州/x: a preposition jieba glued to the level word.
  return word.end === at + 1 && word.tag === 'x' && word.word.length === 2 && /^[对由向在将把与和及会同]/.test(word.word);
}
// Tags of the words after which a level word opens a body's name: prepositions, conjunctions, verbs, adverbs, particles.
const CLAUSE_OPENERS = /^(p|c|v|vn|d|u.*|r)$/;
