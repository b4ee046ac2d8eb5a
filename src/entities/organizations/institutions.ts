import type { EntityContext } from '../context.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { isHan } from '../../text/han.ts';
import { tagOf, tokensIn, type Token } from '../segment.ts';
import { namesAClass } from '../namedOrClass.ts';
import { clauseHasPredicateOutside, finerWords, firstProperWord, nameSpan, roleOf } from '../spanBoundary.ts';
import { cityAndProvinceWords } from '../places/cityNameWords.ts';
import { TRANSLITERATION } from '../people/transliteration.ts';
import { worldNames } from '../world/worldNames.ts';
import { CLOSES_COMPANY, FOUNDING_VERBS, LISTING_STATUS, OWNERSHIP_WORDS, placeOfLevel } from './orgNames.ts';
import { namedCollege, namesAUniversity, universityBefore } from './colleges.ts';
import { GENERIC_HOSPITAL_STEMS } from './hospitals.ts';
import type { OrgHit } from './orgHit.ts';
import { levelStandsAlone } from './levelWord.ts';
import {
  cityShortName,
  countryOpening,
  countyTownShortName,
  knownBodyEndingAt,
  numeralName,
  placeBeforeLevel,
  registeredPlaceAfterTown,
  gluedTrade,
} from './companyFronts.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { NATIONAL_LEVEL_WORDS } from '../data/bodyHeads.ts';
import { COMPANY_SUFFIXES, countedSubsidiary, INSTITUTION_SUFFIXES, PROJECT_ROLE, shareWordsBefore } from './companySuffixes.ts';
import { hasListJoiner } from '../../text/listJoiners.ts';

// A word ends with a company or institution suffix only if it ends with one of their last characters.
const SUFFIX_LAST_CHARS = new CodeSet([...COMPANY_SUFFIXES, ...INSTITUTION_SUFFIXES].map((s) => s[s.length - 1]!));
// A museum is a body where its own site names it (三星堆博物馆, 故宫博物院); one a place's name opens (南非国家博物馆,
// 中国印刷博物馆) is read as a landmark of that place, as the news gold reads it, and so is a memorial hall (古田会议纪念馆).
const MUSEUM = /^(博物馆|博物院)$/;

/** Whether a word jieba tags as a place opens [start, end) and ends before `end`. */
function placeOpens(seg: EntityContext['seg'], start: number, end: number): boolean {
  const first = seg.tokens[seg.tokenAt[start]!];
  return !!first && first.start === start && first.end < end && (first.tag === 'ns' || !!worldNames().get(first.word)?.place);
}

// Verbs that are words of company names (华源地产控股有限公司, 城市建设投资集团), and ordinals (第一工程局).
// So are the verbs of a company's line of business, the 行业 part of its registered name (乐器制造有限公司, 国际贸易公司).
const COMPANY_NAME_WORDS =
  /^(控股|投资|发展|建设|开发|实业|经营|运营|管理|服务|制造|贸易|物流|咨询|设计|加工|销售|租赁|印刷|养殖|种植|生产|第[一二三四五六七八九十]+)$/;
// Functions of their own, not closures in the loop over every word: a closure that captures the loop's word makes V8
// allocate a context for every word of the report, not only for the few that end like a company.
function endingOf(word: string, suffixes: readonly string[]): string | undefined {
  for (let k = 0; k < suffixes.length; k++) if (word.endsWith(suffixes[k]!)) return suffixes[k];
  return undefined;
}

function placeWordWithin(seg: EntityContext['seg'], start: number, end: number): boolean {
  return tokensIn(seg, start, end).some((t) => t.start >= start && t.end <= end && t.tag === 'ns');
}

const COUNTED_BEFORE = /[一两几多数这那每][家所]$/;
const COUNTED_AFTER = /^([0-9]+|[一二三四五六七八九十百千两几]+)[余多]?家/;
const LEVELS = /^[省市县区]$/;

