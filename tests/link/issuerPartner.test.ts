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

// The issuer named before the body it works with (会同/联合) does what the unnamed issuer of 会同X… does: its own counts are
// not linked to it, the partner's share in them is (guizhou-health-commission-2023).
describe('linkReport: the issuer named before a partner after 会同/联合 is not linked', () => {
  const COMMISSION = '贵州省卫生健康委员会';
  const text = '省卫生健康委会同省财政厅下达基层能力建设补助资金6.8亿元，支持284个乡镇卫生院改扩建。';
  const entities = (t: string) => [
    makeEntity('organization', COMMISSION, t, ['省卫生健康委']),
    makeEntity('organization', '贵州省财政厅', t, ['省财政厅']),
  ];

  it('links the figures of its clause and of the clause after to the partner only', () => {
    expect(linksOf(text, entities(text), COMMISSION).map(([t, , e]) => [t, e])).toEqual([
      ['6.8亿元', ['贵州省财政厅']],
      ['284个', ['贵州省财政厅']],
    ]);
  });

  it('reads 联合 the same way, and keeps a body that is not the issuer', () => {
    const joint = text.replace('会同', '联合');
    expect(linksOf(joint, entities(joint), COMMISSION)[0]![2]).toEqual(['贵州省财政厅']);
    expect(linksOf(text, entities(text), '贵州省人民政府')[0]![2]).toEqual([COMMISSION, '贵州省财政厅']);
  });
});
