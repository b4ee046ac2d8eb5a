import type { EntityContext } from '../context.ts';
import type { NameHit } from './untitledNames.ts';
import { allTransliteration, NAME_HYPHENS } from './transliteration.ts';

// Words that join two names or say something of the first, not a syllable of one (克林顿和叶利钦, 科尔与希拉克, 克林顿是…,
// 科尔也…): conjunctions, prepositions, particles, verbs, adverbs, counts, places and times.
const JOIN_TAG = /^(c|p|u[a-z]*|v[a-z]*|d|m|q|f|t|y|e)$/;

/**
 * A foreign name jieba cut in two around a syllable it read as a word of its own (亚斯特|任|布斯基, where 任 transliterates
 * the Polish rz): two transliterated names read one character apart (the first here after a role, the second before an
 * act), with a character between them that is no word joining two names or saying something of the first, are one name.
 * So are two such names a hyphen joins (阿卜杜勒-阿齐兹). The pieces are replaced.
 */
export function joinSplitForeignNames(ctx: EntityContext, hits: NameHit[]): NameHit[] {
  const { folded, seg } = ctx;
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const drop = new Set<NameHit>();
  const joined: NameHit[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted.find((h) => h.start === a.end + 1);
    if (!b || !allTransliteration(folded.slice(a.start, a.end)) || !allTransliteration(folded.slice(b.start, b.end))) continue;
    const middle = seg.tokens[seg.tokenAt[a.end]!];
    // Or a hyphen between the parts of a compound name (阿卜杜勒-阿齐兹).
    if (NAME_HYPHENS.has(folded[a.end]!)) {
      drop.add(a).add(b);
      joined.push({ start: a.start, end: b.end, score: Math.min(a.score, b.score) });
      continue;
    }
    if (!middle || middle.start !== a.end || middle.end !== b.start || JOIN_TAG.test(middle.tag) || !/[\u4e00-\u9fff]/.test(middle.word))
      continue;
    drop.add(a).add(b);
    joined.push({ start: a.start, end: b.end, score: Math.min(a.score, b.score) });
  }
  return [...hits.filter((h) => !drop.has(h)), ...joined];
}
