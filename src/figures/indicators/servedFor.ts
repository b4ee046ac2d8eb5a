import { segmentPhrase } from './phraseSegments.ts';

// 为消费者挽回经济损失486.3万元, 为困难职工发放慰问金…: 为 'for' before those a deed serves, then the deed. What is measured is
// the deed, not the subject of a copula 为 (办结率为99.6%, 为上年的98%, 为调整预算的102.3%), which has no verb after the nouns
// it opens on.
const NOUN_OR_COUNT = /^(?:n|nr|ns|nt|nz|nrt|j|r|m|q|b|s)$/;

/** Whether a phrase opens with 为 and the nouns of those it serves, then a verb (为消费者挽回经济损失). */
export function servedFor(phrase: string): boolean {
  if (!phrase.startsWith('为') || phrase.length < 4) return false;
  const tokens = segmentPhrase(phrase.slice(1)).tokens;
  const k = tokens.findIndex((t) => t.tag === 'v');
  // 为调整预算的102.3%: a verb before 的 opens a relative clause, the noun the copula names (调整/vn 预算/v 的).
  return k >= 1 && tokens[k + 1]?.word !== '的' && tokens.slice(0, k).every((t) => NOUN_OR_COUNT.test(t.tag));
}
