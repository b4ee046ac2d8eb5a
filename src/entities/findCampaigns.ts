import type { EntityCandidate, Span } from '../types.ts';
import { findTitleMarks, type TitleSpan } from './regulations/findTitleMarks.ts';
import { forgetWordEnds } from './campaigns/driveSetting.ts';
import { findQuotes } from './campaigns/findQuotes.ts';
import { findQuotedCampaigns } from './campaigns/findQuotedCampaigns.ts';
import { findPatternedCampaigns } from './campaigns/findPatternedCampaigns.ts';
import { findListedCampaigns } from './campaigns/findListedCampaigns.ts';
import { findDistributedCampaigns } from './campaigns/findDistributedCampaigns.ts';
import { findCampaignAliases, type NamedCampaign } from './campaigns/findCampaignAliases.ts';
import { insideLonger, SpanCover } from '../text/spanCover.ts';
import { findFiveYearPlans } from './campaigns/fiveYearPlans.ts';
import { findNamedFairs } from './campaigns/namedFairs.ts';
import { findNationalCampaigns } from './campaigns/nationalCampaigns.ts';
import { findGlobalInitiatives } from './campaigns/globalInitiatives.ts';
import { findNamedMovements } from './campaigns/namedMovements.ts';

const SOURCE = 'campaigns';
/** Overlaps with other recognizers are resolved by score: a name read from its head outranks one read from a verb. */
const SCORE = { head: 0.85, self: 0.8, listed: 0.75, launched: 0.7, slogan: 0.5, pattern: 0.8 } as const;

/** Canonical names use the curly quotes of simplified script whatever marks the report used (「扫黑除恶」, "六进"). */
function curlyQuotes(name: string): string {
  let open = true;
  return name.replace(/[「」『』"]/g, (c) => {
    if (c === '「' || c === '『') return '“';
    if (c === '」' || c === '』') return '”';
    const mark = open ? '“' : '”';
    open = !open;
    return mark;
  });
}

/**
 * Named campaigns, drives and programmes: quoted names (“头雁”工程, “两学一做”学习教育, 开展“以案治本”工作), patterned names
 * (碧水攻坚战, 扫黑除恶专项斗争, 纪律教育学习月), names listed next to one (先锋工程 in “头雁”工程、先锋工程和达标创优活动),
 * and the short forms a report uses for them elsewhere (扫黑除恶, “两学一做”), all sharing the campaign's canonical name.
 * Nothing inside a 《…》 title is a campaign mention: the title is the document's name.
 */
export function findCampaigns(text: string, folded: string, marks: TitleSpan[] = findTitleMarks(folded)): EntityCandidate[] {
  forgetWordEnds();
  const titles: Span[] = marks.filter((t) => t.depth === 0).map((t) => ({ start: t.start - 1, end: t.end + 1 }));
  const titleCover = new SpanCover(folded.length, titles);
  const inTitle = (s: Span) => titleCover.overlaps(s);
  const quotes = findQuotes(folded).filter((q) => !inTitle(q));
  const named: NamedCampaign[] = [];
  for (const q of findQuotedCampaigns(folded, quotes)) {
    named.push({ start: q.start, end: q.end, name: q.name, stem: q.stem, score: SCORE[q.rule] });
  }
  const quoteSpans = quotes.map((q) => ({ start: q.openAt, end: q.closeAt + 1 }));
  const patterned = findPatternedCampaigns(folded, [...titles, ...quoteSpans]);
  const quoteClosingAt = new Map(quotes.map((q) => [q.closeAt, q]));
  for (const p of patterned) {
    if (p.counted) continue;
    // “检爱同行 共护未来”未成年人保护法律监督专项行动: a drive written right after a quoted slogan is named by both, and known
    // by the slogan; its unquoted rest is no second drive.
    // “三北”工程科尔沁沙地歼灭战: a battle fought within a quoted programme is named by both, as such a drive is.
    const slogan = p.kind === 'drive' || p.kind === 'battle' ? quoteClosingAt.get(p.start - 1) : undefined;
    if (slogan) {
      if (named.some((n) => n.start === slogan.openAt && n.end === p.end)) continue;
      // The battle is the programme's part, not the programme: it is not known by the quoted name alone.
      const stem = p.kind === 'drive' ? folded.slice(slogan.start, slogan.end) : undefined;
      named.push({ start: slogan.openAt, end: p.end, name: folded.slice(slogan.openAt, p.end), stem, score: SCORE.head });
      continue;
    }
    // A drive is also known by its target alone (扫黑除恶 for 扫黑除恶专项斗争).
    const stem = p.kind === 'drive' ? folded.slice(p.start, p.end - p.head.length) : undefined;
    named.push({ start: p.start, end: p.end, name: folded.slice(p.start, p.end), stem, score: SCORE.pattern });
  }
  for (const f of findNamedFairs(folded)) if (!inTitle(f)) named.push(f);
  for (const c of findNationalCampaigns(folded, titles)) named.push({ ...c, score: SCORE.head });
  for (const c of findGlobalInitiatives(folded, titles)) named.push({ ...c, score: SCORE.head });
  // 整风运动, 文化大革命: a movement of the state's history, by the name the dictionary gives it, launched or not.
  for (const c of findNamedMovements(folded, titles))
    if (!named.some((n) => n.start === c.start && n.end === c.end)) named.push({ ...c, score: SCORE.head });
  // 蓝天、碧水、净土保卫战 names three battles; 蓝天 and 碧水 are mentioned by their front alone (an alias of the name).
  for (const d of findDistributedCampaigns(folded, patterned)) named.push({ ...d, score: SCORE.pattern });
  // A five-year plan is named the same whatever form the report writes (第六个五年计划, “六五”): its reading replaces the
  // quoted or patterned ones at its place.
  const plans = findFiveYearPlans(folded, titles);
  if (plans.length) {
    const planCover = new SpanCover(folded.length, plans);
    const kept = named.filter((n) => !planCover.overlaps(n));
    named.length = 0;
    named.push(...kept, ...plans.map((p) => ({ ...p, score: SCORE.head })));
  }
  // Only a name read from its own head anchors a list: a slogan or a launched phrase says nothing of its neighbours.
  const anchors = named.filter((n) => n.score >= SCORE.listed);
  const counted = patterned.filter((p) => p.counted);
  for (const l of findListedCampaigns(folded, anchors, [...named, ...counted])) {
    if (!inTitle(l)) named.push({ ...l, name: folded.slice(l.start, l.end), score: SCORE.listed });
  }
  const all = findCampaignAliases(folded, named, quotes, [...titles]);
  // One mention per place: a span inside a longer campaign mention is part of that name.
  const hidden = insideLonger(all);
  return all
    .filter((_, i) => !hidden[i])
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const surface = text.slice(c.start, c.end);
      const name = curlyQuotes(c.name);
      return {
        type: 'campaign' as const,
        start: c.start,
        end: c.end,
        surface,
        ...(name !== surface ? { canonical: name } : {}),
        score: c.score,
        source: SOURCE,
      };
    });
}
