import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { NOT_IN_NAME } from './personNames.ts';
import { isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';
import { occurrences } from '../../text/occurrences.ts';

// Titles of a monarch's house written right after the holder's personal name (明仁天皇, 雅子皇后, 慈禧太后, 秋篠宫文仁亲王):
// an emperor, an empress and the princes of a house are named by a given name alone, with no surname before it.
const TITLES = ['天皇', '皇后', '皇太后', '太后', '皇太子', '太子妃', '亲王', '王妃'];
// Tags of a two-character word before the title that is the kind or time of the monarch, not a name (历代, 新任, 当今, 这位).
const NOT_A_NAME_TAG = /^(n|v|vn|a|ad|an|d|b|t|r|m|f|s|p|c|l|i)$/;

/**
 * The personal name before a title of a monarch's house: two characters at a word's start (明/a|仁天皇, 德仁/x 即位 …
 * 德仁天皇), or three that jieba holds as a name (美智子/nr|皇后), which no gazetteer or world data holds as a place
 * (日本天皇, 英国王妃 are of a country) and jieba does not know as a word of another kind (历代天皇, 这位皇后).
 */
export function royalNames(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  // Every title's places in one look-up of the report's character pairs, not a scan of the report per title.
  const found = occurrences(folded, TITLES);
  for (const [k, title] of TITLES.entries()) {
    for (const at of found[k]!) {
      // The longer title is read once (皇太后 holds 太后).
      if (TITLES.some((t) => t.length > title.length && t.endsWith(title) && folded.startsWith(t, at - (t.length - title.length))))
        continue;
      const three = seg.tokens[seg.tokenAt[at - 3] ?? -1];
      const start = three && three.start === at - 3 && three.end === at && three.tag === 'nr' ? at - 3 : at - 2;
      if (start < 0 || !seg.boundaries.has(start)) continue;
      const name = folded.slice(start, at);
      if (!isHan(name) || [...name].some((c) => NOT_IN_NAME.has(c)) || NOT_A_NAME_TAG.test(tagOf(name.slice(0, 2)))) continue;
      if (isKnownPlaceName(ctx, name)) continue;
      out.push({ start, end: at, score: 0.7 });
    }
  }
  return out;
}
