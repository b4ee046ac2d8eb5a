import type { EntityContext } from '../context.ts';
import { wordEndingAt, type Token } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { isPlace } from './listedShortNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';

// What only a company has, written right after its name in business news: its chief officers, its shares and its
// market value (特斯拉首席执行官, 英伟达股价). Not 总裁 or 董事长, which a person's name precedes as often (拉加德总裁).
const COMPANY_CUES = ['首席执行官', '首席财务官', '首席运营官', '首席技术官', '股价', '市值'];
// Words jieba reads as names or does not know: a brand's own words (特斯拉/nrt, 摩根/nz|大通/nz).
const BRAND_TAGS = /^(nz|nrt|x)$/;
const MAX_WORDS = 2;
const MAX_NAME = 6;

/** The brand's words ending at `end`: up to two name words jieba does not know as places, glued to each other. */
function brandWords(ctx: EntityContext, end: number): Token[] {
  const words: Token[] = [];
  let at = end;
  for (let w = wordEndingAt(ctx.seg, at); w && words.length < MAX_WORDS; w = wordEndingAt(ctx.seg, at)) {
    if (!BRAND_TAGS.test(w.tag) || !isHan(w.word) || isPlace(w.word, ctx.gaz) || worldNames().has(w.word)) break;
    words.unshift(w);
    at = w.start;
  }
  return words;
}

/**
 * Companies named by a brand alone that jieba reads as a name or does not know, right before what only a company has
 * (特斯拉|首席执行官, 摩根|大通|首席执行官): foreign companies in world and business news, which no list of listed companies
 * holds.
 */
export function officerNamedCompanies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const cue of COMPANY_CUES) {
    for (let at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + cue.length)) {
      const words = brandWords(ctx, at);
      if (!words.length) continue;
      const start = words[0]!.start;
      if (at - start < 2 || at - start > MAX_NAME || cover.any(start, at)) continue;
      const name = folded.slice(start, at);
      const hit: OrgHit = { start, end: at, kind: 'co', id: name, name, score: 0.7 };
      out.push(hit);
      cover.add(hit);
    }
  }
  return out;
}
