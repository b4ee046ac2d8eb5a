import type { Span } from '../../types.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';

// The deed is read whole up to this length (完成国有企业下岗职工基本生活保障向失业保险并轨: 21); longer, it is no one deed.
const MAX_DEED = 24;
// Adverbs between the counted noun and its verb say how many or how far, not what was done (全部免征, 已初步建立, 均已完成).
const LEAD_ADVERBS = /^(?:全部|都|均|已经|已|也|还|先后|相继|陆续|基本|初步|率先|正在|正|将)+/;
// A deed of being reached or helped (受益, 获益, 惠及): what the noun counts is who benefits, which the clause before names.
const BENEFIT = /^(?:受益|获益|得到实惠|受惠)$/;

/**
 * 17个省（区、市）完成国有企业下岗职工基本生活保障向失业保险并轨, 在320个县开展新型农村社会养老保险试点: a count that opens its
 * clause counts the places or bodies that did the deed written after them, not the noun alone (省, 县): read as the deed's
 * doers (完成…并轨的省). `noun` is the noun read after the count; `clauseEnd` where the clause ends.
 */
export function countedDoers(sentence: string, noun: IndicatorRead, clauseEnd: number): IndicatorRead | undefined {
  let at = noun.end;
  // 省（区、市）: a note on what the noun includes stands between it and its deed.
  const note = /^[（(][^（()）]{1,12}[)）]/.exec(sentence.slice(at, clauseEnd));
  if (note) at += note[0].length;
  const rest = sentence.slice(at, clauseEnd).replace(/[\s。；;，,]+$/, '');
  if (!rest || !/^[\u4e00-\u9fff“”"]+$/.test(rest)) return undefined;
  if (rest.startsWith('的')) return undefined;
  // 除了17个项目已经完工投入生产以外: 以外 closes 除了, not the deed.
  const deed = rest
    .replace(LEAD_ADVERBS, '')
    .replace(/了/g, '')
    .replace(/[“”"]/g, '')
    .replace(/(?:以外|之外)$/, '');
  // 这120个项目建成后: a clause of time, not the deed the count is of.
  if (deed.length < 2 || deed.length > MAX_DEED || BENEFIT.test(deed) || /(?:后|以后|之后|时|以前|之前|以来)$/.test(deed)) return undefined;
  if (!/^v/.test(segmentPhrase(deed).tokens[0]?.tag ?? '')) return undefined;
  return { ...noun, text: `${deed}的${noun.text}` };
}

/** Whether a count opens its clause: no words of its own before it (hasBefore false), or only a preposition (在320个县, 除了17个项目). */
export function opensClause(sentence: string, before: Span, hasBefore: boolean): boolean {
  return !hasBefore || /^(?:[在对向给]|除了?)$/.test(sentence.slice(before.start, before.end).trim());
}
