import { describe, expect, it } from 'vitest';
import { findCases } from '../../src/cases/findCases.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import { makeEntity, makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions } from '../../src/document/reportMentions.ts';

// A case found missing on a held-out report (tests/fixtures/heldout/pingjiang-county-2022.txt).
describe('findCases: a matter transferred to a court', () => {
  it('reads 移送县人民法院审理 as an investigation in the named village', () => {
    const text = '长寿镇石湾村原党支部书记违规套取补助资金问题，已移送县人民法院审理。';
    const report = makeReport(text);
    const structure = structureReport(text, report.id);
    const entities = [makeEntity('place', '长寿镇', text), makeEntity('place', '石湾村', text)];
    const cases = findCases(withMentions(buildDocument(report, structure), entities), findFigures(buildDocument(report, structure)));
    const name = new Map(entities.map((e) => [e.id, e.name]));
    expect(cases.map((c) => [c.kinds, c.summary, c.entities.map((id) => name.get(id)), c.start, c.end])).toEqual([
      [['investigation'], '长寿镇石湾村原党支部书记违规套取补助资金问题，已移送县人民法院审理', ['长寿镇', '石湾村'], 0, 34],
    ]);
  });
  it('still reads no case in a promise to transfer', () => {
    const text = '对涉嫌违法犯罪的，依法移送司法机关处理。';
    const report = makeReport(text);
    const structure = structureReport(text, report.id);
    expect(findCases(withMentions(buildDocument(report, structure), []), findFigures(buildDocument(report, structure)))).toEqual([]);
  });
});
