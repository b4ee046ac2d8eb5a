import { companyInTown } from './registeredCompanies.ts';
import { PROJECT_ROLE } from './companySuffixes.ts';
import type { EntityContext } from '../context.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { tagOf, type Token } from '../segment.ts';
import { firstTokenFrom, tokensWith, wordFlag } from '../wordTable.ts';
import { roleOf } from '../spanBoundary.ts';
import { worldNames } from '../world/worldNames.ts';
import { isHan } from '../../text/han.ts';
import { FIELD_NAMED_SERVICE_HEADS, ONE_PER_PLACE_HEADS, SECTOR_HEADS, SERVICE_STATION_HEADS } from '../data/bodyHeads.ts';
import { BODY_HEAD_SET, bodyNameEnd } from './bodyNameWalk.ts';
import { bodyHead, headInsideAnotherWord } from './namedBodies.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { LEAGUE_OR_PARTY, OWNERSHIP_WORDS } from './orgNames.ts';
import { PLACE_SCHOOL, placeStarts } from './placeStarts.ts';
import { FOREIGN_POSTS } from '../people/foreignPostNames.ts';
import { DOUBLED_HEAD_POST, holderAfterPost, withoutGluedPost } from './postsAfterBodies.ts';

// The longest name read from a place to a body's head (中国检察日报社影视部 is 10 characters).
const MAX_NAME = 16;
// Heads of places' bodies (厂, 中学; a charity's 总会, the care homes 福利院, 敬老院, 老年公寓, 养老服务中心; the stations of a
// field's service, 德清县畜牧兽医站) beyond the heads of any body's name; not 政府 (the government of a place is named by
// the place itself) nor a place's party committee (党委, 纪委), read with the place the report means by other recognizers.
// A place's chambers of commerce and fellowships (温州市服装商会, 台州市青年企业家联谊会), and the halls it keeps for culture,
// records and the young (绍兴市青少年宫, 合肥市科技馆, 瑞安市融媒体中心), and its troupes (黄山市徽剧团, 安庆市黄梅戏剧院).
const PLACE_BODY_HEAD = new RegExp(
  `(厂|中学|小学|实验学校|技工学校|职业学校|外国语学校|中心校|幼儿园|教导处|新闻处|管理处|管理所|管理站|研究所|事务所|交易所|派出所|总会|福利院|光荣院|敬老院|养老院|颐养院|老年公寓|养老服务中心|研究中心|商会|联谊会|同乡会|编队|青少年宫|少年宫|文化馆|图书馆|档案馆|博物馆|科技馆|美术馆|融媒体中心|疾控中心|仲裁院|剧团|剧院|歌舞团|艺术团|杂技团|乐团|殡仪馆|${SERVICE_STATION_HEADS.join('|')})$`,
);
const NUMBERED_SCHOOL = /^[一二三四五六七八九十]{1,3}中$/;
const PARTY_STANDING = /^(执政党|反对党|在野党|参政党|执政联盟|反对派)$/;
const PARTY_BODY = /(党委|党工委|纪委|纪工委|政府|委)$/;
const COURT_LEVEL = /^(初级|中级|高级|高等|终审|最高|基层|地区|地方|联邦|巡回|上诉)$/;
const COUNTED_AFTER = /^[0-9０-９]+[余多]?家/;
const PLACES_COUNTED = /^[两三四五六七八九十多各][地省市县区国]$/;

/**
 * Bodies named by a place and what they do: 青岛市公安局, 海口市中级人民法院, 北京市劳动争议仲裁委员会, 西安电影制片厂,
 * 瑞士人文社会科学院. The name starts at the last place of a run of places (吉林|东丰县第五中学 starts at 东丰县), runs over
 * nouns and names only (a verb or a function word ends it) and ends at the last word that is a body's head. Some word
 * between the place and the head must say what the body does (美国|公司, 中国|大型企业|集团 are kinds of body).
 */