// A post jieba glues to the company's head (劳拉|公司总裁): the company ends before it.
const TITLE_GLUED =
  /^(公司|集团|医院)(总裁|副总裁|董事长|副董事长|总经理|副总经理|经理|董事|主席|发言人|院长|副院长)$|^(大学)(教授|副教授|校长|副校长)$/;

/** The token as far as a company's name goes: 公司总裁 is 公司 followed by a post. */
function withoutTitle(t: Token): Token {
  const m = TITLE_GLUED.exec(t.word);
  const body = m?.[1] ?? m?.[3];
  return body ? { ...t, word: body, end: t.start + body.length } : t;
}

const LATIN_BRAND = /^[A-Z][A-Z0-9&]{1,9}$/;
// Acronyms of kinds of project or trade, not brands: a PPP项目公司 or an EPC总承包公司 is any such company.
const LATIN_KINDS = /^(PPP|EPC|BOT|BT|TOT|IT|ICT|AI|APP|O2O|B2B|B2C|CEO|GDP|CPI|VR|AR|IP)$/;

// A word that ends a company's or an institution's name (it ends with a suffix) or holds a post glued to one: flagged once
// per distinct word, so that the other words of a report are passed over. Only the words that end with a suffix: those
// that only end with a suffix's last character (进行, 出台, 平台, 执行: 159 of a report's 11,665 words, 2 of which end with a
// suffix) were each handed to the loop below to find no suffix there.
const MAY_END_BODY = wordFlag(
  (w) =>
    (TITLE_GLUED.test(w) ||
      (SUFFIX_LAST_CHARS.at(w, w.length - 1) && (endingOf(w, COMPANY_SUFFIXES) ?? endingOf(w, INSTITUTION_SUFFIXES)) !== undefined)) &&
    !LISTING_STATUS.test(w),
);

