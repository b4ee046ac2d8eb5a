import type { ReportRecord } from '../types.ts';

/** A report with its text and nothing read from it yet (no sections, paragraphs, sentences or dates): for corpora made up
 *  of entities and relations alone (the graph benchmark's synthetic corpus, tests of the merge). */
export function bareReport(id: string, text: string, title = id): ReportRecord {
  return {
    id,
    file: `${id}.txt`,
    format: 'txt',
    encoding: 'UTF-8',
    text,
    script: 'zh-Hans',
    title,
    removed: [],
    sections: [],
    paragraphs: [],
    sentences: [],
    dates: [],
  };
}