export function placeLedBodies(
  ctx: EntityContext,
  taken: OrgHit[],
  waters: readonly { start: number; end: number }[] = [],
): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(
    folded.length,
    taken.filter((h) => h.kind !== 'co'),
  );
  const inside = (h: OrgHit) => out.some((o) => o.start <= h.start && h.end <= o.end && (o.start < h.start || h.end < o.end));
  // The words that may end a body's name, from the words' index: a place with none within a name's reach after it starts
  // no body, and its words are not walked.
  const heads = tokensWith(seg, MAY_END_BODY);
  for (const place of placeStarts(ctx, waters)) {
    const first = seg.tokenAt[place.end] ?? -1;
    if (first < 0 || seg.tokens[first]!.start !== place.end) continue;
    const head = firstTokenFrom(heads, first);
    if (head >= heads.length || seg.tokens[heads[head]!]!.end > place.start + MAX_NAME) continue;
    const abroad = isForeignCountry(folded.slice(place.start, place.end));
    let end = bodyNameEnd(seg, first, {
      maxEnd: place.start + MAX_NAME,
      abroad,
      // Another country or city, or a person's post, starts something else (东京|会见|中国外交部, 新加坡|总理|黄循财), and
      // so does a body's owner (南昌海关|所属|九江海关); 直属 opens a unit's own name (直属二大队). A count of places
      // (广东、广西|两地|海关) makes the head every one's body, no one body's name.
      stop: (t) =>
        FOREIGN_POSTS.has(t.word) ||
        isWorldPlace(t.word) ||
        (OWNERSHIP_WORDS.has(t.word) && t.word !== '直属') ||
        PLACES_COUNTED.test(t.word) ||
        // 德国|汽车|制造商|大众汽车集团: the part a company plays in its trade is said of the company named after it; so is
        // a party's standing of the party after it (南非|执政党|非洲人国民大会, 英国|最大|反对党|保守党).
        PROJECT_ROLE.test(t.word) ||
        PARTY_STANDING.test(t.word) ||
        holderAfterPost(seg, t),
      // 中国文化|扶贫|委员会: what a committee does may be a verb, right before the committee's own word.
      // A legislature or a cabinet is named by its state alone (美国|实行|议会 is no body's name).
      verbBefore: (next) => (isPureHead(next) && !/(集团|公司|银行|议会|国会|内阁)$/.test(next!.word)) || isWorkTeam(next),
      ends: (written, writtenWords) => {
        // 农业农村|局局长: read as 局, the head jieba glued to its post.
        const t = withoutGluedPost(written);
        const words = t === written ? writtenWords : [...writtenWords.slice(0, -1), t];
        return (
          isBodyWord(t, words[words.length - 2]) &&
          (namesWhatItDoes(words) || (words.length === 1 && productPlant(t.word) && cityPlace(ctx, place))) &&
          !isCompanyDepartmentBeforePost(folded, words[words.length - 2]?.word ?? '', t.word, t.end) &&
          // 美国|法院, 浙江|法院: a country or a province has courts of many levels; a county or city one people's court
          // (翼城县|法院).
          !(words.length === 1 && t.word === '法院' && (abroad || isProvince(ctx, folded.slice(place.start, place.end)))) &&
          // 在匈牙利德布勒森|投资|建设|电池|工厂: verbal nouns before the bare word 工厂 are what is done to a plant, not its name.
          !(t.word === '工厂' && words.some((w) => w.tag === 'vn'))
        );
      },
    });
    // No body (-1): asked first, for folded.slice(place.end, -1) is the rest of the report, which the patterns anchored at
    // its end below would read through at every place that starts no body.
    if (end < 0) continue;
    const post = FELLOWSHIP_POST.exec(folded.slice(place.end, end)) ?? STAFF_AFTER.exec(folded.slice(place.end, end));
    if (post) end -= post[1]!.length;
    else end -= DOUBLED_HEAD_POST.exec(folded.slice(place.end, end))?.[2]!.length ?? 0;
    // 宜丰县公安局|党委: the party committee of the body before it; the body is named up to it, as 县教育局党组 is.
    if (end - 2 > place.end && /^(党委|党组)$/.test(folded.slice(end - 2, end))) {
      const body = seg.tokens[seg.tokenAt[end - 3]!];
      if (body && body.end === end - 2 && isBodyWord(body, seg.tokens[seg.tokenAt[end - 3]! - 1])) end -= 2;
    }
    if (PARTY_BODY.test(folded.slice(place.end, end)) || cover.any(place.start, end)) continue;
    if (companyInTown(ctx, place, end, taken)) continue;
    // 异地温州商会76家: a body counted right after its name is one of a kind, every place's, no one body; so is one after
    // 异地 'in other places' (推动异地温州商会新增…).
    if (COUNTED_AFTER.test(folded.slice(end, end + 6)) || /(异地|外地|各地)$/.test(folded.slice(Math.max(0, place.start - 2), place.start)))
      continue;
    // After a river the name ends on a body's own word (…巡回|法庭, …水利|委员会, 流域|管理局), not on a word that only
    // ends like one (汉江下游|杜家台 is a place on the river).
    // (A name ending in 江 is a city's as often: 福州市|晋江|商会.)
    const lastWord = seg.tokens[seg.tokenAt[end - 1]!]!;
    if (
      place.water &&
      !isPureHead(lastWord) &&
      !isWorkTeam(lastWord) &&
      !/(管理局|委员会)$/.test(lastWord.word) &&
      !FELLOWSHIP_HEAD.test(lastWord.word)
    )
      continue;
    // A company or institution read inside the name (波兰科学院 in 波兰科学院地球物理研究所) is part of it.
    if (taken.some((h) => h.kind === 'co' && h.start < end && place.start < h.end && (h.start < place.start || h.end > end))) continue;
    // 共青团|绍兴市|第十四次代表大会: a body of the Youth League or a democratic party in the place is theirs, named with them.
    const owner = LEAGUE_OR_PARTY_BEFORE.exec(folded.slice(Math.max(0, place.start - 4), place.start))?.[0].length ?? 0;
    // Halls and chambers are read after a place of China (葡萄牙|东坡塔档案馆 is the country's and a name of its own).
    // A chamber of commerce is any country's (南非|中华总商会).
    if (
      NEW_PLACE_HEADS.test(lastWord.word) &&
      !FELLOWSHIP_END.test(lastWord.word) &&
      worldNames().get(folded.slice(place.start, place.end))?.place?.level === 'country'
    )
      continue;
    // 宁波市|温州|商会: a chamber of one place's people in another is named with the place it sits in first (and a town's
    // with its county); so is a school one city built in another and named after itself (昌都市|天津|中学,
    // 日喀则市|上海|实验学校), not a town's (阁山镇中心小学).
    // (香港|福建社团联会, 澳门|福建同乡总会: and the federations of a place's fellowships in another.)
    const hosted = /(商会|联谊会|同乡会|同乡总会|社团联会)$/.test(folded.slice(place.start, end)) || hostedSchool(folded, place, end);
    // (南非|中国非洲工程协会: a body named by China in a foreign country is the Chinese community's there, named with it.)
    const host = hosted ? hostPlaceBefore(ctx, place) : chinaAbroad(ctx, place);
    const from = Math.min(host, place.start - owner);
    const name = folded.slice(from, end);
    const hit: OrgHit = { start: from, end, kind: 'co', id: name, name, score: 0.7 };
    out.push(hit);
    cover.add(hit);
  }
  return { hits: out, absorbed: taken.filter((h) => h.kind === 'co' && inside(h)) };
}

