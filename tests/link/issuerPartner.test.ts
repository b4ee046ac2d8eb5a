import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/types.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import { linkReport } from '../../src/link/linkReport.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import { makeEntity, makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions } from '../../src/document/reportMentions.ts';

/** Figures with their linked names and start offsets, for a report issued by `issuer` (or by nobody named). */
function linksOf(text: string, entities: Entity[], issuer?: string): [string, number, (string | undefined)[]][] {
  const report = { ...makeReport(text), ...(issuer ? { issuer } : {}) };
  const structure = structureReport(text, report.id);
  const out = linkReport(withMentions(buildDocument(report, structure), entities), findFigures(buildDocument(report, structure)), []);
  const name = new Map(entities.map((e) => [e.id, e.name]));
  return out.figures.map((f) => [f.text, f.start, f.entities.map((id) => name.get(id))]);
}

const ISSUER = '中共湖南省生态环境厅党组';

// The development gold never links the issuing body as a mere co-actor: a body that works "with" the issuer does the
// counted thing itself (hunan-ecology-dept-2022: 驻厅纪检监察组与厅党组建立定期会商机制，开展廉政谈话56人次).
describe('linkReport: the issuer named as a partner after 与/同/和 is not the subject', () => {
  const text = '压实管党治党责任。驻厅纪检监察组与厅党组建立定期会商机制，开展廉政谈话56人次。';
  const entities = () => [makeEntity('organization', '驻厅纪检监察组', text), makeEntity('organization', ISSUER, text, ['厅党组'])];

  it('links the figure to the subject only', () => {
    expect(linksOf(text, entities(), ISSUER)).toEqual([['56人次', text.indexOf('56'), ['驻厅纪检监察组']]]);
  });

  it('reads 同 and 和 the same way', () => {
    for (const word of ['同', '和']) {
      const t = text.replace('与', word);
      const es = [makeEntity('organization', '驻厅纪检监察组', t), makeEntity('organization', ISSUER, t, ['厅党组'])];
      expect(linksOf(t, es, ISSUER)).toEqual([['56人次', t.indexOf('56'), ['驻厅纪检监察组']]]);
    }
  });

  it('keeps both bodies when the partner is not the issuer', () => {
    const t = '驻厅纪检监察组与省审计厅建立定期会商机制，开展廉政谈话56人次。';
    const es = [
      makeEntity('organization', '驻厅纪检监察组', t),
      makeEntity('organization', '省审计厅', t),
      makeEntity('organization', ISSUER, t, ['厅党组']),
    ];
    expect(linksOf(t, es, ISSUER)).toEqual([['56人次', t.indexOf('56'), ['驻厅纪检监察组', '省审计厅']]]);
  });

  it('keeps both bodies when the report names no issuer', () => {
    expect(linksOf(text, entities())).toEqual([['56人次', text.indexOf('56'), ['驻厅纪检监察组', ISSUER]]]);
  });

  it('still links the issuer when it opens the clause as the subject itself', () => {
    const t = '厅党组将对标对表巡视要求，对尚未完成的3项整改任务紧盯不放。';
    const es = [makeEntity('organization', ISSUER, t, ['厅党组'])];
    expect(linksOf(t, es, ISSUER)).toEqual([['3项', t.indexOf('3项'), [ISSUER]]]);
  });
});
