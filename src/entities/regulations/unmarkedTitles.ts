import type { Span } from '../../types.ts';
import type { Segmentation } from '../segment.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { LAW_VERBS } from './unmarkedLaws.ts';

// A document's title as the party and the state write it: 关于 + its subject + 的 + the kind of document (关于进一步激励广大
// 干部新时代新担当新作为的意见, 关于加快农业发展若干问题的决定). The subject holds no clause mark and no other title; it may
// quote a term (关于做好巡视整改“立行立改”工作的通知).
const TITLE =
  /关于[^,，。;；:：!！?？《》〈〉\n]{2,50}?的(?:若干|实施|指导|暂行)?(?:意见|规定|决定|通知|办法|措施|实施方案|工作方案|方案|细则|决议|准则)/g;
// A subject that only points at documents (关于印发相关政策的通知, 关于有关问题的意见) names none.
const POINTING_SUBJECT = /^关于(?:印发|转发)?(?:相关|有关|上级|上述|以上|各项)[\u4e00-\u9fff]{0,4}的/;
// What follows a document's kind when it is no title (决定性意义, 意见和建议, 通知书).
const NOT_A_TITLE_AFTER = /^(?:性|书|建议|和建议|、建议|稿)/;
// Verbs that issue, pass or carry out a document; the title stands right after them (出台关于…的指导意见) or after them and
// 的 (三中全会通过的关于…的决定, 所作的关于…的决定).
const TITLE_VERBS: readonly string[] = [
  ...LAW_VERBS,
  '落实',
  '学习',
  '依据',
  '对照',
  '遵照',
  '出台',
  '印发',
  '下发',
  '转发',
  '发布',
  '通过',
  '作出',
  '作',
];
// The body that issued it, named right before the title (党中央关于…, 中共中央和国务院关于…): the title is the document's
// name, the body stays an organization of its own.
const ISSUER_END = /(?:中央|国务院|委员会|党委|党组|政府|办公厅|办公室|[省市县区]委)$/;

/**
 * Documents named by their title without marks (根据中共中央办公厅印发的关于进一步激励广大干部新时代新担当新作为的意见,
 * 出台关于保障性安居工程建设和管理的指导意见, 根据党中央关于加快农业发展若干问题的决定): 关于…的 and a kind of document, right
 * after the verb that issues or carries it out (with or without 的) or after its issuer. Not 关于 after another word
 * (听取关于…的意见 is listening to views), nor a kind of document that runs on into another word (…的决定性意义).
 * @param covered spans already read as documents
 */
export function findUnmarkedTitles(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const taken = SpanCover.lazy(folded.length, covered);
  const out: Span[] = [];
  const { tokens, tokenAt } = seg;
  const verb = (word: string) => TITLE_VERBS.some((v) => word.endsWith(v));
  for (const m of folded.matchAll(TITLE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (NOT_A_TITLE_AFTER.test(folded.slice(end, end + 3)) || POINTING_SUBJECT.test(m[0])) continue;
    // A quoted term inside the title (关于加强对“一把手”和领导班子监督的实施办法) is closed inside it.
    if ((m[0].match(/“/g)?.length ?? 0) !== (m[0].match(/”/g)?.length ?? 0)) continue;
    const k = tokenAt[start] ?? -1;
    if (k <= 0 || tokens[k]!.start !== start) continue;
    const before = tokens[k - 1]!;
    if (before.end !== start) continue;
    const issued =
      verb(before.word) ||
      ISSUER_END.test(before.word) ||
      // 所作的|关于…, 制定了|关于…: the verb's 的 or its aspect mark between it and the title.
      ((before.word === '的' || before.word === '了') && k > 1 && tokens[k - 2]!.end === before.start && verb(tokens[k - 2]!.word));
    if (!issued) continue;
    const span = { start, end };
    if (taken.overlaps(span)) continue;
    taken.add(span);
    out.push(span);
  }
  return out;
}
