import { foldText } from '../normalize/foldText.ts';

// Merge keys use the same character fold as matching, so an entity named from a traditional report's folded text and one
// from a simplified report meet. Only the script is folded: a name keeps its full-width brackets as written.
const WIDE = /[\uFF01-\uFF5E\u3000\uFFE0\uFFE1\uFFE5]/;

/** The simplified-script form of an entity name, so that 東莞市 and 东莞市 are one entity across reports. */
export function simplifiedName(name: string): string {
  const folded = foldText(name);
  if (!WIDE.test(name)) return folded;
  let out = '';
  for (let i = 0; i < name.length; i++) out += WIDE.test(name[i]!) ? name[i] : folded[i];
  return out;
}
