import type { NamedCampaign } from './findCampaignAliases.ts';
import { segment } from '../segment.ts';

// Fairs, exhibitions and forums held under a name (中国进出口商品交易会, 汉诺威工业博览会, 中国—东盟博览会): events a report
// takes part in or hosts, named like a campaign (the development gold's 2018海内外高层次人才东莞行 is one).
// A festival held under a name (中国·光山油茶文化节, 青岛国际啤酒节) is such an event too; only its kinds that are no
// ordinary holiday (春节, 国庆节 end in 节 alone).
const FAIR_HEADS = /(博览会|交易会|展览会|展销会|洽谈会|论坛|峰会|大会|文化节|旅游节|艺术节|电影节|音乐节|美食节|啤酒节)/g;
// What stands right before a fair's name: its edition (第135届, 首届, 2024年) or a verb of taking part in or holding it.
const BEFORE_NAME = /(第[0-9一二三四五六七八九十百]+届|首届|[0-9]{4}年?|参加|参展|出席|举办|承办|主办|办好|筹办|亮相)$/;
// The characters a fair's name is written with: words, and the brackets, dash and dot of 中国（哈萨克斯坦）, 中国—东盟, 中国·光山.
const NAME_CHAR = /[\u4e00-\u9fff（）()—·]/;
// Characters that end a name reading leftwards even inside a run of words: lists, particles, prepositions.
const NOT_IN_NAME = /[、的和与及在了等]/;
const MAX_NAME = 22;
// The first word of a fair's name is a name (汉诺威, 中国, 上海) or says its scope (国际, 世界); 专题论坛 or 各类论坛 is no name.
const NAME_FIRST_TAGS = /^(ns|nr|nrt|nz|nt|j|x)$/;
const SCOPE_WORDS = /^(中国|国际|世界|全球|亚洲|全国)$/;
// 夏季达沃斯论坛: the season a forum is held in opens its name.
const SEASONS = /^(夏季|冬季|春季|秋季)$/;
// 大会 ends the name of a congress held under a scope (全球工业互联网大会), not of a meeting (表彰大会, 职工代表大会).
const MEETING_HEAD = '大会';
// 联合国系列峰会: a series of summits of a body, no one event's name.
const SERIES = /系列$/;
const SCORE = 0.85;

/** Named fairs and forums, each named without its edition (第七届中国国际进口博览会 is 中国国际进口博览会). */
export function findNamedFairs(folded: string): NamedCampaign[] {
  const out: NamedCampaign[] = [];
  for (const m of folded.matchAll(FAIR_HEADS)) {
    const headStart = m.index!;
    const end = headStart + m[0].length;
    if (SERIES.test(folded.slice(0, headStart))) continue;
    // The nearest edition or verb before the head, with only name characters between.
    for (let start = headStart - 2; start >= Math.max(0, headStart - MAX_NAME); start--) {
      const c = folded[start]!;
      if (!NAME_CHAR.test(c) || NOT_IN_NAME.test(c)) break;
      // A later item of a list of fairs (举办A、B和C): the one before it read as a fair ends right before the 、 or 和.
      const listed = /[、和]/.test(folded[start - 1] ?? '') && out.some((f) => f.end === start - 1);
      if (!listed && !BEFORE_NAME.test(folded.slice(Math.max(0, start - 6), start))) continue;
      const words = segment(folded.slice(start, end)).tokens;
      const first = SEASONS.test(words[0]?.word ?? '') ? words[1] : words[0];
      if (!first || !(NAME_FIRST_TAGS.test(first.tag) || SCOPE_WORDS.test(first.word))) break;
      if (m[0] === MEETING_HEAD && !SCOPE_WORDS.test(first.word)) break;
      out.push({ start, end, name: folded.slice(start, end), score: SCORE });
      break;
    }
  }
  return out;
}