function hostedSchool(folded: string, place: { start: number; end: number }, end: number): boolean {
  return /(中学|小学|学校|幼儿园)$/.test(folded.slice(place.start, end)) && !/[镇乡村道]$/.test(folded.slice(place.start, place.end));
}

/**
 * Where a city or province written right before `place` starts, by its full or short name (宁波市|温州商会, 北京|温州企业商会),
 * or a foreign country (意大利|温州商会: the chamber of Wenzhou's people in Italy), or a county by its full name (松阳县|温州商会,
 * and a town's: 苍南县|金乡镇商会, as the reports write them); `place.start` when none is.
 */
function hostPlaceBefore(ctx: EntityContext, place: { start: number; end: number }): number {
  const at = place.start;
  const m = ctx.gazMatches.find(
    (g) =>
      g.end === at &&
      (/[省市]$/.test(g.name) ||
        g.places.every((p) => p.level === 'province' || p.level === 'city') ||
        (/[县区市旗]$/.test(g.name) && g.places.some((p) => p.level === 'county'))),
  );
  if (m) return m.start;
  const prev = ctx.seg.tokens[ctx.seg.tokenAt[at - 1] ?? -1];
  const country = prev?.end === at ? worldNames().get(prev.word) : undefined;
  return prev && country?.place?.level === 'country' && country.canonical !== '中国' ? prev.start : at;
}

