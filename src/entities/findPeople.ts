import type { EntityCandidate } from '../types.ts';
import type { EntityContext } from './context.ts';
import { tagOf, tokensIn, wordStartingAt } from './segment.ts';
import { isNameShaped, surnameLength, TITLES_AFTER, TITLES_BEFORE } from './people/personNames.ts';
import { postNameComrade } from './people/postNameComrade.ts';
import { firstPartNames } from './people/firstPartNames.ts';
import { endsLikeNoName, findUntitledNames, isKnownPlaceName, type NameHit } from './people/untitledNames.ts';
import { cuedForeignNames } from './people/cuedForeignNames.ts';
import { doctrineNames } from './people/doctrineNames.ts';
import { allTransliteration, TRANSLITERATION_CODES } from './people/transliteration.ts';
import {
  findJapaneseNames,
  fourCharacterNamesAfterRoles,
  japaneseNamesJiebaHolds,
  namesEndingInBirthOrder,
} from './people/japaneseNames.ts';
import { royalNames } from './people/royalNames.ts';
import { findSurnamePosts } from './people/surnamePosts.ts';
import { namePairs, namesListedBeside, namesPairedByAnd } from './people/listedNames.ts';
import { namesInUncuedLists } from './people/uncuedLists.ts';
import { namesClosingListItems } from './people/listItemNames.ts';
import { findClauseSubjects } from './people/clauseSubjects.ts';
import { splitForeignSubjects } from './people/splitForeignSubjects.ts';
import { unknownWordNames } from './people/unknownWordNames.ts';
import { artistsListedAfterKind, namesAfterKindsOfPeople } from './people/kindOfPersonBefore.ts';
import { quotedAuthors } from './people/quotedAuthors.ts';
import { worksOfPeople } from './people/worksOfPeople.ts';
import { authorsListedWithWorks } from './people/worksListedWithAuthors.ts';
import { joinSplitForeignNames } from './people/splitForeignNames.ts';
import { tibetanNames } from './people/tibetanNames.ts';
import { foreignPostNames, foreignRoleNames } from './people/foreignPostNames.ts';
import { namesAfterCountries } from './people/namesAfterCountries.ts';
import { mongolianNames } from './people/mongolianNames.ts';
import { turkicNames } from './people/turkicNames.ts';
import { yiNames } from './people/yiNames.ts';
import { namesAfterNationsKinds } from './people/nationsKinds.ts';
import { familyNames } from './people/familyNames.ts';
import { householdNames } from './people/householdNames.ts';
import { knownNamesOfRareSurnames } from './people/knownNamesOfRareSurnames.ts';
import { historicalNames, monarchNames, namesOfAgesAndTombs, opensOnDynasty, twoDynastiesAt } from './people/historicalNames.ts';
import { appointedNames } from './people/appointedNames.ts';
import { clergyNames } from './people/clergyNames.ts';
import { compoundSurnameNames } from './people/compoundSurnameNames.ts';
import { caseDefendants } from './people/caseDefendants.ts';
import { resultNames } from './people/resultNames.ts';
import { teamPlayers } from './people/teamPlayers.ts';
import { castNames } from './people/castNames.ts';
import { literaryKin } from './people/literaryKin.ts';
import { namesInAnnouncedLists } from './people/announcedLists.ts';
import { withoutDeliveringVerb } from './people/deliveredAfterName.ts';
import { withoutGluedPreposition } from './people/prepositionAfterName.ts';
import { rosterNames } from './people/rosterNames.ts';
import { courtesyNames } from './people/courtesyNames.ts';
import { postHolderRows } from './people/postHolderRows.ts';
import { classRowNames } from './people/classRowNames.ts';
import { tableColumnNames } from './people/tableColumnNames.ts';
import { namesWrittenWholeElsewhere } from './people/namesWrittenWholeElsewhere.ts';
import { kinSharingSurname } from './people/kinSharingSurname.ts';
import { GROUP_WORDS, nameBeforeComrade, nameBetweenNames } from './people/namesBetweenItems.ts';
import { opensAreaOrFirm } from './people/namesOpeningBodies.ts';
import { describedNames, pastNote } from './people/describedNames.ts';
import { bylines } from './people/bylines.ts';
import { signedNames } from './people/signedNames.ts';
import { namesAfterGluedOpeners } from './people/gluedClauseOpeners.ts';
import { isWordName, standsAsName } from './people/wordNameMentions.ts';
import { rolesAndOtherNames } from './people/rolesAndOtherNames.ts';
import { reporterCredits } from './people/reporterCredits.ts';
import { speakerLabels } from './people/speakerLabels.ts';
import { addressedFullNames } from './people/addressedFullNames.ts';
import { dictionaryPeople } from './people/dictionaryPeople.ts';
import { surnameInWordBefore } from './people/surnameInWordBefore.ts';
import { roleCopulaNames } from './people/roleCopulaNames.ts';
import { gluedPostVerbNames } from './people/gluedPostVerbs.ts';
import { namesGluedToStaffSuffix } from './people/staffSuffixNames.ts';
import { CADRES_OF_UNITS, KIN_BEFORE_NAMES, PERSON_ROLES, ROLES_BEFORE_DEEDS, ROLES_OF_MANY } from './people/personRoles.ts';
import { rareSurnameNamesAfterRole, unsurnamedNamesAfterRole, wordsOfTheLanguage } from './people/readingAfterRole.ts';
import { COMMON_WORD_TAGS, readName, readNameBefore, wordNamedBeforeMark } from './people/namesBesidePosts.ts';
import { pushAll } from '../util/arrays.ts';
import { occurrences, wordIndex } from '../text/occurrences.ts';
import { RIVER_PARTS } from './places/suffixPlaces.ts';

