import type { Span } from '../../types.ts';
import { stripIssuerPrefix, stripTrailingNote } from './issuerPrefix.ts';

/** A running-text citation of a document the report also cites in 《…》. */
export interface UnquotedCitation extends Span {
  canonical: string;
}

// A short form is only trusted when it still names a kind of document and is long enough not to be a common phrase.
const DOCUMENT_HEAD = /(?:方案|意见|办法|条例|规定|规划|计划|细则|通知|决定|纲要|准则|规则|预案|清单|标准|指引|措施|制度|章程|汇编|提纲)$/;
const MIN_SHORT_FORM = 6;

/** The forms a quoted title is cited by without marks: whole, without its issuer, without its (2018-2020年), or both. */
export function shortForms(title: string): string[] {
  const forms = new Set<string>([title]);
  for (const t of [title, stripTrailingNote(title)]) {
    forms.add(t);
    forms.add(stripIssuerPrefix(t));
  }
  return [...forms].filter((f) => f.length >= MIN_SHORT_FORM && DOCUMENT_HEAD.test(f));
}

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
  const taken: Span[] = [...covered];
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start);
  const found: UnquotedCitation[] = [];
  for (const [form, canonical] of forms) {
    for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (overlaps(at - 1, end + 1)) continue; // inside or touching a title mark
      taken.push({ start: at, end });
      found.push({ start: at, end, canonical });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