/** Where the foreign country written right before 中国 starts (南非|中国…协会), else `place.start`. */
function chinaAbroad(ctx: EntityContext, place: { start: number; end: number }): number {
  if (ctx.folded.slice(place.start, place.end) !== '中国') return place.start;
  const prev = ctx.seg.tokens[ctx.seg.tokenAt[place.start - 1] ?? -1];
  const country = prev?.end === place.start ? worldNames().get(prev.word) : undefined;
  return prev && country?.place?.level === 'country' && country.canonical !== '中国' ? prev.start : place.start;
}

const LEAGUE_OR_PARTY_BEFORE = new RegExp(`(?:${LEAGUE_OR_PARTY})$`);
const POST_AFTER = /^(副?经理|副?主任|副?部长|副?科长|副?处长|负责人|总监|会计|出纳)/;

/**
 * 鄂州城投集团有限公司|财务部|经理: a company's own department (`unit`, right after `owner`) before the post a person holds
 * in it says where the person works; the company is the body named.
 */
export function isCompanyDepartmentBeforePost(folded: string, owner: string, unit: string, unitEnd: number): boolean {
  return /(公司|集团)$/.test(owner) && /[部室科处]$/.test(unit) && POST_AFTER.test(folded.slice(unitEnd, unitEnd + 4));
}

// Whether a word may end a body's name, by the word alone (isBodyWord less what it asks of the word before): a place
// with no such word after it within MAX_NAME starts no body here.
export function mayEndBody(w: string): boolean {
  return (
    PLACE_BODY_HEAD.test(w) ||
    NUMBERED_SCHOOL.test(w) ||
    FELLOWSHIP_POST.test(w) ||
    STAFF_AFTER.test(w) ||
    w === '中心' ||
    w === '台' ||
    CORPS_HEAD.test(w) ||
    BRANCH_HEAD.test(w) ||
    BODY_HEAD_SET.has(w) ||
    SINGLE_HEAD.test(w) ||
    bodyHead(w) !== undefined
  );
}
const MAY_END_BODY = wordFlag(mayEndBody);

/** A head on its own (委员会, 协会, 部): the body's word, no name of another body. */
function isPureHead(t: Token | undefined): boolean {
  return !!t && (BODY_HEAD_SET.has(t.word) || SINGLE_HEAD.test(t.word));
}

const DIRECTION_STEM = /^[东南西北中内外上下前后]+$/;
const FELLOWSHIP_HEAD = /^(商会|联谊会|同乡会)$/;
const FELLOWSHIP_END = /(商会|联谊会|同乡会)$/;
// jieba glues the posts and the members of a chamber or an association to its word (商会会长, 协会会员, 协会理事).
const FELLOWSHIP_POST = /(?:商会|联谊会|协会)(副?会长|秘书长|会员|理事|主席)$/;
// 阁山镇|中心|小学教师: jieba glued a school's or hospital's staff to its word; the body ends before them.
const STAFF_AFTER = /(?:中学|小学|幼儿园|医院|卫生院)(教师|老师|副?校长|副?园长|副?院长|医生|护士)$/;
const NEW_PLACE_HEADS = /(商会|联谊会|同乡会|青少年宫|少年宫|文化馆|图书馆|档案馆|博物馆|科技馆|美术馆|中心|仲裁院)$/;
// Its troupes too (东莞市歌舞团, 广州交响乐团), though not a bare 乐团 or 剧团 (一支美国乐团 is any); its radio and television
// station (开封广播电视台) and its funeral home (十堰市殡仪馆).
const PLACE_HALL =
  /^(青少年宫|少年宫|文化馆|图书馆|档案馆|博物馆|博物院|科技馆|美术馆|融媒体中心|歌舞团|艺术团|杂技团|交响乐团|京剧团|京剧院|广播电视台|殡仪馆)$/;
// Branches of a body (分局, 分院, 支队), named by the place they serve.
const BRANCH_HEAD = /^(分局|分院|分行|分公司|分校|支队|大队)$/;
const CORPS_HEAD = /^(总队|支队|大队)$/;
const SINGLE_HEAD = /^[部局院台党军队社署厅委]$/;

/**
 * A word that ends a body's name: a head on its own (委员会, 台), or a word ending with one whose stem is a word of its own
 * (公安|局, 电影|制片厂, 人民|法院); a two-character word ending in a one-character head is mostly a word of its own
 * (格局, 干部, 舞台) unless jieba reads it as a body (教委/j).
 */
