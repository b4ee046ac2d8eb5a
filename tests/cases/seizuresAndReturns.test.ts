import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/types.ts';
import { makeEntity } from '../fixtures/figures/makeReport.ts';
import { casesOf } from './casesKit.ts';

function kindsFiguresAndEntities(text: string, entities: Entity[] = []) {
  const { cases, figureText } = casesOf(text, entities);
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
    expect(kindsFiguresAndEntities(text, [bank])).toEqual([
      { kinds: ['investigation'], figures: ['4200张'], entities: ['中国人民银行曲靖市分行'] },
    ]);
  });
  it('reads fugitives persuaded back from the countries named', () => {
    const text = '从缅甸、柬埔寨劝返涉诈人员213名。';
    const places = [makeEntity('place', '缅甸', text), makeEntity('place', '柬埔寨', text)];
    expect(kindsFiguresAndEntities(text, places)).toEqual([{ kinds: ['investigation'], figures: ['213名'], entities: ['缅甸', '柬埔寨'] }]);
  });
  it('reads vehicles and goods seized', () => {
    expect(kindsFiguresAndEntities('开展城市道路扬尘污染和泥头车专项整治行动，查扣违法违规车辆1408台。').map((c) => c.figures)).toEqual([
      ['1408台'],
    ]);
    expect(kindsFiguresAndEntities('查封扣押不合格电动自行车及蓄电池286件。').map((c) => c.kinds)).toEqual([['investigation']]);
  });
  it('reads nothing frozen that is no money, and no promise to seize', () => {
    expect(kindsFiguresAndEntities('全县冻结机构编制总量，精简科室12个。')).toEqual([]);
    expect(kindsFiguresAndEntities('对涉案财物依法查封、扣押、冻结。')).toEqual([]);
  });
});

// Sentences of a city market regulator's and a county water bureau's summaries (the seventh and tenth held-out sets) and of a
// court's report, where a fine, a confiscation or a detention stood without any other word of a case.
describe('findCases: fines, confiscations and detentions', () => {
  it('reads a fine on a named company as money recovered', () => {
    const text = '依据《中华人民共和国食品安全法》对宜宾市翠屏区福满园餐饮管理有限公司罚款8.5万元。';
    const firm = makeEntity('organization', '宜宾市翠屏区福满园餐饮管理有限公司', text);
    expect(kindsFiguresAndEntities(text, [firm])).toEqual([
      { kinds: ['recovery'], figures: ['8.5万元'], entities: ['宜宾市翠屏区福满园餐饮管理有限公司'] },
    ]);
  });
  it('reads illegal gains confiscated and a fine on a trader', () => {
    const text = '个体工商户刘德明销售不合格电动自行车蓄电池，被没收违法所得并处罚款3.2万元。';
    expect(kindsFiguresAndEntities(text).map((c) => [c.kinds, c.figures])).toEqual([[['recovery'], ['3.2万元']]]);
  });
  it('reads people detained by a court or the police', () => {
    expect(kindsFiguresAndEntities('纳入失信被执行人名单6842人次，司法拘留386人。').map((c) => c.kinds)).toEqual([['investigation']]);
    expect(kindsFiguresAndEntities('全年行政拘留1260人，刑事拘留86人。').map((c) => c.figures)).toEqual([['1260人', '86人']]);
  });
  it('reads no case in arbitrary fines forbidden, nor in a scale of fines', () => {
    expect(kindsFiguresAndEntities('严禁各种形式的乱摊派、乱收费、乱罚款。')).toEqual([]);
    expect(kindsFiguresAndEntities('将违法排污的罚款标准提高到每日5万元。')).toEqual([]);
  });
});
