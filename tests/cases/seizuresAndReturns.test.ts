import { describe, expect, it } from 'vitest';
import { findCases } from '../../src/cases/findCases.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import type { Entity } from '../../src/types.ts';
import { makeEntity, makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions } from '../../src/document/reportMentions.ts';

function casesOf(text: string, entities: Entity[] = []) {
  const report = makeReport(text);
  const structure = structureReport(text, report.id);
  const figures = findFigures(buildDocument(report, structure));
  const cases = findCases(withMentions(buildDocument(report, structure), entities), figures);
  const figureText = new Map(figures.map((f) => [f.id, f.text]));
  const name = new Map(entities.map((e) => [e.id, e.name]));
  return cases.map((c) => ({
    kinds: c.kinds,
    figures: c.figures.map((id) => figureText.get(id)),
    entities: c.entities.map((id) => name.get(id)),
  }));
}

// Sentences of a city public security bureau's summary (tests/fixtures/heldout/qujing-public-security-bureau-2023.txt,
// the seventeenth set), of a city's inspection report and of a market regulator's (the development and held-out sets).
describe('findCases: seizures, frozen funds and fugitives persuaded back', () => {
  it('reads bank cards frozen with the partners of the work', () => {
    const text = '市公安局会同市人民检察院、中国人民银行曲靖市分行开展涉诈资金查控，冻结涉案银行卡4200张。';
    const bank = makeEntity('organization', '中国人民银行曲靖市分行', text);
    expect(casesOf(text, [bank])).toEqual([{ kinds: ['investigation'], figures: ['4200张'], entities: ['中国人民银行曲靖市分行'] }]);
  });
  it('reads fugitives persuaded back from the countries named', () => {
    const text = '从缅甸、柬埔寨劝返涉诈人员213名。';
    const places = [makeEntity('place', '缅甸', text), makeEntity('place', '柬埔寨', text)];
    expect(casesOf(text, places)).toEqual([{ kinds: ['investigation'], figures: ['213名'], entities: ['缅甸', '柬埔寨'] }]);
  });
  it('reads vehicles and goods seized', () => {
    expect(casesOf('开展城市道路扬尘污染和泥头车专项整治行动，查扣违法违规车辆1408台。').map((c) => c.figures)).toEqual([['1408台']]);
    expect(casesOf('查封扣押不合格电动自行车及蓄电池286件。').map((c) => c.kinds)).toEqual([['investigation']]);
  });
  it('reads nothing frozen that is no money, and no promise to seize', () => {
    expect(casesOf('全县冻结机构编制总量，精简科室12个。')).toEqual([]);
    expect(casesOf('对涉案财物依法查封、扣押、冻结。')).toEqual([]);
  });
});
