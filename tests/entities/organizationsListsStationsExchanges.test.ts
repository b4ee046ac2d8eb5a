import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for each rule (orgs12), not taken from the reports: two bodies a 和 joins where jieba reads 和 and the
// level word after it as the county 和县, stations and tribunals named by their town's short name, and exchanges.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('two level bodies joined by 和, which jieba reads with the level word as the county 和县', () => {
  it('reads two hospitals, not one hospital of 和县 run on from the first', () => {
    expect(orgs('县中医医院和县妇幼保健院组建医疗集团，实现检查结果互认。')).toEqual(['县中医医院', '县妇幼保健院']);
  });
  it('reads two bureaus, the second a department of two fields joined by its own 和', () => {
    expect(orgs('县水利局和县自然资源和规划局共同编制河道管理范围划定方案。')).toEqual(['县水利局', '县自然资源和规划局']);
  });
  it('keeps the county after its province (安徽省|和县) and reads no body in 乡镇和县直单位', () => {
    expect(orgs('安徽省和县人民医院开展义诊活动。')).toEqual(['安徽省和县人民医院']);
    expect(orgs('乡镇和县直单位要抓好落实。')).toEqual([]);
  });
});

describe('a police station or a people’s tribunal named by its town’s short name', () => {
  it('reads the station where jieba cut the town’s name into characters (瓶|窑|派出所: 瓶窑镇)', () => {
    expect(orgs('瓶窑派出所民警在走访中发现一名走失老人。')).toEqual(['瓶窑派出所']);
  });
  it('reads a tribunal by a town jieba does not know (新登/x) or knows as a common word (石门/n)', () => {
    expect(orgs('新登人民法庭法官深入田间地头开展巡回审判。')).toEqual(['新登人民法庭']);
    expect(orgs('县人民法院石门人民法庭审结一起土地承包经营权纠纷案。')).toContain('石门人民法庭');
  });
  it('reads no station after a word of the area it serves (当地, 辖区, 城区)', () => {
    expect(orgs('当地派出所民警赶到现场。辖区派出所和城区派出所开展巡逻。')).toEqual([]);
  });
});

describe('an exchange named by its place and what is traded', () => {
  it('reads exchanges jieba knows whole and those it cuts after the city', () => {
    expect(orgs('上海证券交易所及深圳证券交易所发布新修订的股票上市规则。')).toEqual(['上海证券交易所', '深圳证券交易所']);
    expect(orgs('伦敦金属交易所宣布暂停镍合约交易。')).toEqual(['伦敦金属交易所']);
    expect(orgs('设立北京证券交易所和广州期货交易所。')).toEqual(['北京证券交易所', '广州期货交易所']);
  });
  it('reads no exchange of every place (各地产权交易所)', () => {
    expect(orgs('各地产权交易所要规范交易行为。')).toEqual([]);
  });
});
