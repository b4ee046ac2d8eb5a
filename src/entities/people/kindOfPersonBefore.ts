import type { EntityContext } from '../context.ts';
import { OPENS_ON_SURNAME, surnameLength } from './personNames.ts';
import { tokensWith } from '../wordTable.ts';
import { wholeName, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';
import { lastGivenGluedAfter } from './splitThreeCharacterNames.ts';

// Words ending in 人 that stand for someone already meant or anyone, not a kind of person (个人所得税, 本人签字, 他人).
const NO_KIND = new Set(['个人', '本人', '他人', '别人', '某人', '有人', '众人', '人人', '为人', '做人', '私人', '法人', '行人']);

/**
 * A Chinese name right after a noun for a kind of person ending in 人 (智残人刘斌和肢残人蔡菁, 星火带头人徐少华, 诗人李白,
 * 年画艺人郭长福):
 * the name-shaped word there is whom the noun describes. In the government work reports of 1954–2024 the one such pair
 * is 诗人李白.
 */
export function namesAfterKindsOfPeople(ctx: EntityContext): NameHit[] {
  const tokens = ctx.seg.tokens;
  const out: NameHit[] = [];
  // The name opens on a surname: only those words are read, each with the word before it.
  const opening = tokensWith(ctx.seg, OPENS_ON_SURNAME);
  for (let n = 0; n < opening.length; n++) {
    const i = opening[n]!;
    if (i < 1) continue;
    const t = tokens[i]!;
    const kind = tokens[i - 1]!;
    if (kind.end !== t.start || kind.word.length < 2 || !kind.word.endsWith('人') || kind.tag !== 'n' || NO_KIND.has(kind.word)) continue;
    if (!/^(nr|nrfg|x)$/.test(t.tag) || !isHan(t.word)) continue;
    const sl = surnameLength(t.word);
    if (!sl || wholeName(t, sl) === undefined) continue;
    // 艺人郭长/x|福带/x|徒: the name's last character went to the word after it.
    out.push({ start: t.start, end: lastGivenGluedAfter(ctx, i, sl) ?? t.end, score: 0.65 });
  }
  return out;
}

// Kinds of writer and artist whom a text often names by a pen or stage name that has no surname (诗人北岛、西川, 歌手刀郎).
const ARTISTS = /(诗人|作家|小说家|散文家|剧作家|词作家|作曲家|画家|书法家|艺术家|评论家|歌手|演员|导演)$/;
// A list of two to six items of two to four characters joined by 、 and closed by 等 (北岛、西川、欧阳江河等).
const ARTIST_LIST = /^((?:[\u4e00-\u9fff]{2,4}、){1,5}[\u4e00-\u9fff]{2,4})等/;

/**
 * The items of a list closed by 等 right after a kind of writer or artist (诗人北岛、西川、欧阳江河等也曾…): each item is
 * someone of that kind, whatever jieba reads it as (北岛/ns, 欧阳/ns|江河/ns), unless the gazetteer knows it as a place.
 */
export function artistsListedAfterKind(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  for (const m of folded.matchAll(/(?:诗人|家|歌手|演员|导演)(?=[\u4e00-\u9fff]{2,4}、)/g)) {
    const at = m.index! + m[0].length;
    if (!ARTISTS.test(folded.slice(Math.max(0, at - 3), at))) continue;
    const list = ARTIST_LIST.exec(folded.slice(at, at + 32));
    if (!list) continue;
    const items = list[1]!.split('、');
    if (items.some((item) => ctx.gaz.byName.has(item))) continue;
    let start = at;
    for (const item of items) {
      out.push({ start, end: start + item.length, score: 0.8 });
      start += item.length + 1;
    }
  }
  return out;
}
