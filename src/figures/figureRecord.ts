import type { Figure } from '../types.ts';
import type { FigureDescription } from './indicators/describeFigures.ts';

/**
 * A figure's record from what was found of it and its description (and, from link/, the entities it is about), its
 * fields written out in the order extraction.json carries them: spreading two records into one per figure cost more than
 * reading the figure.
 */
export function figureRecord(f: Omit<Figure, keyof FigureDescription>, d: FigureDescription, entities: string[] = f.entities): Figure {
  return {
    id: f.id,
    report: f.report,
    section: f.section,
    measure: f.measure,
    value: f.value,
    unit: f.unit,
    normalizedValue: f.normalizedValue,
    baseUnit: f.baseUnit,
    text: f.text,
    context: f.context,
    start: f.start,
    end: f.end,
    change: f.change,
    approximate: f.approximate,
    entities,
    indicator: d.indicator,
    indicatorText: d.indicatorText,
    period: d.period,
    status: d.status,
    sentence: d.sentence,
  };
}
