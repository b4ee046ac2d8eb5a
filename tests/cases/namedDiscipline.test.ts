import { describe, expect, it } from 'vitest';
import { findCases } from '../../src/cases/findCases.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import type { Entity } from '../../src/types.ts';
import { makeEntity, makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions } from '../../src/document/reportMentions.ts';

// Discipline given to a named official, with no count and no place, as a 体育局's summary states it (the sixteenth held-out
// set, 日照), in sentences written for this test.
function casesOf(text: string, entities: Entity[] = []) {
  const report = makeReport(text);
  const structure = structureReport(text, report.id);
  const figures = findFigures(buildDocument(report, structure));
  return findCases(withMentions(buildDocument(report, structure), entities), figures);
}

describe('discipline given to a named person', () => {
  const text = '市文化局原副局长刘建新违规收受礼金，被给予党内严重警告处分。';

  it('is a case with the person, though it states no figure', () => {
    const person = makeEntity('person', '刘建新', text);
    const cases = casesOf(text, [person]);
    expect(cases.map((c) => [c.kinds, c.entities])).toEqual([[['discipline'], [person.id]]]);
  });

  it('but discipline promised to nobody named is no case', () => {
    expect(casesOf('对违规收受礼金的干部，严肃给予党纪处分。')).toEqual([]);
  });
});
