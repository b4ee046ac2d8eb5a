import type { NamedCampaign } from './findCampaignAliases.ts';
import { segment } from '../segment.ts';
import { endsOf, matchesEndingAt, startsOf } from '../../text/matchesNear.ts';

// An expo known by its short name: one character of its name and the head cut short (世博会 of 世界博览会, 进博会 of 进口博览会,
// 广交会 of 广州交易会, 服贸会 of 服务贸易交易会), written as one word or as the character and 博会 (进/博会), never a word
// of its own before 会 (赌博/会, 外交/会).
const EXPO_SHORT_TAILS = ['博会', '交会', '贸会'];

// Fairs, exhibitions and forums held under a name (中国进出口商品交易会, 汉诺威工业博览会, 中国—东盟博览会): events a report
// takes part in or hosts, named like a campaign (the development gold's 2018海内外高层次人才东莞行 is one).
// A festival held under a name (中国·光山油茶文化节, 青岛国际啤酒节) is such an event too; only its kinds that are no
// ordinary holiday (春节, 国庆节 end in 节 alone). An exchange week (中法青年艺术交流周, 中意设计周), a contest or games held
// under a name (宁波—中东欧国家青年创新创业大赛, 全国少数民族传统体育运动会) and a trade show (米兰国际家具展: 展 ending a word
// after 国际) are such events too, and so is a sports contest held under a name (2023日照马拉松, 全国帆船锦标赛, 第五届“渔家杯”
// 龙舟赛): its kinds of contest (锦标赛, 联赛, 马拉松) and a sport's match (…球赛, 龙舟赛, 帆船赛, 自行车赛). A 竞赛 is a 大赛's
// kind (第二届“宜工杯”职业技能竞赛, 全国职业技能竞赛); a unit's own (劳动竞赛, 职工技能竞赛) has no name or scope before it.
const FAIR_HEAD_WORDS = [
  ...['冬残奥会', '残奥会', '冬奥会', '特奥会', '奥运会', ...[...'全亚青残民大'].map((kind) => `${kind}运会`)],
  ...EXPO_SHORT_TAILS,
  ...['博览会', '交易会', '交流会', '展览会', '展销会', '洽谈会', '论坛', '峰会', '大会', '大赛', '竞赛', '运动会', '那达慕大会'],
  ...['锦标赛', '联赛', '公开赛', '邀请赛', '挑战赛', '冠军赛', '大奖赛', '马拉松', '球赛', '舟赛', '船赛', '车赛'],
  ...['文化', '艺术', '旅游', '电影', '音乐', '美食', '啤酒', '冰雪', '丰收', '戏剧', '民歌'].map((kind) => `${kind}节`),
  ...['交流', '文化', '艺术', '设计', '戏剧', '电影', '时装'].map((kind) => `${kind}周`),
];
// A trade show's 展 ends a word after 国际 (米兰国际家具展), within this reach of it.
const SHOW_AFTER_INTERNATIONAL = { from: 3, to: 6 };
const FAIR_HEADS = new RegExp(`(${FAIR_HEAD_WORDS.join('|')}|(?<=国际[\u4e00-\u9fff]{1,4})展(?=[^\u4e00-\u9fff]|[和与及暨]|$))`, 'g');
const LONGEST_HEAD = Math.max(...FAIR_HEAD_WORDS.map((w) => w.length));
// What stands right before a fair's name: its edition (第135届, 首届, 2024年) or a verb of taking part in or holding it.
const BEFORE_NAME = /(第[0-9一二三四五六七八九十百]+届|首届|[0-9]{4}年?|参加|参展|出席|举办|承办|主办|办好|筹办|亮相)$/;
// The characters a fair's name is written with: words, and the brackets, dash and dot of 中国（哈萨克斯坦）, 中国—东盟, 中国·光山,
// and the quotes of a name's quoted part (山东省“和美乡村”篮球赛), read only where they pair up.
const NAME_CHAR = /[\u4e00-\u9fff（）()—·“”]/;
// Games known by their short name (全运会, 亚运会, 奥运会, 冬奥会): the head is a name by itself, read after its edition, year or
// verb (第十四届全运会) or with the place holding them before (杭州第19届亚运会, 2024年巴黎奥运会).
const GAMES_BY_SHORT_NAME = /^(?:冬残奥会|残奥会|冬奥会|特奥会|奥运会|[全亚青残民大]运会|[\u4e00-\u9fff](?:博|交|贸)会)$/;
// A year written without 年 right before a name (2023日照马拉松) is part of how an event's brand is written: the name is
// what follows, whatever its first word (日照 is, first of all, a common noun to jieba).
const BRAND_YEAR = /(?:^|[^0-9])[0-9]{4}$/;
// Characters that end a name reading leftwards even inside a run of words: lists, particles, prepositions, and 暨 that joins
// two events held together (中国—中东欧国家博览会暨国际消费品博览会). 与 may stand inside a name (中国东西部合作与投资贸易
// 洽谈会): a reading across it needs an edition or a verb before its start, as every reading does.
const NOT_IN_NAME = /[、的和及在了等暨]/;
const MAX_NAME = 22;
// The first word of a fair's name is a name (汉诺威, 中国, 上海) or says its scope (国际, 世界); 专题论坛 or 各类论坛 is no name.
const NAME_FIRST_TAGS = /^(ns|nr|nrt|nz|nt|j|x)$/;
const SCOPE_WORDS = /^(中国|国际|世界|全球|亚洲|全国)$/;
// A week or festival between two countries opens with 中 and the other's one-character short form (中意设计周, 中德文化交流周).
const BILATERAL = /^中[\u4e00-\u9fff]?$/;
const WEEK_OR_FESTIVAL = /[周节]$/;
// 常德市第六届少数民族传统体育运动会, 全国第十二届…运动会: a place or the nation written before the edition opens the name.
const EDITION = /第[0-9一二三四五六七八九十百]+届$/;
// 夏季达沃斯论坛: the season a forum is held in opens its name.
const SEASONS = /^(夏季|冬季|春季|秋季)$/;
// 大会 ends the name of a congress held under a scope (全球工业互联网大会), not of a meeting (表彰大会, 职工代表大会).
const MEETING_HEAD = '大会';
// 联合国系列峰会: a series of summits of a body, no one event's name.
const SERIES = /系列$/;
const SCORE = 0.85;
const FESTIVAL = /(?:节|那达慕大会)$/;

