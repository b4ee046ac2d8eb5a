import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptyTally, extractFigureSet, readFigureSet, scoreFigureSet } from '../fixtures/figures/figureSet.ts';

/** What a figures set holds at the least (figures, bounds, indicators, periods, right links) and at the most (false, wrong). */
export interface FigureSetFloor {
  expected: number;
  tp: number;
  fp: number;
  bounds: number;
  indicators: number;
  periods: number;
  linksRight: number;
  linksWrong: number;
}

/**
 * A figures set of tests/fixtures/NAME (six `.figs` documents written with their expected figures before the extractor
 * first ran on them) scored through the whole pipeline and held at its floor. NOTES=1 prints the tally and every miss.
 */
export function describeFigureSetFloors(name: string, floor: FigureSetFloor): void {
  const dir = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
  describe(`${name}: figures, bounds, indicators, periods and links in six kinds of text`, () => {
    it('keeps each score at or above its floor', () => {
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.figs'))
        .sort();
      expect(files.length).toBe(6);
      const tally = emptyTally();
      for (const f of files) {
        const doc = readFigureSet(dir + f);
        scoreFigureSet(doc, extractFigureSet(doc), tally);
      }
      if (process.env.NOTES) console.log(JSON.stringify({ ...tally, notes: undefined }), '\n' + tally.notes.join('\n'));
      expect(tally.tp + tally.fn).toBe(floor.expected);
      expect(tally.tp).toBeGreaterThanOrEqual(floor.tp);
      expect(tally.fp).toBeLessThanOrEqual(floor.fp);
      expect(tally.bounds).toBeGreaterThanOrEqual(floor.bounds);
      expect(tally.indicators[0]).toBeGreaterThanOrEqual(floor.indicators);
      expect(tally.periods[0]).toBeGreaterThanOrEqual(floor.periods);
      expect(tally.links.right).toBeGreaterThanOrEqual(floor.linksRight);
      expect(tally.links.found - tally.links.right).toBeLessThanOrEqual(floor.linksWrong);
    });
  });
}
