import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Troupes, courts named by their level after a region, and the listed company as a kind. Sentences of the news14 set
// (tests/fixtures/news14) and written for the case.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('a troupe or an orchestra jieba knows by name', () => {
  it('reads 中央民族乐团 as the troupe, not the party centre in it', () => {
    expect(orgs('中央民族乐团在维也纳金色大厅举行新春音乐会。')).toEqual(['中央民族乐团']);
  });
  it('reads no body in a bare troupe word (剧团下乡演出)', () => {
    expect(orgs('县里组织了文艺演出，剧团下乡演出30场。')).toEqual([]);
  });
});

describe('a court named by its level after a region', () => {
  it('reads the region, the level and 法院 as one body (澳门特区|初级|法院, 澳门|初级|法院, 美国|联邦|最高|法院)', () => {
    expect(orgs('澳门特区初级法院对一名涉嫌诈骗的内地男子作出判决。')).toEqual(['澳门特区初级法院']);
    expect(orgs('澳门初级法院作出判决。')).toEqual(['澳门初级法院']);
    expect(orgs('美国联邦最高法院裁定。')).toEqual(['美国联邦最高法院']);
  });
});

describe('a company by its standing on a market', () => {
  it('reads no company ending in 上市公司 (上海证券交易所|对科/x|创板/x|上市公司/nt)', () => {
    expect(orgs('上海证券交易所对科创板上市公司华兴源创及其董事长陈文源予以通报批评。')).toEqual(['上海证券交易所', '华兴源创']);
  });
});
