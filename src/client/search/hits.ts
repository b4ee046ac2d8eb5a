import type { SearchHit } from '../../site/search/rerank.ts';
import { decodeHeadingStarts, decodeSentenceStarts, type SentenceStart } from '../../site/search/sentenceStarts.ts';
import type { PagefindResultData } from './partSearch.ts';

/** A result as the search page shows it: Pagefind's data of a page or of a reader's record. */
export interface Hit extends SearchHit {
  type: string;
  /** The page without the section's anchor (a reader's sections are grouped by it). */
  page: string;
  /** A reader section's heading ('' for the part before the first heading). */
  section: string;
  /** Where each sentence of a reader section starts (its anchors), and each heading. */
  starts: SentenceStart[];
  headings: number[];
  /** A section in traditional characters: its length, before the simplified copy that follows it. */
  folded?: number;
}

export function toHit(d: PagefindResultData): Hit {
  return {
    url: d.url,
    reader: d.meta.kind === 'reader',
    title: d.meta.title ?? d.url,
    content: d.content,
    entity: d.meta.entity,
    type: d.meta.type ?? '',
    page: d.url.replace(/#.*$/, ''),
    section: d.meta.section ?? '',
    starts: decodeSentenceStarts(d.meta.s),
    headings: decodeHeadingStarts(d.meta.h),
    ...(d.meta.folded ? { folded: Number(d.meta.folded) } : {}),
  };
}
