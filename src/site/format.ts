// Display formats shared by pages (numbers as Chinese readers expect them, figure tooltips).
import type { Figure } from '../types.ts';
import { t } from '../i18n/zh.ts';

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

export function formatNumber(n: number): string {
  return Number.isFinite(n) ? numberFormat.format(n) : String(n);
}

/** "6316.73 万元（63,167,300 元）· 下降": value and unit, the normalized value when 万/亿 were folded, its direction. */
export function figureTip(f: Figure): string {
  let tip = `${formatNumber(f.value)} ${f.unit}`.trim();
  if (f.normalizedValue !== f.value || (f.baseUnit && f.baseUnit !== f.unit)) {
    tip += t.paren(`${formatNumber(f.normalizedValue)} ${f.baseUnit}`.trim());
  }
  const notes = [
    f.change === 'increase' ? t.figure.increase : f.change === 'decrease' ? t.figure.decrease : '',
    f.approximate ? t.figure.approximate : '',
  ];
  return [tip, ...notes.filter(Boolean)].join(' · ');
}

/**
 * A figure's clause split around the figure itself, so pages can emphasize it (all parts are escaped text). Placed by
 * the figure's offset in the report, not by the first equal text: 6次 after 实地督导76次 is the second one.
 */
export function splitContext(f: Pick<Figure, 'context' | 'text' | 'start'>, reportText: string): [string, string, string] {
  const { context, text } = f;
  const contextStart = reportText.lastIndexOf(context, f.start);
  let i = contextStart >= 0 && contextStart + context.length >= f.start + text.length ? f.start - contextStart : -1;
  if (i < 0 || context.slice(i, i + text.length) !== text) i = standaloneIndex(context, text);
  if (i < 0) return [context, '', ''];
  return [context.slice(0, i), text, context.slice(i + text.length)];
}

/** The first place `text` stands on its own (not the tail of a longer number: 6次 in 76次). */
function standaloneIndex(context: string, text: string): number {
  if (!text) return -1;
  for (let i = context.indexOf(text); i >= 0; i = context.indexOf(text, i + 1)) {
    if (!/[0-9.,０-９]/.test(context[i - 1] ?? '') || !/^[0-9]/.test(text)) return i;
  }
  return context.indexOf(text);
}

const CLAUSE_BREAK = /[，,；;：:。！？!?、（）()“”"\s]/;
const LABEL_CHARS = 6;

/**
 * What a number counts, as the report says it: the words just before it in its clause (移送问题线索 for 1679条,
 * 立案 for 415件), at most six characters, so a bare 1679条 in a table still says what it is. '' when nothing precedes.
 */
export function figureLabel(reportText: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < LABEL_CHARS && !CLAUSE_BREAK.test(reportText[from - 1]!) && !/[0-9０-９]/.test(reportText[from - 1]!))
    from--;
  return reportText.slice(from, start);
}

const MAX_COUNTS_CHARS = 16;

/**
 * What a case's figure counts: its indicator as the report words it (违反中央八项规定精神问题 for 10起, 通报 for 分4批,
 * 充当“保护伞”等案件 for 58人), which reads the whole clause, else the words just before it (figureLabel); a long
 * indicator is cut to 16 characters.
 */
export function countsLabel(figure: { indicatorText?: string; start: number }, reportText: string): string {
  const indicator = figure.indicatorText?.trim();
  if (!indicator) return figureLabel(reportText, figure.start);
  return indicator.length > MAX_COUNTS_CHARS ? `${indicator.slice(0, MAX_COUNTS_CHARS - 1)}…` : indicator;
}

const URL_LINE = /^\s*(?:(?:原文|来源|文章|信息)?(?:链接|网址|地址|出处|来源)\s*[:：]\s*)?(https?:\/\/[^\s<>"'，。]+)\s*$/i;

/**
 * Where a report was published: the source its file states (front matter `source`, the html page's canonical link),
 * else a line of the text or of the removed site chrome that is just a URL (原文链接：https://…). Only http(s).
 */
export function sourceUrl(report: { source?: string; text: string; removed: string[] }): string | null {
  if (report.source && /^https?:\/\//i.test(report.source)) return report.source;
  for (const line of [...report.removed, ...report.text.split('\n')]) {
    const m = URL_LINE.exec(line);
    if (m) return m[1]!;
  }
  return null;
}
