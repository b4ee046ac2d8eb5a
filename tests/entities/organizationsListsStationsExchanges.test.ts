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
    // The province is a place of its own before a county's body (newsgap27, provincesOutsideBodies: 安徽省|和县人民医院).
    expect(orgs('安徽省和县人民医院开展义诊活动。')).toEqual(['和县人民医院']);
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

describe('foreign bodies CC-CEDICT glosses, and a body by its headquarters', () => {
  it('reads armed groups the dictionary glosses as a group or an organization (塔利班, 真主党 after its country)', () => {
    expect(orgs('塔利班宣布成立临时政府。')).toContain('塔利班');
    expect(orgs('黎巴嫩真主党发表声明，谴责这次空袭。')).toEqual(['黎巴嫩真主党']);
  });
  it('reads a brand that is a common word too only before its company’s word (波音公司, 苹果公司; not 一个苹果)', () => {
    expect(orgs('波音公司向航空公司交付一架宽体客机。')).toEqual(['波音公司']);
    expect(orgs('苹果公司发布新款手机。他买了一个苹果。')).toEqual(['苹果公司']);
  });
  it('reads a brand’s abbreviation as the company (空客公司: 空客, abbr. for 空中客车)', () => {
    expect(orgs('空客公司在天津的总装线交付第600架飞机。')).toEqual(['空客公司']);
  });
  it('reads the body whose headquarters a place-led phrase names, and the place apart (日内瓦|联合国总部)', () => {
    const e = entitiesOf('在日内瓦联合国总部举行的会议上，各国代表就气候问题发言。');
    expect(namesOf(e, 'organization')).toEqual(['联合国']);
    expect(namesOf(e, 'place')).toEqual(['日内瓦']);
  });
});

describe('a legislature of Hong Kong or Macao after its region, and a level’s banks and centres', () => {
  it('reads 立法会 with its region before it', () => {
    expect(orgs('香港特区立法会三读通过财政预算案。')).toEqual(['香港特区立法会']);
    expect(orgs('澳门立法会选举顺利举行。')).toEqual(['澳门立法会']);
  });
  it('reads a level’s rural commercial bank and drug rehabilitation centre, not every county’s', () => {
    expect(orgs('县供销合作社联合社与县农商银行签订战略合作协议。')).toEqual(['县供销合作社联合社', '县农商银行']);
    expect(orgs('市强制隔离戒毒所开展戒毒人员家属开放日活动。')).toEqual(['市强制隔离戒毒所']);
    expect(orgs('各县农商银行要加大信贷投放。')).toEqual([]);
  });
});

describe('a company counted by 家 and named only by its country', () => {
  it('reads no company in 一家以色列公司, and the country as a place', () => {
    const e = entitiesOf('美国芯片企业宣布收购一家以色列公司。');
    expect(namesOf(e, 'organization')).toEqual([]);
    expect(namesOf(e, 'place')).toEqual(['以色列', '美国']);
  });
});
