import type { EntityContext } from '../context.ts';
import { worldNames } from '../world/worldNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';

// A state's legislature or cabinet written alone (国会, 议会, 内阁), or the meeting of one as a word of jieba's (内阁会议).
const BODY_WORD = /^(国会|议会|内阁)(会议)?$/;
// 议会制度, 议会民主: the institution as a form of government, not one body.
const FORM_AFTER = /^(制|制度|民主|政治|道路|斗争)/;
const SENTENCE_END = /[。！？!?\n]/;

/**
 * 国会, 议会 and 内阁 written alone, in a sentence that names a foreign country (日本国会…，国会将于下月休会; 埃及总理…在内阁会议上):
 * that country's body, named as written; China has none of them, and as a form of government (议会制度) they are no body.
 * Written after the country they are read whole by `placeTeams` (日本国会, 英国议会).
 */
export function bareLegislatures(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (let i = 0; i < seg.tokens.length; i++) {
    const t = seg.tokens[i]!;
    const m = BODY_WORD.exec(t.word);
    if (!m || cover.any(t.start, t.end)) continue;
    const end = t.start + m[1]!.length;
    // 北大西洋|议会: a name before it makes a longer name, not read here.
    const prev = seg.tokens[i - 1];
    if (prev && prev.end === t.start && /^(ns|nz|nt|nr|nrt|j|x)$/.test(prev.tag) && prev.word.length > 1) continue;
    if (FORM_AFTER.test(folded.slice(end, end + 2)) || !foreignCountryInSentence(ctx, i)) continue;
    const hit: OrgHit = { start: t.start, end, kind: 'co', id: m[1]!, name: m[1]!, score: 0.65 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/** Whether a country other than China is named in the sentence of token `i`, before or after it. */
function foreignCountryInSentence(ctx: EntityContext, i: number): boolean {
  const { tokens } = ctx.seg;
  // 日本国会/nt: a country's body jieba reads whole names the country too.
  const isForeign = (w: string) => {
    const country = BODY_WORD.test(w.slice(-2)) ? w.slice(0, -2) : w;
    return country !== '中国' && worldNames().get(country)?.place?.level === 'country';
  };
  for (let k = i - 1; k >= 0 && !SENTENCE_END.test(tokens[k]!.word); k--) if (isForeign(tokens[k]!.word)) return true;
  for (let k = i + 1; k < tokens.length && !SENTENCE_END.test(tokens[k]!.word); k++) if (isForeign(tokens[k]!.word)) return true;
  return false;
}
