import { segment, type Segmentation } from '../../entities/segment.ts';
import { MIS_TAGGED_VERBS } from './misTaggedVerbs.ts';

// The indicator readers segment short stretches of a sentence, the same stretch several times over (the words before a
// number are read for the figure, for a 分别 list and for the clause after it) and the same phrases again in the next
// report (比上年增长, 完成投资). A stretch's words depend on the stretch alone, so each is segmented once and kept.
const segmented = new Map<string, Segmentation>();
const MAX_KEPT = 50_000;

/** segment() of a short stretch, kept for the next time it is asked. The result is shared: read it, never change it. */
export function segmentPhrase(text: string): Segmentation {
  let seg = segmented.get(text);
  if (seg) return seg;
  seg = segment(text);
  // 新建/ns, 毕业/n: verbs the dictionary tags otherwise are read as the verbs they are here.
  for (const t of seg.tokens) if (MIS_TAGGED_VERBS.has(t.word)) t.tag = 'v';
  if (segmented.size >= MAX_KEPT) segmented.clear();
  segmented.set(text, seg);
  return seg;
}
