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
  const notes = [f.change === 'increase' ? t.figure.increase : f.change === 'decrease' ? t.figure.decrease : '', f.approximate ? t.figure.approximate : ''];
  return [tip, ...notes.filter(Boolean)].join(' · ');
}

/** A figure's clause split around the figure's own text, so pages can emphasize it (all parts are escaped text). */
export function splitContext(context: string, text: string): [string, string, string] {
  const i = text ? context.indexOf(text) : -1;
  if (i < 0) return [context, '', ''];
  return [context.slice(0, i), text, context.slice(i + text.length)];
}
