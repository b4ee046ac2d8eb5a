import type { EntityCandidate } from '../../types.ts';
import { surnameLength } from './personNames.ts';

/**
 * A people that writes no surname calls a person by the first word of the name once the name is given (扎西多吉 …
 * 扎西校长说; 巴特尔 for 巴特尔吉日嘎拉): a reading of such a word alone, where exactly one longer name read in the report
 * opens on it, is that person's. A word that opens two names (扎西多吉, 扎西次仁) could be either and stays apart, and a
 * Chinese name (王强 of 王强国) is left alone: its surname makes it a name of its own.
 */
export function firstPartNames(people: EntityCandidate[]): EntityCandidate[] {
  const names = [...new Set(people.map((c) => c.canonical ?? c.surface))];
  return people.map((c) => {
    const name = c.canonical ?? c.surface;
    if (name.length < 2 || name.length > 3 || surnameLength(name) > 0) return c;
    const longer = names.filter((n) => n.length >= name.length + 2 && n.startsWith(name) && surnameLength(n) === 0);
    return longer.length === 1 ? { ...c, canonical: longer[0]! } : c;
  });
}