/** Where a place (常德市) or the nation (全国) written right before an edition at `at` starts, if one is. */
function placeBefore(folded: string, at: number): number | false {
  const from = Math.max(0, at - 8);
  const words = segment(folded.slice(from, at)).tokens;
  const last = words[words.length - 1];
  if (!last || !(last.tag === 'ns' || last.word === '全国')) return false;
  return at - last.word.length;
}

/** Whether every quote of a name is closed within it (“和美乡村”篮球赛, not 美乡村”篮球赛). */
function quotesPair(name: string): boolean {
  let open = false;
  for (const c of name) {
    if (c === '“') {
      if (open) return false;
      open = true;
    } else if (c === '”') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

/** An expo's short name whose cut head (博会, 交会, 贸会) stands at `at`: the character before it with it, if they are words. */
function expoShortName(folded: string, at: number): RegExpExecArray | undefined {
  if (at < 1) return undefined;
  const from = Math.max(0, at - 4);
  const starts = new Map<number, string>();
  let pos = from;
  for (const t of segment(folded.slice(from, at + 3)).tokens) {
    starts.set(pos, t.word);
    pos += t.word.length;
  }
  const first = starts.get(at - 1);
  // One word (世博会, 广交会), or the character a word of its own and the head another (进/博会); not 赌博/会.
  const words = first?.length === 3 || (first?.length === 1 && starts.get(at)?.length === 2);
  if (!words) return undefined;
  const m = [folded.slice(at - 1, at + 2)] as unknown as RegExpExecArray;
  m.index = at - 1;
  return m;
}

/** Where a head of FAIR_HEADS may end: after a head's word, or after a 展 within reach after 国际. */
function headEnds(folded: string): number[] {
  const ends = endsOf(folded, FAIR_HEAD_WORDS);
  const shows: number[] = [];
  for (const at of startsOf(folded, ['国际']))
    for (let show = at + SHOW_AFTER_INTERNATIONAL.from; show <= at + SHOW_AFTER_INTERNATIONAL.to; show++)
      if (folded[show] === '展') shows.push(show + 1);
  return shows.length ? [...ends, ...shows].sort((a, b) => a - b) : ends;
}

/** Named fairs and forums, each named without its edition (第七届中国国际进口博览会 is 中国国际进口博览会). */
export function findNamedFairs(folded: string): NamedCampaign[] {
  const out: NamedCampaign[] = [];
  for (const found of matchesEndingAt(folded, FAIR_HEADS, headEnds(folded), LONGEST_HEAD)) {
    const m = EXPO_SHORT_TAILS.includes(found[0]) ? expoShortName(folded, found.index!) : found;
    if (!m) continue;
    const headStart = m.index!;
    const end = headStart + m[0].length;
    if (SERIES.test(folded.slice(0, headStart))) continue;
    const games = GAMES_BY_SHORT_NAME.test(m[0]);
    // 全运会和亚运会: games known by a short name may follow another in a list.
    const nextInList = games && out.some((f) => f.end === headStart - 1);
    if (NOT_IN_NAME.test(folded[headStart - 1] ?? '') && !nextInList) continue;
    // 烟霞镇第十八届人民代表大会, 第五次党员代表大会: a congress of deputies is a body meeting in session, no event held.
    if (m[0] === MEETING_HEAD && folded.endsWith('代表', headStart)) continue;
    // 山东省第二十六届运动会: the edition right before the head, with the place that holds the games before it.
    const editionOnly = EDITION.exec(folded.slice(Math.max(0, headStart - 8), headStart));
    const host = editionOnly ? placeBefore(folded, headStart - editionOnly[0].length) : false;
    if (host !== false) {
      out.push({ start: host, end, name: folded.slice(host, end), score: SCORE });
      continue;
    }
    // 北京奥运会, 上海世博会: a place right before games or an expo known by a short name is the city holding them (not the
    // nation's own name: 中国奥运会代表团 is its team).
    const city = games && !nextInList ? placeBefore(folded, headStart) : false;
    if (city !== false && !folded.startsWith('中国', city)) {
      out.push({ start: city, end, name: folded.slice(city, end), score: SCORE });
      continue;
    }
    // The nearest edition or verb before the head, with only name characters between.
    // Read leftwards, a closing quote opens a quoted part, in which 和 and 的 are the name's own (“和美乡村”).
    let quoted = folded[headStart - 1] === '”';
    for (let start = games ? headStart : headStart - 2; start >= Math.max(0, headStart - MAX_NAME); start--) {
      const c = folded[start]!;
      if (c === '”' || c === '“') quoted = c === '”';
      if (!NAME_CHAR.test(c) || (!quoted && NOT_IN_NAME.test(c))) break;
      // A later item of a list of fairs (举办A、B和C): the one before it read as a fair ends right before the 、 or 和.
      const listed = /[、和暨]/.test(folded[start - 1] ?? '') && out.some((f) => f.end === start - 1);
      const before = folded.slice(Math.max(0, start - 6), start);
      if (!listed && !BEFORE_NAME.test(before)) continue;
      if (!quotesPair(folded.slice(start, end))) continue;
      const edition = EDITION.exec(before);
      const opener = edition ? placeBefore(folded, start - edition[0].length) : false;
      if (opener !== false) {
        out.push({ start: opener, end, name: folded.slice(opener, end), score: SCORE });
        break;
      }
      if (start === headStart) {
        out.push({ start, end, name: m[0], score: SCORE });
        break;
      }
      const words = segment(folded.slice(start, end)).tokens;
      const first = SEASONS.test(words[0]?.word ?? '') ? words[1] : words[0];
      const bilateral = !!first && BILATERAL.test(first.word) && WEEK_OR_FESTIVAL.test(m[0]);
      const branded = BRAND_YEAR.test(before);
      // 第五届烟霞乡村旅游文化节, 第十届阿鲁科尔沁那达慕大会: an edition numbers a festival held under a name, whatever its first
      // word (a meeting or a staff's sports day is numbered too: 第三届会员大会, 首届职工运动会).
      const numbered = (!!edition || before.endsWith('首届')) && FESTIVAL.test(m[0]);
      if (!first || !(NAME_FIRST_TAGS.test(first.tag) || SCOPE_WORDS.test(first.word) || bilateral || branded || numbered)) break;
      if (m[0] === MEETING_HEAD && !SCOPE_WORDS.test(first.word)) break;
      out.push({ start, end, name: folded.slice(start, end), score: SCORE });
      break;
    }
  }
  return out;
}
