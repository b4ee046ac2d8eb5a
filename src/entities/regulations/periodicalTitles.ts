// 《人民日报》, 《新英格兰医学杂志》: title marks enclose the names of newspapers and journals as well as of documents, and
// a newspaper is a media outlet, an organization (GOLD_FORMAT), whose name is the text inside the marks.
import type { EntityCandidate } from '../../types.ts';

// The words that end a newspaper's or a journal's name. Not 报 alone: 公报, 通报, 简报, 快报, 年报 end documents.
const PERIODICAL_END = /.(?:日报|晚报|早报|晨报|时报|商报|青年报|导报|画报|学报|杂志|周刊|月刊|旬刊)$/;

/** Whether a title's text names a newspaper or a journal. */
export function isPeriodicalTitle(title: string): boolean {
  return PERIODICAL_END.test(title);
}

/**
 * 华北《人民日报》, 晋察冀区《晋察冀日报》: a region written right before a paper's marks names the paper's edition, one paper
 * of its own (the gold names it so). A country there is the paper's nationality (据美国《新英格兰医学杂志》报道), not its name.
 * `found`: every candidate of the text; the papers are the organizations read from title marks (findRegulations).
 */
export function periodicalEditions(text: string, found: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const placeEndingAt = new Map<number, EntityCandidate>();
  for (const c of found) if (c.type === 'place' && c.place?.level !== 'country') placeEndingAt.set(c.end, c);
  for (const c of found) {
    if (c.type !== 'organization' || c.source !== 'regulations' || text[c.start - 1] !== '《' || text[c.end] !== '》') continue;
    const place = placeEndingAt.get(c.start - 1);
    if (!place) continue;
    const surface = text.slice(place.start, c.end + 1);
    out.push({
      type: 'organization',
      start: place.start,
      end: c.end + 1,
      surface,
      canonical: `${place.canonical ?? place.surface}《${c.canonical ?? c.surface}》`,
      score: c.score,
      source: c.source,
    });
  }
  return out;
}
