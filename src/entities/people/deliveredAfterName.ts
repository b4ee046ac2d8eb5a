import type { EntityContext } from '../context.ts';
import { wordStartingAt } from '../segment.ts';
import type { NameHit } from './untitledNames.ts';

// What one delivers after 作 or 做 (作说明, 作报告, 作讲话, 作专题报告): jieba, not knowing a name, may run its last
// character into the verb (秘书长司马|俊作/x|说明 read 司马俊作, 研究员钱|前作/x|专题报告), and a name read up to there
// ends before the verb.
const DELIVERED = /^(?:专题|主题|重要|书面|学术|辅导)?(说明|报告|讲话|发言|总结|部署|动员|汇报|介绍|表态|指示|批示|交流|辅导)$/;

/** The hit without the 作 or 做 it took from the verb after it, where what follows is what one delivers. */
export function withoutDeliveringVerb(ctx: EntityContext, hit: NameHit): NameHit {
  const { folded, seg } = ctx;
  if (hit.end - hit.start < 3 || !/[作做]/.test(folded[hit.end - 1]!)) return hit;
  const next = wordStartingAt(seg, hit.end);
  return next && DELIVERED.test(next.word) ? { ...hit, end: hit.end - 1 } : hit;
}
