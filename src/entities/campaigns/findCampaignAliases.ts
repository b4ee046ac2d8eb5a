import type { Span } from '../../types.ts';
import type { Quote } from './findQuotes.ts';
import { BREAK_CHARS, LEFT_STOP_CHARS, LEFT_STOP_WORDS } from './lexicon.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { occurrences } from '../../text/occurrences.ts';
import { tagOf, wordParts } from '../segment.ts';
import { endsAWord } from './driveSetting.ts';

/** A campaign mention with the name its entity takes and, for “X”工程 or X专项斗争, the short name X it is known by. */
export interface NamedCampaign extends Span {
  name: string;
  stem?: string;
  score: number;
}

/** A short form must be this long to be looked for outside quotes; 两违 or 三旧 alone are ordinary words. */
const MIN_BARE_STEM = 4;
const ALIAS_SCORE = 0.7;

function startsAtWordEdge(folded: string, at: number): boolean {
  if (at === 0) return true;
  const c = folded[at - 1]!;
  return BREAK_CHARS.test(c) || LEFT_STOP_CHARS.has(c) || LEFT_STOP_WORDS.some((w) => folded.startsWith(w, at - w.length));
}

/**
 * A short form outside quotes names the campaign where it stands as an item (扫黑除恶、…, 推进污染防治攻坚。), not where
 * it modifies a noun (加强市场监管能力 is not the 市场监管 drive).
 */
function standsAlone(folded: string, end: number): boolean {
  return end >= folded.length || /^(?:[、,，。;；:：)）\s]|等|工作|和|与|及|的)/.test(folded.slice(end, end + 2));
}

/**
 * A short form that states no action names the field or the problem a drive is about (安全生产 in 安全生产专项整治: 安全/an
 * 生产/vn, a kind of production; 食品药品安全; 形式主义官僚主义), which the reports write as an ordinary noun (做好就业、社保、
 * 医疗、安全生产等工作). One with a verb (扫黑/v 除恶/v, 污染/vn 防治/v) or ending in an action on a noun before it (执行力/n
 * 建设/vn) states what the drive does and is its own short name.
 */
function namesAField(form: string): boolean {
  const words = wordParts(form).map((w) => ({ w, tag: tagOf(w) }));
  if (words.some((x) => /^v[di]?$/.test(x.tag))) return false;
  const last = words[words.length - 1]!;
  const before = words[words.length - 2];
  return !(last.tag === 'vn' && before && /^(n|nz|ns|nt|j)$/.test(before.tag));
}

// A name of two parts of three characters or more written with a space between (巾帼心向党　奋进新征程).
const TWO_PART = /^([\u4e00-\u9fff]{3,})[ \u3000]+[\u4e00-\u9fff]{3,}$/;

/**
 * “巾帼心向党　奋进新征程”主题宣讲 and later 深化“巾帼心向党”主题宣讲: a campaign named by a two-part slogan is known by its
 * first part alone, so a mention named by that part takes the whole name.
 */
function byFirstPart(named: NamedCampaign[]): NamedCampaign[] {
  const whole = new Map<string, string>();
  for (const n of named) {
    const m = TWO_PART.exec(n.name);
    if (m && !whole.has(m[1]!)) whole.set(m[1]!, n.name);
  }
  if (!whole.size) return named;
  return named.map((n) => {
    const to = whole.get(n.name.replace(/[“”"「」]/g, ''));
    return to && to !== n.name ? { ...n, name: to } : n;
  });
}

/**
 * One canonical name per campaign, and its other mentions. Mentions sharing a quoted short name (“两违”整治, “两违”治理)
 * take the name of the first one found with a head; a quoted phrase equal to a known short name or name (“两学一做”,
 * “扫黑除恶”) is a mention of it; outside quotes, a short name of four characters or more (扫黑除恶 for
 * 扫黑除恶专项斗争, 两学一做) and a battle without its 战 (污染防治攻坚) are mentions where they start a word.
 * @returns the given mentions renamed to their canonical names, followed by the alias mentions found
 */
export function findCampaignAliases(folded: string, named: NamedCampaign[], quotes: Quote[], excluded: Span[]): NamedCampaign[] {
  const byStem = new Map<string, string>();
  for (const n of named) if (n.stem && n.name !== n.stem && !byStem.has(n.stem)) byStem.set(n.stem, n.name);
  for (const n of named) if (n.stem && !byStem.has(n.stem)) byStem.set(n.stem, n.name);
  const renamed = byFirstPart(named.map((n) => (n.stem && byStem.has(n.stem) ? { ...n, name: byStem.get(n.stem)! } : n)));

  const forms = new Map<string, string>(); // short form or name → canonical
  for (const n of renamed) {
    forms.set(n.name.replace(/[“”"「」]/g, ''), n.name);
    forms.set(folded.slice(n.start, n.end).replace(/[“”"「」]/g, ''), n.name);
    if (n.stem) forms.set(n.stem, n.name);
  }
  const headed = new Set(renamed.filter((n) => n.stem !== n.name).map((n) => n.name));
  const taken = new SpanCover(folded.length, [...renamed, ...excluded]);
  const free = (s: Span) => !taken.overlaps(s);
  const aliases: NamedCampaign[] = [];
  const add = (start: number, end: number, name: string) => {
    const span = { start, end };
    if (!free(span)) return;
    taken.add(span);
    aliases.push({ start, end, name, score: ALIAS_SCORE });
  };

  for (const q of quotes) {
    const name = forms.get(folded.slice(q.start, q.end));
    if (name) add(q.start, q.end, name);
  }
  const bare = [...forms].filter(([f, name]) => f.length >= MIN_BARE_STEM && (f === name || !namesAField(f)));
  for (const n of renamed) {
    const m = /^(.{2,})攻坚战$/.exec(n.name);
    if (m) bare.push([`${m[1]}攻坚`, n.name]);
  }
  bare.sort((a, b) => b[0].length - a[0].length);
  const quoteCover = new SpanCover(
    folded.length,
    quotes.map((q) => ({ start: q.openAt, end: q.closeAt + 1 })),
  );
  const inQuote = (at: number) => quoteCover.covers(at);
  const found = occurrences(
    folded,
    bare.map(([form]) => form),
  );
  bare.forEach(([form, name], k) => {
    for (const at of found[k]!) {
      const end = at + form.length;
      // The whole name, head and all, names the campaign even where it modifies a noun (保障性安居工程建设); a short form there
      // is the noun's field (加强市场监管能力). A name read with its head starts wherever a word ends before it (安排|保障性
      // 安居工程, 这次|社会主义教育运动), not only after the verbs and marks that end a name read from its head; a quoted name
      // without one (“最美家庭”) is as often a title given (市级最美家庭100户).
      const edge = startsAtWordEdge(folded, at) || (form === name && headed.has(name) && endsAWord(folded, at));
      if (inQuote(at) || !edge || (form !== name && !standsAlone(folded, end))) continue;
      if (form.endsWith('攻坚') && folded[end] === '战') continue;
      add(at, end, name);
    }
  });
  return [...renamed, ...aliases];
}
