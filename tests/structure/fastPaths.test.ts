import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';
import { sectionAt, sectionLocator } from '../../src/text/locator.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { foldWidth } from '../../src/text/foldWidth.ts';

// The speed-ups in src/structure must give the same answers as the plain versions they replace.
const text = fs.readFileSync(new URL('../../data/reports/dongguan-2018.txt', import.meta.url), 'utf8');

describe('fast paths agree with the plain ones on the Dongguan report', () => {
  const s = structureReport(text, 'dongguan-2018');

  it('sectionLocator finds the same section as sectionAt at every offset', () => {
    const locate = sectionLocator(s.sections);
    for (let at = 0; at < text.length; at++) expect(locate(at)?.id ?? null).toBe(sectionAt(s.sections, at)?.id ?? null);
  });

  it('splitSentences gives the same spans with the folded text handed in as when it folds the paragraph itself', () => {
    const folded = foldWidth(text);
    for (const p of s.paragraphs) {
      expect(splitSentences(text, p, folded)).toEqual(
        splitSentences(text.slice(p.start, p.end), { start: 0, end: p.end - p.start }).map((x) => ({
          start: x.start + p.start,
          end: x.end + p.start,
        })),
      );
    }
  });

  it('foldWidth folds full-width forms and the ideographic space one for one, leaving the rest alone', () => {
    expect(foldWidth('（一）１．５万　人：整改！“是”')).toBe('(一)1.5万 人:整改!“是”');
    expect(foldWidth(text)).toHaveLength(text.length);
  });
});
