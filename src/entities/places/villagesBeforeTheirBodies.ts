import { tagOf, type Segmentation } from '../segment.ts';
import { GENERIC_STEMS, type SuffixPlace } from './placeStems.ts';
import { isHan } from '../../text/han.ts';

// A village is named by its own bodies and people written right after it: its Party branch (东山村党支部), committee
// (下姜村村委会, 村“两委”), villagers (上坝村村民), collective economy and co-operative. A name that alone would be too weak to
// read (下|姜村/x, 东/ns|山村/ns, 上坝村/x) is a village there.
const VILLAGE_OWN_AFTER =
  /村(?=党总支|党支部|党委|委会|村委会|村民|[“"]?两委|集体|股份经济合作社|经济合作社|村务监督委员会|团支部|妇联|驻村)/g;

// The stem jieba files as a place name, another proper noun or no word at all (东山/ns, 下姜/x, 枫林港/x); a name it files
// as a person's (文明, 小康, 明星) or an ordinary word (贫困/a, 示范/v, 重点/n) is a kind of village, not one village.
const NAME_STEM_TAGS = /^(ns|nz|x)$/;
// Characters no village stem holds beyond its first (the first may be a word of position: 下姜村, 东山村).
// Nor a division's level word (燕儿河村|原|村委会: 'the former village committee').
const NOT_IN_STEM = new Set([...'的了在和与及或等是有对向从把将被由为各全本该其此这那每某个年月日不没无非未原省市县区乡镇村组']);

/** Villages named right before their own bodies or people, where no other reading holds the span. */
export function villagesBeforeTheirBodies(folded: string, seg: Segmentation, known: readonly SuffixPlace[]): SuffixPlace[] {
  const out: SuffixPlace[] = [];
  for (const m of folded.matchAll(VILLAGE_OWN_AFTER)) {
    const end = m.index + 1;
    for (const len of [3, 2]) {
      const start = end - 1 - len;
      if (start < 0 || !seg.boundaries.has(start) || known.some((p) => p.start < end && p.end > start)) continue;
      const stem = folded.slice(start, end - 1);
      if (!isHan(stem) || GENERIC_STEMS.has(stem) || [...stem].some((c) => NOT_IN_STEM.has(c))) continue;
      if (/[0-9０-９]/.test(folded[start - 1] ?? '') || !NAME_STEM_TAGS.test(tagOf(stem))) continue;
      // 易地搬迁/x: an unknown stem made of words of the language (搬迁/v) is a phrase, not a name.
      if (tagOf(stem) === 'x' && len === 3 && /^(v|vn|a|ad|an|d)$/.test(tagOf(stem.slice(1)))) continue;
      out.push({ start, end, name: folded.slice(start, end), kind: 'admin', stemEnd: end - 1 });
      break;
    }
  }
  return out;
}