/** Companies: …有限公司 / …公司 after name-like words (广东唯美陶瓷有限公司), never a generic 该公司 or 国有公司. */
export function companies(ctx: EntityContext): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cityWords = cityAndProvinceWords(ctx);
  const mayEnd = tokensWith(seg, MAY_END_BODY);
  for (let n = 0; n < mayEnd.length; n++) {
    const ti = mayEnd[n]!;
    const tok = withoutTitle(seg.tokens[ti]!);
    if (!SUFFIX_LAST_CHARS.at(tok.word, tok.word.length - 1)) continue;
    const institution = endingOf(tok.word, INSTITUTION_SUFFIXES);
    const suffix = endingOf(tok.word, COMPANY_SUFFIXES) ?? institution;
    if (!suffix) continue;
    // jieba knows many institutions whole (浙江大学): a proper name tag on the word itself vouches for it. Place names
    // right before it are part of the name (江城|理工大学).
    // 经济日报/n, 深圳晚报/n: a paper jieba knows by its whole name is one, whatever tag it gives it.
    const paper = /^(日报|晚报)$/.test(suffix) && tok.word.length >= 4;
    if (institution && tok.word.length > suffix.length && (/^(nt|nz|ns)$/.test(tok.tag) || paper)) {
      let start = tok.start;
      for (
        let k = ti - 1;
        k >= 0 &&
        /^(ns|nz|j)$/.test(seg.tokens[k]!.tag) &&
        roleOf(seg.tokens[k]!) !== 'predicate' &&
        seg.tokens[k]!.end === start &&
        tok.end - seg.tokens[k]!.start <= 12;
        k--
      ) {
        if (!/^[\u4e00-\u9fff]{2,}$/.test(seg.tokens[k]!.word) || /[省市县区]$/.test(seg.tokens[k]!.word)) break;
        start = seg.tokens[k]!.start;
      }
      // 福州大学|法学院/nt, 中南大学|湘雅医院/nt: a college or a hospital written right after its university is named with it.
      if (suffix === '学院' || suffix === '医院') start = universityBefore(seg, start) ?? start;
      // 国家银行, 中央银行: the state's banks, a kind; 国家开发银行 is one.
      const stem = folded.slice(start, tok.end - suffix.length);
      if (/^(国家|中央|全国)$/.test(stem)) continue;
      // 中国大学, 美国医院: the universities or hospitals of a country, a kind.
      if (suffix !== '银行' && worldNames().get(stem)?.place?.level === 'country') continue;
      // 公立医院, 中心医院 alone are kinds of hospital; 绍兴市中心医院 is read by `hospitals`.
      if (start === tok.start && GENERIC_HOSPITAL_STEMS.test(tok.word.slice(0, -suffix.length))) continue;
      // 公立医院, 商业银行, 外资银行: jieba's organization words include kinds of body; such a kind is named only by a
      // place before it.
      if (!paper && namesAClass(seg, folded, start, tok.end - suffix.length)) continue;
      if (!paper && namesAClass(seg, folded, tok.start, tok.end - suffix.length) && !placeWordWithin(seg, start, tok.start)) continue;
      if (MUSEUM.test(suffix) && placeOpens(seg, start, tok.end)) continue;
      // 澳门日报|社长: the head of a paper's office is the head of 澳门日报社 (社论, an editorial, is no office).
      const end = suffix === '日报' && folded.startsWith('社长', tok.end) ? tok.end + 1 : tok.end;
      const name = folded.slice(start, end);
      out.push({ start, end, kind: 'co', id: name, name, score: 0.8 });
      continue;
    }
    if (suffix === '学院') {
      const hit = namedCollege(ctx, ti);
      // 黄山|学院, 宿州|学院, 湖州|师范学院: a college a place names is a college of its own, whether or not a university is named.
      const placeNamed =
        hit &&
        seg.tokens[seg.tokenAt[hit.start]!]?.tag === 'ns' &&
        worldNames().get(folded.slice(hit.start, seg.tokens[seg.tokenAt[hit.start]!]!.end))?.place?.level !== 'country';
      if (hit && (placeNamed || namesAUniversity(folded, seg))) out.push(hit);
      continue;
    }
    // 韩国|星|和|精密|化学|株式会社: a company written after its (foreign) country is named from the country on, whatever
    // the words between are (和 inside a name).
    const abroad = suffix === '株式会社' || suffix.endsWith('公司') ? countryOpening(ctx, ti) : undefined;
    if (abroad !== undefined) {
      const name = folded.slice(abroad, tok.end);
      out.push({ start: abroad, end: tok.end, kind: 'co', id: name, name, score: 0.8 });
      continue;
    }
    // 县城|投|公司: the county's own 城投公司, named with the county where the report says which.
    const countyTown = institution ? undefined : countyTownShortName(ctx, ti);
    if (countyTown !== undefined) {
      const place = placeOfLevel('县', ctx.home);
      const name = (place?.name ?? '县') + folded.slice(countyTown + 1, tok.end);
      out.push({ start: countyTown, end: tok.end, kind: 'co', id: name, name, score: 0.8 });
      continue;
    }
    let start = tok.start;
    let proper = false;
    // A brand in Latin capitals or a name jieba tags as a numeral opens the name whole, whatever its words are.
    let brandFront = false;
    let numeral: number | undefined;
    let translitFront: number | undefined;
    // 市|城市建设投资集团有限公司, 对市/x|交通投资集团有限公司: a level word standing alone before a company's words names
    // the level's own company (the report's city's), and opens its name.
    let level: number | undefined;
    for (let k = ti - 1; k >= 0; k--) {
      const t = seg.tokens[k]!;
      if (!institution && t.end === start && LEVELS.test(folded[t.end - 1]!) && levelStandsAlone(ctx, t.end - 1) && t.end < tok.start) {
        level = t.end - 1;
        break;
      }
      // TCL|科技集团股份有限公司, IBM|公司: a brand written in Latin capitals opens the name (PPP|项目公司 is a kind).
      if (LATIN_BRAND.test(t.word) && !LATIN_KINDS.test(t.word) && t.end === start) {
        start = t.start;
        brandFront = proper = true;
        break;
      }
      // 湘雅|二|医院: a numeral between a name and its suffix's word numbers the institution (its second hospital).
      const before = seg.tokens[k - 1];
      if (t.end === tok.start && /^[一二三四五六七八九十]$/.test(t.word) && before?.end === t.start && /^(ns|nz|nt)$/.test(before.tag)) {
        start = numeral = t.start;
        continue;
      }
      if (institution && t.end === start && numeralName(t)) {
        start = t.start;
        brandFront = proper = true;
        break;
      }
      // 南方/f|科技|大学, 东方/f|航空|公司: a side of the country jieba reads as a direction opens the name of what is
      // named after it, and names it.
      // 中/f|铁十八局/nt|集团: so does 中 'China' that jieba cut off a state company's name it knows from the rest (not the
      // postposition 'in' after a noun: 活动|中).
      const china = t.word === '中' && /^(nt|j)$/.test(seg.tokens[k + 1]?.tag ?? '') && !/^(n|vn|nz|ns|nr|t|m|q)$/.test(before?.tag ?? '');
      if (t.end === start && ((t.tag === 'f' && /^[东南西北]方$/.test(t.word)) || china)) {
        start = t.start;
        brandFront = proper = true;
        break;
      }
      // 三是|德国…有限公司: the ordinal of an enumeration (一是, 二是) opens the item, not the name.
      if (ENUMERATION_ORDINAL.test(t.word)) break;
      // 大连/d|金州湾|国际机场: a city's or province's name whatever jieba tags it (大连 as an adverb) opens the name; so
      // does a city's short name the gazetteer keeps for no place because it is a word first (大同/d|煤矿集团).
      if ((cityWords.has(t.start) && cityWords.get(t.start) === t.end) || cityShortName(ctx, t)) {
        cityWords.set(t.start, t.end);
        start = t.start;
        proper = true;
        continue;
      }
      // 道/q|达尔/nrt|能源公司: a transliteration's first character jieba cut off as a word of its own is the name's.
      const after = seg.tokens[k + 1];
      if (
        t.word.length === 1 &&
        TRANSLITERATION.has(t.word) &&
        !/^(p|c|u|uj|ul)$/.test(t.tag) &&
        after?.tag === 'nrt' &&
        after.start === start
      ) {
        start = translitFront = t.start;
        proper = true;
        continue;
      }
      // 审理/vn|浙江|龙盛纸业有限公司: a verbal noun right before the place that opens a company is what is done to it.
      if (t.tag === 'vn' && after?.tag === 'ns' && after.start === start) break;
      if (
        !isHan(t.word) ||
        ((BREAKS.test(t.tag) || roleOf(t) === 'predicate') && !COMPANY_NAME_WORDS.test(t.word) && t.tag !== 'j' && !gluedTrade(ctx, k)) ||
        tok.end - t.start > (suffix === '合作社' ? 20 : 16)
      )
        break;
      // (k: 紧密|型/k|医疗集团, a suffix that makes a kind of what is before it, never the front of a name.)
      if (t.word.length === 1 && /[的和与及等对在把将向]/.test(t.word)) break;
      // 端木红霞同志|生前|系县|人民医院: a person named before the hospital is who served there, no part of its name.
      if (t.word === '同志') break;
      // 巡察|组对/x|绍兴|农商|银行: jieba glued a preposition to the word before it; the name starts after it.
      if (t.tag === 'x' && /[对在把将向从给被]$/.test(t.word)) break;
      // 本报讯, 又讯: the dateline of a news story ends where the story, and any name in it, begins (腾讯/nz is a name).
      if (t.word.endsWith('讯') && (DATELINE.test(t.word) || !/^(nz|nt|nr|nrt|ns|j)$/.test(t.tag))) break;
      // 集团所属|华东能源矿业有限公司: who owns a company is no part of its name.
      if (OWNERSHIP_WORDS.has(t.word) || hasListJoiner(t.word)) break;
      // 国家电网有限公司|江苏省电力有限公司: a company's whole name before another's ends there; the one after it is its
      // unit, joined to it by institutionUnits.
      if (CLOSES_COMPANY.test(t.word)) break;
      // 施工单位|安徽江岸建设工程有限公司, 中标人|…公司: the part a company plays in a project is no part of its name.
      if (PROJECT_ROLE.test(t.word)) break;
      // 分行|指导/n|衢州|农商银行, 。|指导/n|台州|银行: a registered name opens with its place; a common word before the place
      // is a parent's name only after a name of its own (中国|铁塔|浙江…), else it is what is done to the company.
      if (commonWordBeforePlace(seg, k, start, cityWords)) break;
      // 罗某等12|人|恶势力犯罪集团: a word of one character right after a number is its classifier, not a name's start.
      if (t.word.length === 1 && /[0-9０-９]/.test(folded[t.start - 1] ?? '')) break;
      start = t.start;
      // jieba's own organization words (浙江大学) vouch for an institution named after them (浙江大学医学院附属第一医院); a word
      // jieba does not know names a company (劳拉|公司), not an institution (委属|医院 is a hospital of the commission).
      if (/^(ns|nr|nrt|nz|j)$/.test(t.tag) || (institution ? t.tag === 'nt' : t.tag === 'x' && t.word.length > 1)) proper = true;
    }
    if (institution && !proper) continue;
    // 严肃查处|银行, 还同|国外石油公司: the name starts after the verbs and function words before it, and is a name only
    // if some word of it is not generic (大型|企业|集团 is a kind of body).
    // A company jieba knows whole (可口可乐公司/l) is not cut inside its name (可口/a).
    // A brand jieba knows as a name of three characters or more right before 集团 or 公司 (娃哈哈/nz|集团) is the name
    // whole, whatever its characters are alone (娃|哈哈).
    const brand = seg.tokens[ti - 1];
    const branded =
      brandFront || (brand?.start === start && brand.end === tok.start && brand.tag === 'nz' && /^[\u4e00-\u9fff]{3,}$/.test(brand.word));
    const whole = (start === tok.start && tok.word.length >= suffix.length + 2 && /^(n|l|nz|nt)$/.test(tok.tag)) || branded;
    // 橡胶|股份|有限公司, 社区|股份合作|公司: jieba cuts 股份有限公司 and 股份合作公司 (a company limited by shares, a
    // stock cooperative) in two; 股份 is the suffix's, not a count.
    const head = tok.end - suffix.length - shareWordsBefore(folded, tok.start, suffix);
    const span = whole
      ? { start, end: tok.end }
      : nameSpan(seg, folded, start, tok.end, {
          headStart: numeral ?? head,
          // 中国|中化/j|控股: an abbreviation that reads as a verb in 化 (深化) names a company (中化, 石化, 日化).
          nameVerbs: (w, at) => COMPANY_NAME_WORDS.test(w) || tagOf(w) === 'j' || gluedTrade(ctx, seg.tokenAt[at]!),
        });
    if (!span) continue;
    // The city's name jieba tagged as no name (大连/d|金州湾|国际机场) stays the name's front.
    const walked = start;
    const cityFront = (at: number) => [...cityWords].find(([s, e]) => e === at && s >= walked)?.[0] ?? at;
    start = cityFront(span.start);
    // 高度评价|七十七国集团: a known international body ending the span is where the name starts.
    const known = knownBodyEndingAt(folded, start, tok.end);
    if (known !== undefined) start = known;
    else if (level !== undefined && span.start === level + 1) start = placeBeforeLevel(seg, level) ?? level;
    else if (!brandFront && !clauseHasPredicateOutside(seg, folded, start, tok.end)) {
      // An abbreviation is a name too (中航|物业|总公司).
      const first =
        firstProperWord(seg, folded, start, head) ?? finerWords(seg, folded, start, head).find((w) => w.tag === 'j' && w.word.length > 1);
      if (!first) continue;
      start = cityFront(first.start);
    }
    // A name jieba keeps whole as a set phrase or a name (可口可乐公司/l) is one company whatever its words are alone.
    const named = (whole && tok.tag !== 'n') || branded;
    // 市|水务|集团, 县|交通|投资公司: a level standing alone before a company's field names the level's own company, as it
    // names its own bureau (市|公安局), however generic the field.
    const levelOwn = !institution && level !== undefined && start === level && head - start >= 3;
    if (known === undefined && !named && !levelOwn && namesAClass(seg, folded, start, head)) continue;
    // 恶势力犯罪集团, 诈骗犯罪集团: a criminal group is one only where a name stands in it (刘某某犯罪集团 stays anonymous).
    if (/犯罪集团$/.test(folded.slice(start, tok.end)) && namesAClass(seg, folded, start, head, true)) continue;
    // The transliteration's first character stays the name's, whatever the word-level reading trimmed (道|达尔能源公司).
    if (translitFront !== undefined && start === translitFront + 1) start = translitFront;
    // 原南坑/x|社区|股份合作|公司: 原 'former' (the post after the company was held before), glued by jieba to a name it
    // does not know, is no part of the company's name.
    if (folded[start] === '原' && head - start >= 3 && seg.tokens[seg.tokenAt[start]!]?.tag === 'x') start++;
    // 对鑫盛/x|建材|有限公司: a preposition jieba glued to a name it does not know opens no company's name.
    const glued = seg.tokens[seg.tokenAt[start]!];
    // (其云/x|智能集团: so does 其 'its', glued even to one character of the name.)
    if (
      glued?.start === start &&
      glued.tag === 'x' &&
      ((glued.word.length >= 3 && /^[对在把将向从给被与和]/.test(glued.word)) || (glued.word.length >= 2 && glued.word[0] === '其'))
    )
      start++;
    // 钟祥市胡集镇|湖北金磷化工有限公司, 团林铺镇|荆门宏远物流有限公司: a company registered under a province's, city's or
    // county's name, written after the town it stands in; the town is where it is, not part of its name.
    start = registeredPlaceAfterTown(ctx, start, head) ?? start;
    // 涉案|企业|日照市|岚山区|海运物流有限公司: a word for a kind of body before a place says what the company is; its name
    // starts at the place.
    const opening = seg.tokens[seg.tokenAt[start]!];
    const next = opening && seg.tokens[seg.tokenAt[opening.end]!];
    if (opening?.start === start && BODY_KIND.test(opening.word) && next?.tag === 'ns' && next.end < head) start = next.start;
    // 华侨城集团/nt: a group jieba knows as an organization is named by its short stem where the stem is a name (not 反党集团).
    const knownGroup = named && tok.tag === 'nt' && suffix === '集团' && /^(ns|nz|nr|nrt|j|x)$/.test(tagOf(folded.slice(start, head)));
    const stem = folded.slice(start, head);
    // 一家|著名|电脑公司, 多家|外资|银行: a body counted by 家 with no name among its words is one of a kind, named by none.
    // (一家|以色列|公司: so is one named only by its country, a company of that country.)
    const counted = COUNTED_BEFORE.test(folded.slice(Math.max(0, start - 2), start));
    if (counted && (namesAClass(seg, folded, start, head, true) || worldNames().get(stem)?.place?.level === 'country')) continue;
    if (tok.word.endsWith('子公司') && (countedSubsidiary(folded, start) || namesAClass(seg, folded, start, head, true))) continue;
    // 组建强村公司15家: a company counted right after its word is a kind of company; a name with its legal form is one.
    if (/^(公司|集团|合作社)$/.test(suffix) && COUNTED_AFTER.test(folded.slice(tok.end, tok.end + 8))) continue;
    // 合资成立|电动汽车|研发|公司: a company set up and named by no name, only by what it does and no legal form, is the kind
    // of company set up (成立华为技术有限公司 names one).
    if (/^(公司|集团)$/.test(suffix) && !levelOwn && foundedBefore(seg, start) && namesAClass(seg, folded, start, head, true)) continue;
    // 蒸湘区某|建筑工程|公司: 某 'a certain' withholds the name; what follows is the kind of company.
    if (folded[start - 1] === '某') continue;
    // 全县|农民专业合作社: a scope counts the cooperatives of an area; 股份经济合作社 is every village's collective, named by
    // the village (read with it elsewhere).
    // A cooperative is named by a proper word (金穗/x|水稻种植专业合作社); 手工业生产合作社 and 农民专业合作社 are kinds.
    if (
      suffix === '合作社' &&
      (/^全[省市县区镇乡村国]/.test(stem) ||
        /(股份|经济)$/.test(stem) ||
        !tokensIn(seg, start, head).some((t) => /^(ns|nr|nrt|nz|j)$/.test(t.tag) || (t.tag === 'x' && t.word.length > 1)))
    )
      continue;
    if (
      stem.length < 2 ||
      (!proper && !knownGroup && !levelOwn && stem.length < 4) ||
      /^(该|本|各|国有|相关|有关|其他|下属|所属|物业)/.test(stem)
    )
      continue;
    // 中国|电视台, 美国|医院: the stations or hospitals of a country, a kind (a bank of a country is one: 中国银行).
    if (institution && institution !== '银行' && worldNames().get(stem)?.place?.level === 'country') continue;
    if (MUSEUM.test(suffix) && placeOpens(seg, start, tok.end)) continue;
    // The level's own company is named with the level's place where the report says which (市城投公司 of two cities' reports
    // are two companies).
    const place = start === level ? placeOfLevel(folded[level]!, ctx.home) : undefined;
    const name = place ? place.name + folded.slice(start + 1, tok.end) : folded.slice(start, tok.end);
    out.push({ start, end: tok.end, kind: 'co', id: name, name, score: 0.8 });
  }
  return out;
}

