import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { TRANSLITERATION_CODES } from '../people/transliteration.ts';
import { placeCandidate } from './placeCandidate.ts';
import { CodeSet } from '../../text/codeSet.ts';

// Suffixes of administrative divisions as Chinese writes them for other countries (丘布特省, 德克萨斯州, 卡拉奇市,
// 阿尔萨斯大区), longest first.
const SUFFIXES = ['大区', '省', '州', '市', '郡'];
// Most characters start no suffix: their code unit says so before any suffix is tried.
const SUFFIX_FIRST = new CodeSet(SUFFIXES.map((s) => s[0]!));
const MIN_STEM = 2;
const MAX_STEM = 8;

/**
 * Divisions of other countries: a run of the characters that transliterate foreign names (the tables of 新华通讯社译名室,
 * `people/transliteration.ts`) before a division's suffix (巴达赫尚省, 南里奥格朗德州: the whole state, not 德州 inside it).
 * The words must start and end where it does, and a run that touches a name of China's gazetteer is left to the
 * gazetteer (西安市, 陕西安康市 is not 西安康市).
 */
export function findForeignDivisions(ctx: EntityContext): EntityCandidate[] {
  const { folded, text, gazMatches } = ctx;
  const out: EntityCandidate[] = [];
  const gazAt = new Uint8Array(folded.length + 1);
  for (const m of gazMatches) for (let i = m.start; i < m.end; i++) gazAt[i] = 1;
  for (let i = 0; i < folded.length; i++) {
    if (!SUFFIX_FIRST.at(folded, i)) continue;
    const suffix = suffixAt(folded, i);
    if (!suffix) continue;
    let start = i;
    while (start > 0 && i - start < MAX_STEM && TRANSLITERATION_CODES.at(folded, start - 1)) start--;
    if (i - start < MIN_STEM) continue;
    const end = i + suffix.length;
    // The words must bound it: 提高|市场 and 有赖|于市|场 hold no 市, 新泽西州 does not start at 泽.
    if (!ctx.seg.boundaries.has(start) || !ctx.seg.boundaries.has(end)) continue;
    let touchesGazetteer = false;
    for (let k = start; k < end && !touchesGazetteer; k++) if (gazAt[k]) touchesGazetteer = true;
    if (touchesGazetteer) continue;
    out.push(placeCandidate(text, start, end, 'city', 0.65, 'foreign-divisions'));
  }
  return out;
}

/** The division suffix starting at `at`, longest first. */
function suffixAt(folded: string, at: number): string | undefined {
  for (const s of SUFFIXES) if (folded.startsWith(s, at)) return s;
  return undefined;
}