// The class nouns of lanes (坊, 巷), which end a lane's name and no given name.
const LANE_END = /^[\u4e00-\u9fff]{2}[坊巷]$/;
const SOURCE = 'people';
// The reach written before a federation's short name.
const FEDERATION_REACH = /(世界|国际|亚洲|欧洲|非洲|美洲|全国|中国)$/;

// Tags of words that are no name's part after a role that reports write before what its people do (职工都/d|有/v,
// 职工干/v|多/m|干/v).
const DEED_TAG = /^(v|vd|vn|d|p|c|u[a-z]*|m|q|a|ad|r)$/;

/**
 * People: a surname plus one or two characters, in a context that makes it a name — after a post (市委书记梁维东,
 * 市长肖亚非), before 同志 or a post (李希同志, 习近平总书记), or in a list under 肃清…影响 (肃清李嘉、万庆良恶劣影响) or
 * next to a name already read. Once read, every other occurrence of the name is a mention too.
 */
export function findPeople(ctx: EntityContext): EntityCandidate[] {
  const { folded, text } = ctx;
  let found: NameHit[] = [];

  // Post before the name: 市长肖亚非, 省委书记李希同志. Every post's places found in one pass over the text.
  const before = occurrences(folded, BEFORE_INDEX);
  for (const [k, title] of TITLES_BEFORE.entries()) {
    if (title === '同志') continue;
    for (const at of before[k]!) {
      // A byline may set the name off by a space (院长　孙建军), and its line run on into the salutation after it.
      let from = at + title.length;
      while (folded[from] === ' ' && from - at - title.length < 2) from++;
      const name = readName(ctx, from) ?? wordNamedBeforeMark(ctx, from);
      if (name) found.push({ ...name, score: 0.85 });
    }
  }
  // A kind of person or a kin before the name (被告人张小明, 老党员雷长生, 电焊工冯建国, 长子阎立新): read as after a post,
  // past the spaces of a signature (审判员　蒲丽萍).
  for (const ats of occurrences(folded, ROLES_INDEX).entries()) {
    for (const at of ats[1]) {
      const role = ROLES_READ[ats[0]]!;
      let from = at + role.length;
      while (folded[from] === ' ' && from - at - role.length < 2) from++;
      const name = readName(ctx, from);
      if (!name || wordsOfTheLanguage(ctx, name.start, name.end)) continue;
      // 儿子张家口/nr|打工: a reading of three characters that is a city's or county's name is the place the kin went to.
      if (name.end - name.start >= 3 && isKnownPlaceName(ctx, folded.slice(name.start, name.end))) continue;
      if (ROLES_BEFORE_DEEDS.has(role) && !nameOfWords(ctx, name.start, name.end)) continue;
      if (role === '干部' && !cadreOfUnit(ctx, at, name)) continue;
      if (ROLES_OF_MANY.has(role) && name.end - name.start === 2 && /^v/.test(tagOf(folded[name.start]!))) continue;
      // …nor a building or a body of theirs that jieba files as a name (学生宿舍楼/nr, 学生会).
      if (ROLES_OF_MANY.has(role) && endsLikeNoName(folded.slice(name.start, name.end))) continue;
      found.push({ ...name, score: 0.8 });
    }
  }
  // A post before and 同志 after leave no doubt, even when the name is also a word (区委书记文献同志).
  for (const m of postNameComrade(folded)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - 2 - name.length;
    if (GROUP_WORDS.test(name)) continue;
    if (isNameShaped(name)) found.push({ start, end: start + name.length, score: 0.9 });
  }
  // Post or 同志 after the name: 李希同志, 习近平总书记, 以习近平同志为核心.
  const after = occurrences(folded, AFTER_INDEX);
  for (const [k, title] of TITLES_AFTER.entries()) {
    for (const at of after[k]!) {
      const name = readNameBefore(ctx, at);
      if (name) found.push({ ...name, score: title === '同志' ? 0.9 : 0.8 });
    }
  }
  // Names listed together under 肃清…(流毒|恶劣影响): 肃清李嘉、万庆良恶劣影响.
  for (const m of folded.matchAll(/肃清([\u4e00-\u9fff、和]{2,24}?)(?:的)?(?:流毒|恶劣影响|流毒影响|影响)/g)) {
    let at = m.index! + 2;
    for (const part of m[1]!.split(/[、和]/)) {
      if (part.length >= 2 && part.length <= 4 && surnameLength(part) > 0) found.push({ start: at, end: at + part.length, score: 0.8 });
      at += part.length + 1;
    }
  }
  // A byline: 记者江建国报道, 通讯员许立群报道 — between the role and 报道 stands the reporter's name, whatever tag jieba gives
  // it (江建国/ns, 许立群/m), unless it is a word of the manner of reporting (记者现场报道, 记者连续报道).
  for (const m of folded.matchAll(/(?:记者|通讯员)([\u4e00-\u9fff]{2,4})报道/g)) {
    const name = m[1]!;
    if (!isNameShaped(name)) continue;
    if (COMMON_WORD_TAGS.test(tagOf(name)) || /^(s|n|vn|t)$/.test(tagOf(name))) continue;
    const start = m.index! + m[0].length - 2 - name.length;
    found.push({ start, end: start + name.length, score: 0.85 });
  }
  pushAll(found, bylines(ctx));
  pushAll(found, reporterCredits(ctx));
  pushAll(found, speakerLabels(ctx));
  pushAll(found, addressedFullNames(ctx));
  // Names without a post, by their shape and the words around them (胡锦涛强调, 记者王霞光, 卡洛斯·阿马特).
  pushAll(found, findUntitledNames(ctx));
  pushAll(found, cuedForeignNames(ctx));
  pushAll(found, doctrineNames(ctx));
  pushAll(found, findJapaneseNames(ctx));
  pushAll(found, japaneseNamesJiebaHolds(ctx));
  pushAll(found, fourCharacterNamesAfterRoles(ctx));
  pushAll(found, namesEndingInBirthOrder(ctx));
  pushAll(found, royalNames(ctx));
  pushAll(found, rareSurnameNamesAfterRole(ctx));
  pushAll(found, unsurnamedNamesAfterRole(ctx));
  pushAll(found, findClauseSubjects(ctx));
  pushAll(found, splitForeignSubjects(ctx));
  pushAll(found, unknownWordNames(ctx));
  pushAll(found, namesAfterKindsOfPeople(ctx));
  pushAll(found, artistsListedAfterKind(ctx));
  pushAll(found, quotedAuthors(ctx));
  pushAll(found, worksOfPeople(ctx));
  pushAll(found, authorsListedWithWorks(ctx));
  pushAll(found, tibetanNames(ctx));
  pushAll(found, mongolianNames(ctx));
  pushAll(found, turkicNames(ctx));
  pushAll(found, yiNames(ctx));
  pushAll(found, namesAfterNationsKinds(ctx));
  pushAll(found, namesAfterCountries(ctx));
  pushAll(found, familyNames(ctx));
  pushAll(found, householdNames(ctx));
  pushAll(found, knownNamesOfRareSurnames(ctx));
  pushAll(found, historicalNames(ctx));
  pushAll(found, dictionaryPeople(ctx));
  pushAll(found, monarchNames(ctx));
  pushAll(found, namesOfAgesAndTombs(ctx));
  pushAll(found, appointedNames(ctx));
  pushAll(found, clergyNames(ctx));
  pushAll(found, compoundSurnameNames(ctx));
  pushAll(found, caseDefendants(ctx));
  pushAll(found, resultNames(ctx));
  pushAll(found, teamPlayers(ctx));
  pushAll(found, castNames(ctx));
  pushAll(found, literaryKin(ctx));
  pushAll(found, namesInAnnouncedLists(ctx));
  pushAll(found, namesInUncuedLists(ctx));
  pushAll(found, rolesAndOtherNames(ctx));
  pushAll(found, namesAfterGluedOpeners(ctx));
  pushAll(found, roleCopulaNames(ctx));
  pushAll(found, gluedPostVerbNames(ctx));
  pushAll(found, namesGluedToStaffSuffix(ctx));
  // 名单, the people a list describes by sex, form field or post (石　磊，男，), those a judgment or a page signs
  // (书记员　岑　悦) and a text table's column of names: a padded name (刘　强) is named without its space.
  // A biography's name before its courtesy and art names, which are named as the person (郑燮，字克柔，号板桥).
  const roster = [
    ...rosterNames(ctx),
    ...describedNames(ctx),
    ...signedNames(ctx),
    ...tableColumnNames(ctx),
    ...courtesyNames(ctx),
    ...postHolderRows(ctx),
    ...classRowNames(ctx),
  ];
  const isPadded = (r: (typeof roster)[number]) => r.name !== folded.slice(r.start, r.end);
  const padded = roster.filter(isPadded);
  for (const r of roster) if (!isPadded(r)) found.push({ start: r.start, end: r.end, score: 0.8 });
  found = joinSplitForeignNames(ctx, found);
  // A name after a foreign state's post ends where its words say (梁强|和, not 梁强和; 马克龙, not 马克): it replaces the
  // other readings it overlaps, and none stands in the post (沙特|王储兼|首相).
  const posted = foreignPostNames(ctx);
  const taken = [...posted.names, ...posted.posts];
  found = [...found.filter((f) => !taken.some((p) => f.start < p.end && p.start < f.end)), ...posted.names];
  found = withRoleNames(found, foreignRoleNames(ctx), taken);
  // 钱塘江/nr|源头: a name ending like a river's, before a part of a river, is the river (jieba tags some rivers as names).
  found = found.filter(
    (f) => !(/[江河湖溪]$/.test(folded.slice(f.start, f.end)) && RIVER_PARTS.test(wordStartingAt(ctx.seg, f.end)?.word ?? '')),
  );
  found = found.filter((f) => !opensOnDynasty(ctx, f.start) && !surnameInWordBefore(ctx, f.start, f.end));
  // 宋元|时期: two dynasties before their age; 衣锦坊, 郎官巷: a lane's name, whose class noun ends no given name.
  found = found.filter((f) => !(f.end - f.start === 2 && twoDynastiesAt(folded, f.start)) && !LANE_END.test(folded.slice(f.start, f.end)));
  found = found.filter((f) => !opensAreaOrFirm(ctx, f.end));
  // 世界|田联/nr|主席: a federation's short name after the reach it covers (世界田联, 国际泳联, 亚洲足联), not a 田 and a 联.
  found = found.filter(
    (f) => !(f.end - f.start === 2 && /[联协]/.test(folded[f.end - 1]!) && FEDERATION_REACH.test(folded.slice(0, f.start))),
  );
  found = namesWrittenWholeElsewhere(
    ctx,
    found.map((f) => withoutGluedPreposition(ctx, withoutDeliveringVerb(ctx, f))),
  );
  pushAll(found, namePairs(ctx));
  pushAll(found, namesPairedByAnd(ctx));
  pushAll(found, kinSharingSurname(ctx, found));
  pushAll(found, namesListedBeside(ctx, found));
  pushAll(found, namesClosingListItems(ctx, found));
  // Lists: a name-shaped item joined by 、 to a name already read (梁维东、肖亚非).
  const names = new Set([...found.map((f) => folded.slice(f.start, f.end)), ...padded.map((r) => r.name)]);
  // A padded name is an item of its list as any other (秦　波、万红霞、黄　山).
  for (const f of [...found, ...padded]) {
    // Each item may carry a note in brackets, a unit or a place (张晓东（华中科技大学）、李梦瑶（武汉大学）).
    for (let at = pastNote(folded, f.end); folded[at] === '、';) {
      const next = readName(ctx, at + 1) ?? nameBetweenNames(ctx, at + 1) ?? nameBeforeComrade(ctx, at + 1);
      if (!next) break;
      found.push({ ...next, score: 0.7 });
      names.add(folded.slice(next.start, next.end));
      at = pastNote(folded, next.end);
    }
    // 副主席 高玉兰 万长青 常胜利: a list of a roster or a bulletin sets its names off by spaces, each a whole item.
    for (let at = f.end; folded[at] === ' ' || folded[at] === '\u3000';) {
      while (folded[at] === ' ' || folded[at] === '\u3000') at++;
      const next = readName(ctx, at);
      if (!next || !/^[ \u3000\n]?$/.test(folded[next.end] ?? '')) break;
      found.push({ ...next, score: 0.7 });
      names.add(folded.slice(next.start, next.end));
      at = next.end;
    }
    // 梁维东、肖亚非同志: the names before the one that 同志 follows.
    for (let at = f.start; folded[at - 1] === '、';) {
      const prev = readNameBefore(ctx, at - 1);
      if (!prev) break;
      found.push({ ...prev, score: 0.7 });
      names.add(folded.slice(prev.start, prev.end));
      at = prev.start;
    }
  }

  // Every occurrence of a name read somewhere is a mention; of a name that is also a word (高峰), only where it stands as
  // a name (not 用电高峰, 勇攀科学高峰).
  let out: EntityCandidate[] = [];
  const seen = new Set<string>();
  const push = (start: number, end: number, score: number, canonical?: string) => {
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ type: 'person', start, end, surface: text.slice(start, end), ...(canonical ? { canonical } : {}), score, source: SOURCE });
  };
  // A padded name first, so that its reading without the space is its name however else it was found (黄　河 in a list).
  for (const r of padded) push(r.start, r.end, 0.8, r.name);
  for (const f of found) push(f.start, f.end, f.score);
  const starts = new Set(out.map((c) => c.start));
  // Every name's places in one lookup through the text's pair index, not a pass over the text per name.
  const nameList = [...names];
  const placesOfNames = occurrences(folded, nameList);
  for (let k = 0; k < nameList.length; k++) {
    const name = nameList[k]!;
    // A transliterated name is not a mention inside a longer one that jieba reads as a name (约翰 in 约翰松/nrt).
    const foreign = allTransliteration(name);
    const wordName = isWordName(name);
    for (const at of placesOfNames[k]!) {
      if (foreign && !starts.has(at) && insideLongerName(ctx, at, at + name.length)) continue;
      if (wordName && !starts.has(at) && !standsAsName(ctx, at, at + name.length)) continue;
      // Not inside a longer name-shaped run (李希 in 李希望).
      if (ctx.seg.boundaries.has(at) || starts.has(at)) push(at, at + name.length, 0.7);
    }
  }
  out = firstPartNames(out);
  pushAll(out, findSurnamePosts(ctx, names));
  // 总书记 alone stands for the one general secretary the report names. The names written right before a 总书记 are read
  // at its few places, not looked for in the whole text one by one.
  const posts = occurrences(folded, ['总书记'])[0]!;
  const general = [...names].filter((n) => posts.some((at) => at >= n.length && folded.startsWith(n, at - n.length)));
  if (general.length === 1) {
    for (let at = folded.indexOf('总书记'); at >= 0; at = folded.indexOf('总书记', at + 1)) {
      // 以习近平同志为总书记的党中央: after 为 the word is the post he holds, not a way to name him.
      if (!folded.slice(Math.max(0, at - general[0]!.length), at).endsWith(general[0]!) && folded[at - 1] !== '为') {
        out.push({
          type: 'person',
          start: at,
          end: at + 3,
          surface: text.slice(at, at + 3),
          canonical: general[0]!,
          score: 0.6,
          source: SOURCE,
        });
      }
    }
  }
  return out;
}

