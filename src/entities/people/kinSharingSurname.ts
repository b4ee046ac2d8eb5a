import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { NOT_IN_NAME, surnameLength } from './personNames.ts';
import { KIN_BEFORE_NAMES } from './personRoles.ts';
import { isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { occurrences, wordIndex } from '../../text/occurrences.ts';

// A family's story names a kin after the one they are kin to, and a son or a brother carries the family's surname
// (柳长河的儿子柳建设在…, 揭明亮…他替病故的哥哥揭明光偿还欠款): after the kin word the surname of a person named just
// before opens the kin's name, whatever word of the language jieba reads the given name as (建设/vn, 揭明/v|光/n).

const KIN_INDEX = wordIndex(KIN_BEFORE_NAMES);
// How far before the kin word the person they are kin to may be named.
const REACH = 80;

/** The names after a kin word that open on the surname of a person read shortly before. */
export function kinSharingSurname(ctx: EntityContext, found: readonly NameHit[]): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  const kin = occurrences(folded, KIN_INDEX);
  for (let k = 0; k < KIN_BEFORE_NAMES.length; k++) {
    for (const start of kin[k]!) {
      const at = start + KIN_BEFORE_NAMES[k]!.length;
      const surname = folded[at]!;
      if (surnameLength(folded.slice(at, at + 2)) !== 1 || !seg.boundaries.has(at)) continue;
      const kinOf = found.some((f) => f.end <= start && start - f.start <= REACH && f.end - f.start >= 2 && folded[f.start] === surname);
      if (!kinOf) continue;
      for (const len of [3, 2]) {
        const name = folded.slice(at, at + len);
        if (!isHan(name) || !seg.boundaries.has(at + len) || [...name.slice(1)].some((c) => NOT_IN_NAME.has(c))) continue;
        if (
          ['', '市', '县', '区', '镇'].some((level) => isKnownPlaceName(ctx, name + level)) ||
          found.some((f) => f.start === at && f.end === at + len)
        )
          break;
        out.push({ start: at, end: at + len, score: 0.7 });
        break;
      }
    }
  }
  return out;
}