export function isBodyWord(t: Token, before: Token | undefined): boolean {
  if (PLACE_BODY_HEAD.test(t.word)) return true;
  // 成都|七中: a numbered school's short name, right after its place.
  if (!before && NUMBERED_SCHOOL.test(t.word)) return true;
  // 浙江|商会会长, 台商|协会会员: jieba glued a post or the members to a chamber's word; the body ends before it (cut by
  // the caller).
  if (FELLOWSHIP_POST.test(t.word) || STAFF_AFTER.test(t.word)) return true;
  // 融|媒体|中心, 质量|检测|中心: the county media centre, a testing centre; 中心 alone heads too many common nouns (市中心).
  if (t.word === '中心' && before?.end === t.start && /^(媒体|检测|监测)$/.test(before.word)) return true;
  // 生态环境局|临淄|分局: a branch of the body before it, in a place of its own.
  // 泉州市|消防|救援|支队, 公安局|交通警察|支队: a corps after the service it does is a body of its own.
  if (CORPS_HEAD.test(t.word) && before?.end === t.start && /^(n|vn)$/.test(before.tag) && !/生产/.test(before.word)) return true;
  if (BRANCH_HEAD.test(t.word)) return !!before && before.end === t.start && before.tag === 'ns';
  // 有线电视|台: a station only after what it broadcasts (兴安|台 is a place).
  if (t.word === '台') return !!before && /(电视|广播)$/.test(before.word);
  if (BODY_HEAD_SET.has(t.word)) return true;
  // 影视|部 after the body it belongs to (中国检察日报社影视部).
  if (SINGLE_HEAD.test(t.word)) return !!before && before.end === t.start;
  const head = bodyHead(t.word);
  if (!head || DIRECTION_STEM.test(t.word.slice(0, -head.length)) || headInsideAnotherWord(t.word, head)) return false;
  return t.word.length > 2 || !SINGLE_HEAD.test(head) || /^(nt|j)$/.test(t.tag);
}

/** Whether the words after the place say what the body does: some word that is not generic and not a head alone. */
export function namesWhatItDoes(words: Token[]): boolean {
  const last = words[words.length - 1]!;
  const before = words[words.length - 2];
  const head = BODY_HEAD_SET.has(last.word) ? undefined : bodyHead(last.word);
  const stem = head ? last.word.slice(0, -head.length) : '';
  if (words.length === 1 && (ONE_PER_PLACE_HEADS.has(last.word) || PLACE_SCHOOL.test(last.word))) return true;
  // 翼城县|法院, 霍州|法院: a county's or city's people's court by its short name, one to each (not a country's: ends).
  if (words.length === 1 && last.word === '法院') return true;
  // 安吉县|植保站: a station whose word names its field is the place's one station of that field.
  if (words.length === 1 && SERVICE_STATION_HEADS.includes(last.word) && !FIELD_NAMED_SERVICE_HEADS.has(last.word)) return true;
  // 石牌镇|应急|救援队, 沙洋县|汉江|防汛|抢险|突击队: a team named by the work it does is the place's one team of that work,
  // however generic the words before it (应急, 专业).
  // (国家统计局|浙江|调查|总队: a corps after the work it does, jieba's two words.)
  if (isWorkTeam(last) || (CORPS_HEAD.test(last.word) && before && /^(v|vn)$/.test(before.tag))) return true;
  // 瓯海区|实验|小学, 绍兴市|青少年宫, 瑞安市|融|媒体|中心: a place has one school of that name, and one hall of each kind.
  const written = words
    .map((w) => w.word)
    .join('')
    .replace(STAFF_AFTER, (all, staff: string) => all.slice(0, -staff.length));
  if (PLACE_SCHOOL.test(written) || PLACE_HALL.test(written)) return true;
  // 北京|证券|交易所, 伦敦|金属|交易所: a place has one exchange for each thing traded, however generic its word (证券).
  if (last.word === '交易所' && words.length === 2) return true;
  // 温州商会, 温州市|服装|商会, 北京市温州|企业|商会: a chamber or fellowship gathers the people of a place or of a trade, so
  // the place names it, and so does a trade's word, a kind of work to other heads.
  // (An association is named by its field: a bare 协会 after a place is no name.)
  if ((FELLOWSHIP_HEAD.test(last.word) || (FELLOWSHIP_POST.test(last.word) && !last.word.startsWith('协会'))) && words.length <= 4)
    return true;
  // 晋中市|教育局, 某省|交通运输厅: a field before a government department's head names the place's department, even a
  // field that elsewhere sorts things into kinds (教育, 交通运输).
  // (温州市|统计局/nt: a department jieba knows by name, whatever it tags its field: 统计/v.)
  if (
    words.length === 1 &&
    head &&
    SECTOR_HEADS.has(head) &&
    stem.length >= 2 &&
    (/^(n|vn|l|j|x|nz)$/.test(tagOf(stem)) || last.tag === 'nt')
  )
    return true;
  // 眉山市|农业|农村|局: fields jieba cut apart before a department's one-character head name it as 农业|局 does.
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    /^[局厅]$/.test(last.word) &&
    words.slice(0, -1).every((w) => w.word.length >= 2 && /^(n|vn|nz|j)$/.test(w.tag))
  )
    return true;
  // 澳门特区|初级|法院, 弗吉尼亚州|东区|联邦|地区|法院: a place has one court of each level and reach.
  if (last.word === '法院' && words.length >= 2 && words.slice(0, -1).every((w) => COURT_LEVEL.test(w.word))) return true;
  // 上海|金融|法院, 南京|海事|法院: and one court of each field it is set up for, however generic the field's word (金融).
  if (last.word === '法院' && words.length === 2 && /^(n|vn|nz)$/.test(words[0]!.tag)) return true;
  // 法国|开发署, 美国|审计署: a 署 is an agency of a state, named by what it does, a verb as often as a noun.
  if (words.length === 1 && head === '署' && stem.length >= 2 && tagOf(stem) === 'v') return true;
  // 发展|和|改革|委员会: two fields joined by 和 (read so only before a department's head) say what it does.
  if (words.some((w, j) => w.word === '和' && j > 0 && j < words.length - 1)) return true;
  // 中国文化|扶贫|委员会: a verb right before the committee's own word says what it does.
  // (美国|侵略|集团 is an epithet of a country's rulers, not a body's name.)
  if (before && roleOf(before) === 'predicate' && isPureHead(last) && !/(集团|公司|银行)$/.test(last.word)) return true;
  return words.slice(0, -1).some((w) => !isGenericWord(w)) || (!!stem && !isGenericWord({ word: stem, tag: tagOf(stem) }));
}

