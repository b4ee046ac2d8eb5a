import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for the rules orgs23 added from its texts of six kinds (tests/fixtures/orgs23: a tender's award,
// a court digest, foundations, international bodies, labs and media, state groups), none of them the set's own.
describe('organizations in tenders, court digests, charities and state groups (orgs23)', () => {
  it('reads a state group’s numbered institutes and academies with the group, in Chinese numerals with 〇', () => {
    const es = entitiesOf('中国航空工业集团有限公司第六〇三研究所与南京大学签署协议，中国航天科工集团有限公司二院派员参加。');
    expect(namesOf(es, 'organization')).toEqual(
      expect.arrayContaining(['中国航空工业集团有限公司第六〇三研究所', '中国航天科工集团有限公司二院', '南京大学']),
    );
    // A count of schools after a group is no institute of its own.
    expect(namesOf(entitiesOf('华润集团一所学校获评示范校。'), 'organization')).not.toContain('华润集团一所');
  });

  it('reads an academy’s institute named by the field it studies, however common the field’s words', () => {
    const es = entitiesOf('中国科学院农业资源研究所研究员王某介绍了土壤改良的进展。');
    expect(namesOf(es, 'organization')).toEqual(['中国科学院农业资源研究所']);
  });

  it('reads a law firm’s or an academy’s branch named by its place with the institution', () => {
    expect(namesOf(entitiesOf('被告委托上海市锦天城律师事务所杭州分所代理诉讼。'), 'organization')).toEqual([
      '上海市锦天城律师事务所杭州分所',
    ]);
    expect(namesOf(entitiesOf('中国建筑科学研究院上海分院承担了设计。'), 'organization')).toEqual(['中国建筑科学研究院上海分院']);
  });

  it('opens a group’s company in a city at its trade name, the place written after it', () => {
    expect(namesOf(entitiesOf('中标供应商为上药控股宁波有限公司，中标金额为860万元。'), 'organization')).toEqual(['上药控股宁波有限公司']);
    expect(namesOf(entitiesOf('本次活动由华润万家广州有限公司承办。'), 'organization')).toEqual(['华润万家广州有限公司']);
  });

  it('reads a list’s member ending with the head of the institution beside it', () => {
    const es = entitiesOf('南京航空航天大学和陆军工程大学的师生参加了比赛。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['南京航空航天大学', '陆军工程大学']));
    const funds = entitiesOf('中国扶贫基金会、南都公益基金会、恩派公益基金会等机构参与了救灾。');
    expect(namesOf(funds, 'organization')).toEqual(expect.arrayContaining(['南都公益基金会', '恩派公益基金会']));
    const centres = entitiesOf('国务院发展研究中心、中国科学技术交流中心等机构参加了论坛。');
    expect(namesOf(centres, 'organization')).toEqual(expect.arrayContaining(['中国科学技术交流中心']));
    expect(namesOf(entitiesOf('建成市公共资源交易中心和数据中心。'), 'organization')).not.toContain('数据中心');
    // A kind of institution beside one is none.
    expect(namesOf(entitiesOf('清华大学和有关大学派员参加。'), 'organization')).toEqual(['清华大学']);
  });

  it('reads an institute registered as a company whole, with its group and its legal form', () => {
    expect(namesOf(entitiesOf('中标人为中国电建集团西北勘测设计研究院有限公司。'), 'organization')).toEqual([
      '中国电建集团西北勘测设计研究院有限公司',
    ]);
  });

  it('names no subsidiary counted or named only by its field', () => {
    expect(namesOf(entitiesOf('共有12家央企子公司参加了洽谈。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('该集团与一家外资企业合资成立了新材料子公司。'), 'organization')).toEqual([]);
  });

  it('reads a commission of the State Council by its field, however generic the field’s words', () => {
    expect(namesOf(entitiesOf('国务院国有资产监督管理委员会印发通知。'), 'organization')).toEqual(['国务院国有资产监督管理委员会']);
  });

  it('reads two firms listed side by side with one trade’s word as firms, and the list beside them', () => {
    const es = entitiesOf('小鹏汽车、零跑汽车和问界均公布了交付数据。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['小鹏汽车', '零跑汽车', '问界']));
    // Kinds of car listed so are no firms.
    expect(namesOf(entitiesOf('新能源汽车、燃油汽车和混动汽车的销量均有增长。'), 'organization')).toEqual([]);
  });
});