const PROPER_TAG = /^(ns|nr|nrt|nz|nt|j)$/;
const BREAKS = /^(v|d|p|c|u|r|m|q|f|k)$/;

/** A verb that sets a body up (成立, 组建, 设立) written right before `at`. */
function foundedBefore(seg: EntityContext['seg'], at: number): boolean {
  const prev = seg.tokens[(seg.tokenAt[at] ?? 0) - 1];
  return !!prev && prev.end === at && FOUNDING_VERBS.has(prev.word);
}

/**
 * The k-th word is a common word (jieba files 指导, 会同 and 通报 as nouns) right before the place that opens the name at
 * `start`, and no name stands before it: it opens the clause or follows a body or a verb.
 */
function commonWordBeforePlace(seg: EntityContext['seg'], k: number, start: number, cityWords: ReadonlyMap<number, number>): boolean {
  const t = seg.tokens[k]!;
  const place = seg.tokens[k + 1];
  if (!place || place.start !== start || t.end !== start) return false;
  if (place.tag !== 'ns' && cityWords.get(place.start) !== place.end) return false;
  if (t.word.length < 2 || PROPER_TAG.test(t.tag) || t.tag === 'x' || COMPANY_NAME_WORDS.test(t.word)) return false;
  if (NATIONAL_LEVEL_WORDS.has(t.word) || endingOf(t.word, COMPANY_SUFFIXES) || endingOf(t.word, INSTITUTION_SUFFIXES)) return false;
  const prev = seg.tokens[k - 1];
  return !prev || prev.end !== t.start || !PROPER_TAG.test(prev.tag);
}

// Words for a kind of body a report puts before a company it names (涉案企业, 施工单位).
const BODY_KIND = /^(企业|单位|厂家|厂商|商家|商户|机构|平台)$/;
// The datelines of news stories (本报讯/nz, 又讯), whatever jieba tags them.
const DATELINE = /^(本报|本刊|本台|本网|又|据|特|专|快|综合)讯$/;
const ENUMERATION_ORDINAL = /^其?[一二三四五六七八九十]+是$/;