/**
 * 阜新|电厂, 哈尔滨|电机厂, 上海|锅炉厂: one word of what a plant makes and 厂, right after a city or county, is that
 * place's plant of that product, as 长春|第一|汽车厂 is; not a bare 工厂 nor a kind of plant jieba files as generic (化工厂).
 */
function productPlant(word: string): boolean {
  if (word.length < 2 || !word.endsWith('厂') || word === '工厂') return false;
  const product = word.slice(0, -1);
  return isHan(product) && !isGenericWord({ word: product, tag: tagOf(product) });
}

/**
 * A city or county (阜新, 哈尔滨市, 上海: a province-level 市): a province or a country has plants of every kind (广东电厂 are
 * any of them).
 */
function cityPlace(ctx: EntityContext, place: { start: number; end: number }): boolean {
  const m = ctx.gazMatches.find((g) => g.start === place.start && g.end === place.end);
  return !!m && m.places.every((p) => p.level !== 'province' || p.name.endsWith('市'));
}

/** A team named by the work it does, as jieba writes it in one word (救援|队, 突击|队, 抢险|队: a verb before 队). */
function isWorkTeam(t: Token | undefined): boolean {
  if (!t || t.word.length !== 3 || !t.word.endsWith('队')) return false;
  return /^(v|vn)$/.test(tagOf(t.word.slice(0, 2)));
}

/** A country of the world data other than China (伊朗, 印度). */
function isForeignCountry(name: string): boolean {
  const hit = worldNames().get(name);
  return hit?.place?.level === 'country' && hit.canonical !== '中国';
}

/** A word that is or starts with a country or city of the world data (中国, 中国外交部/nt). */
function isWorldPlace(word: string): boolean {
  for (let len = 2; len <= word.length; len++) {
    const level = worldNames().get(word.slice(0, len))?.place?.level;
    if (level === 'country' || level === 'city') return true;
  }
  return false;
}

/** The name is a province's, in full or short (浙江省, 浙江). */
function isProvince(ctx: EntityContext, name: string): boolean {
  return (ctx.gaz.byName.get(name) ?? []).some((p) => p.level === 'province');
}
