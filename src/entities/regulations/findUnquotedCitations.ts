import type { Span } from '../../types.ts';
import { stripIssuerPrefix, stripTrailingNote } from './issuerPrefix.ts';
import { occurrences } from '../../text/occurrences.ts';
import { memoize } from '../../util/memo.ts';

/** A running-text citation of a document the report also cites in 《…》. */
export interface UnquotedCitation extends Span {
  canonical: string;
}

// A short form is only trusted when it still names a kind of document and is long enough not to be a common phrase.
const DOCUMENT_HEAD = /(?:方案|意见|办法|条例|规定|规划|计划|细则|通知|决定|纲要|准则|规则|预案|清单|标准|指引|措施|制度|章程|汇编|提纲)$/;
const MIN_SHORT_FORM = 6;

/** The forms a quoted title is cited by without marks: whole, without its issuer, without its (2018-2020年), or both. */
export const shortForms = memoize((title: string): readonly string[] => {
  const forms = new Set<string>([title]);
  for (const t of [title, stripTrailingNote(title)]) {
    forms.add(t);
    forms.add(stripIssuerPrefix(t));
  }
  return [...forms].filter((f) => f.length >= MIN_SHORT_FORM && DOCUMENT_HEAD.test(f));
});

/**
 * Occurrences, outside every title mark, of a form of a quoted title (see shortForms). A form shared by two different
 * documents is ambiguous and left out; a longer form wins over a shorter one at the same place.
 * @param titles canonical name of each quoted title, by its citation as written (folded, without spaces)
 * @param covered spans already inside 《…》, where no second citation is looked for
 */
export function findUnquotedCitations(folded: string, titles: Map<string, string>, covered: Span[]): UnquotedCitation[] {
  const owner = new Map<string, string | null>();
  for (const [title, canonical] of titles) {
    for (const form of shortForms(title)) {
      const prev = owner.get(form);
      owner.set(form, prev === undefined || prev === canonical ? canonical : null);
    }
  }
  const forms = [...owner].filter((e): e is [string, string] => e[1] !== null).sort((a, b) => b[0].length - a[0].length);
  // One flag per character taken (every span is non-empty): overlap costs the form's length, not the spans found so far.
  const taken = new Uint8Array(folded.length + 2);
  const take = (s: number, e: number) => taken.fill(1, Math.max(0, s), Math.max(0, e));
  const overlaps = (s: number, e: number) => taken.subarray(Math.max(0, s), Math.max(0, e)).includes(1);
  for (const c of covered) if (c.end > c.start) take(c.start, c.end);
  const found: UnquotedCitation[] = [];
  const at = occurrences(
    folded,
    forms.map(([form]) => form),
  );
  forms.forEach(([form, canonical], k) => {
    for (const start of at[k]!) {
      const end = start + form.length;
      if (overlaps(start - 1, end + 1)) continue; // inside or touching a title mark
      take(start, end);
      found.push({ start, end, canonical });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}
