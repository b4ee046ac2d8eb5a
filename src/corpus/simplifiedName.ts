import { foldScriptOnly } from '../text/foldText.ts';

// Merge keys use the same character fold as matching, so an entity named from a traditional report's folded text and one
// from a simplified report meet. Only the script is folded: a name keeps its full-width brackets as written.

/** The simplified-script form of an entity name, so that 東莞市 and 东莞市 are one entity across reports. */
export function simplifiedName(name: string): string {
  return foldScriptOnly(name);
}
