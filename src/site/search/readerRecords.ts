// A report's reader indexed in records of a few sections: whole sections of at most RECORD_CHARS together (a long one in
// pieces at its paragraphs), each record with its own URL (report/x/#h-…), so that a result loads a couple of thousand
// characters rather than the whole report (a reader of 66 KB was one record, and a word found in every report loaded
// every reader it ranked), and links to the sentence holding the words through the sentence starts in its meta
// (sentenceStarts.ts), under the heading of its section. Small sections share a record: Pagefind's memory while writing
// an index grows with its records (a record per section took it to 6 GB for a quarter of 1,000 reports).
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { detectScript, foldText } from '../../text/foldText.ts';
import { INDEX_LANGUAGE } from './indexLanguage.ts';
import { searchLabels as L } from './labels.ts';
import { sitePath, type SiteCatalogue } from './pageIndexRecord.ts';
import { encodeSentenceStarts, type SentenceStart } from './sentenceStarts.ts';

/** A record as Pagefind's addCustomRecord takes it: plain text, its URL, meta and filters. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Characters of one record at most, unless a single paragraph is longer: a section past it is cut at its paragraphs. */
export const RECORD_CHARS = 2000;
/** A heading opens a new record once the current one holds this many characters; before, its section joins it. */
export const RECORD_MIN_CHARS = 1000;

interface Draft {
  /** The anchor the record opens at ('' for the top of the page). */
  anchor: string;
  heading: string;
  text: string;
  starts: SentenceStart[];
  /** Where the headings within it start. */
  headings: number[];
  places: Set<string>;
  paragraphs: number;
}

/**
 * The records of one reader page (`pagePath` 'report/x/', its built HTML), the first opening with the report's title.
 * Text is the page's text as read (permalink marks left out), whitespace folded to
 * single spaces, so that offsets into it are those of the record Pagefind returns.
 */
export function readerRecords(pagePath: string, html: string, catalogue: SiteCatalogue): SearchRecord[] {
  const $ = cheerio.load(html);
  const reportId = pagePath.split('/')[1] ?? '';
  const title = catalogue.reports.get(reportId) ?? clean($('main h1').first().text());
  const article = $('article.reader-text').first();
  const drafts: Draft[] = [];
  let draft = newDraft('', '');
  add(draft, title, undefined, true);

  const flush = () => {
    if (draft.text) drafts.push(draft);
  };
  const placesIn = (node: cheerio.Cheerio<AnyNode>, into: Set<string>) =>
    node.find('a.ent-place[href]').each((_, a) => {
      const entity = catalogue.entities.get(sitePath($(a).attr('href') ?? '', pagePath, catalogue.pages));
      if (entity?.type === 'place') into.add(entity.name);
    });

  let heading = '';
  for (const child of article.children().toArray()) {
    const node = $(child);
    if (/^h[1-6]$/.test(child.tagName)) {
      const anchor = node.attr('id') ?? node.find('[id]').first().attr('id') ?? '';
      heading = clean(node.text());
      if (draft.text.length >= RECORD_MIN_CHARS || draft.text.length + heading.length > RECORD_CHARS) {
        flush();
        draft = newDraft(anchor, heading);
      }
      if (heading) draft.headings.push(draft.text ? draft.text.length + 1 : 0);
      add(draft, heading, anchor || undefined, true);
      placesIn(node, draft.places);
    } else if (child.tagName === 'p') {
      const units = paragraphUnits($, child);
      const length = units.reduce((n, u) => n + u.text.length, 0);
      // A long section goes on in a record of its own, opening at this paragraph.
      if (draft.paragraphs > 0 && draft.text.length + length > RECORD_CHARS) {
        flush();
        draft = newDraft(node.attr('id') ?? draft.anchor, heading);
      }
      draft.paragraphs++;
      units.forEach((unit, i) => add(draft, unit.text, unit.id, i === 0));
      placesIn(node, draft.places);
    }
  }
  flush();

  return drafts.map((d) => {
    let content = d.text;
    const meta: Record<string, string> = { title, kind: 'reader', type: L.pageTypes.reader };
    if (d.heading) meta.section = d.heading;
    if (d.starts.length) meta.s = encodeSentenceStarts(d.starts);
    if (d.headings.length) meta.h = d.headings.join(' ');
    // A report in traditional characters is searched in simplified ones too: its copy follows, at the same offsets.
    if (detectScript(content) === 'zh-Hant') {
      meta.folded = String(content.length);
      content = `${content} ${foldText(content)}`;
    }
    return {
      url: `/${pagePath}${d.anchor ? `#${d.anchor}` : ''}`,
      content,
      language: INDEX_LANGUAGE,
      meta,
      filters: { type: [L.pageTypes.reader], report: [title], ...(d.places.size ? { place: [...d.places] } : {}) },
    };
  });
}

function newDraft(anchor: string, heading: string): Draft {
  return { anchor, heading, text: '', starts: [], headings: [], places: new Set(), paragraphs: 0 };
}

/** A paragraph's sentences (span.s with their ids) and the text between them (under the paragraph's id). */
function paragraphUnits($: cheerio.CheerioAPI, p: Element): { id: string | undefined; text: string }[] {
  const paragraphId = $(p).attr('id');
  const units: { id: string | undefined; text: string }[] = [];
  for (const child of p.children) {
    const node = $(child);
    if (child.type === 'tag' && node.is('span.s')) {
      const sentence = node.clone();
      sentence.find('a.cite').remove();
      units.push({ id: node.attr('id') ?? paragraphId, text: sentence.text() });
    } else {
      const text = child.type === 'text' ? child.data : node.text();
      if (text.trim()) units.push({ id: paragraphId, text });
    }
  }
  return units;
}

/** Appends text to a record, noting where its sentence starts; a new block is set off by a space. */
function add(draft: Draft, raw: string, id: string | undefined, block: boolean): void {
  const text = clean(raw);
  if (!text) return;
  if (draft.text && block) draft.text += ' ';
  if (id && draft.starts.at(-1)?.id !== id) draft.starts.push({ start: draft.text.length, id });
  draft.text += text;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