/** A cadre named after the unit, and no time or place after 干部 (组织部干部任/r|前/f|公示: before taking office). */
function cadreOfUnit(ctx: EntityContext, at: number, name: { start: number; end: number }): boolean {
  const { folded } = ctx;
  if (!CADRES_OF_UNITS.test(folded.slice(Math.max(0, at - 2), at + 2))) return false;
  return !(name.end - name.start === 2 && tagOf(folded[name.end - 1]!) === 'f');
}

/** [start, end) ends where a word does and holds no word of an act, a quantity or grammar (职工干多/x|干少 is none). */
function nameOfWords(ctx: EntityContext, start: number, end: number): boolean {
  return ctx.seg.boundaries.has(end) && !tokensIn(ctx.seg, start, end).some((t) => DEED_TAG.test(t.tag));
}

/**
 * Names read after a foreign national's walk of life (日本选手张本智和) join the readings: each replaces those it
 * lengthens at their end (张本), and is left where a reading overlaps it otherwise (名将小|威廉姆斯: 小 is no syllable of
 * the name the other readings found) or it stands in a post's words.
 */
function withRoleNames(found: NameHit[], roleNames: NameHit[], taken: NameHit[]): NameHit[] {
  let out = found;
  for (const r of roleNames) {
    const overlaps = (f: NameHit) => f.start < r.end && r.start < f.end;
    if (taken.some(overlaps) || out.some((f) => overlaps(f) && (f.start !== r.start || f.end > r.end))) continue;
    out = [...out.filter((f) => !overlaps(f)), r];
  }
  return out;
}

function insideLongerName(ctx: EntityContext, start: number, end: number): boolean {
  const t = ctx.seg.tokens[ctx.seg.tokenAt[start]!];
  return !!t && t.end > end && /^(nr|nrt|nrfg|x)$/.test(t.tag) && TRANSLITERATION_CODES.at(ctx.folded, end);
}

const BEFORE_INDEX = wordIndex(TITLES_BEFORE);
const AFTER_INDEX = wordIndex(TITLES_AFTER);
const ROLES_READ = [...PERSON_ROLES, ...KIN_BEFORE_NAMES];
const ROLES_INDEX = wordIndex(ROLES_READ);
