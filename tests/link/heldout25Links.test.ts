import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/types.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import { linkReport } from '../../src/link/linkReport.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import { makeEntity, makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions } from '../../src/document/reportMentions.ts';

// Rules from the twenty-fifth held-out set (a county 总工会's report to its 全委会, given by its standing committee), each
// tried on sentences written for it.

/** Figures with their linked names, for a report issued by `issuer`. */
function linksOf(text: string, entities: Entity[], issuer: string): [string, (string | undefined)[]][] {
  const report = { ...makeReport(text), issuer };
  const structure = structureReport(text, report.id);
  const out = linkReport(withMentions(buildDocument(report, structure), entities), findFigures(buildDocument(report, structure)), []);
  const name = new Map(entities.map((e) => [e.id, e.name]));
  return out.figures.map((f) => [f.text, f.entities.map((id) => name.get(id))]);
}

describe('the body an issuing organ speaks for is the issuer too', () => {
  it('drops a union as a joint work’s co-actor when its standing committee gives the report', () => {
    const text = '县总工会与县人民法院联合设立劳动争议调解室，全年调解劳动争议案件96件。';
    const entities = [
      makeEntity('organization', '德清县总工会', text, ['县总工会']),
      makeEntity('organization', '德清县人民法院', text, ['县人民法院']),
    ];
    expect(linksOf(text, entities, '县总工会常委会')).toEqual([['96件', ['德清县人民法院']]]);
    // Given by somebody else, the union is a co-actor like the court.
    expect(linksOf(text, entities, '县妇联')).toEqual([['96件', ['德清县总工会', '德清县人民法院']]]);
  });

  it('drops a bureau as a joint work’s co-actor when its party group (中共…党组) gives the report', () => {
    const text = '市市场监管局与市公安局联合开展食品安全专项检查，立案查处案件35起。';
    const entities = [
      makeEntity('organization', '平湖市市场监督管理局', text, ['市市场监管局']),
      makeEntity('organization', '平湖市公安局', text, ['市公安局']),
    ];
    expect(linksOf(text, entities, '中共平湖市市场监督管理局党组')).toEqual([['35起', ['平湖市公安局']]]);
  });
});
