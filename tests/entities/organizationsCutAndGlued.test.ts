import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

// Sentences written for the rules (orgs16), none of the sentence set's; the shapes are the held-out reports' (指导台州银行,
// 苍南县金乡镇商会, 意大利温州商会, 北京温州企业商会) and the news kinds the brief named (共同民主党, 和立宪|民主党, 迈阿密国际队).
describe('the financial regulators directly under the State Council', () => {
  it('reads the short name alone as the national body, named in full', () => {
    const found = entitiesOf('证监会对两家上市公司立案调查。');
    expect(entity(found, 'organization', '中国证券监督管理委员会')?.aliases).toEqual(['证监会']);
  });
  it('reads each of the merged regulators, the longer short name before the shorter inside it', () => {
    expect(orgs('原银监会、保监会合并组建中国银保监会。')).toEqual([
      '中国保险监督管理委员会',
      '中国银行业监督管理委员会',
      '中国银行保险监督管理委员会',
    ]);
  });
  it('reads a regulator written in full over the bank jieba knows at its head (中国银行|保险监督管理委员会)', () => {
    expect(orgs('我们配合中国银行保险监督管理委员会开展专项检查。')).toEqual(['中国银行保险监督管理委员会']);
    expect(orgs('中国银行保险监督管理委员会印发通知，中国银行积极落实。')).toEqual(['中国银行', '中国银行保险监督管理委员会']);
  });
});

describe('a verb jieba files as a noun before the place that opens a company', () => {
  it('is what is done to the company, after a body or opening the clause', () => {
    expect(orgs('人民银行丽水市中心支行指导丽水农商银行推广林权抵押贷款。')).toContain('丽水农商银行');
    expect(orgs('人民银行丽水市中心支行指导丽水农商银行推广林权抵押贷款。').join()).not.toContain('指导');
    expect(orgs('支行指导嘉兴银行开展普惠金融。')).toEqual(['嘉兴银行']);
  });
  it('keeps a parent’s common word after its own name (中国|铁塔|浙江…)', () => {
    expect(orgs('中国铁塔浙江分公司建成基站。')).toEqual(['中国铁塔浙江分公司']);
  });
});

describe('a group and what it owns', () => {
  it('reads the company after 所属 as one of its own, not a unit named after the group', () => {
    expect(orgs('市文旅集团所属市旅游公司开发景区。')).toEqual(['市文旅集团', '市旅游公司']);
  });
  it('ends the group’s name before the verb that says what it did (完成|自来水厂)', () => {
    expect(orgs('县水务集团完成自来水厂提标改造。')).toEqual(['县水务集团']);
  });
});

describe('a party’s own words jieba cut off before the party word it knows', () => {
  it('reads a modifier and the country before it as the party’s name', () => {
    expect(orgs('韩国共同民主党党首表示。')).toEqual(['韩国共同民主党']);
    expect(orgs('加拿大保守党和新民主党在议会辩论。')).toContain('新民主党');
  });
  it('leaves the conjunction glued to the modifier outside the name (和立宪/nr), and 立宪/j too', () => {
    expect(orgs('日本执政的自由民主党和立宪民主党展开角逐。')).toEqual(['立宪民主党', '自由民主党']);
    expect(orgs('日本维新会与立宪民主党')).toEqual(['立宪民主党']);
  });
  it('takes no verb or one-character adverb as a modifier', () => {
    expect(orgs('他们都支持民主党的候选人。')).toEqual(['民主党']);
  });
});

describe('a club named Internazionale or Internacional', () => {
  it('reads 国际 before the club and a city before 国际队', () => {
    expect(orgs('国际米兰队客场3比1击败那不勒斯队。')).toContain('国际米兰队');
    expect(orgs('迈阿密国际队在主场以2比0击败对手。')).toEqual(['迈阿密国际队']);
  });
});

describe('a chamber or fellowship named with the place it sits in', () => {
  it('reads a town’s chamber with its county', () => {
    expect(orgs('瓯海区泽雅镇商会组织会员企业参加展会。')).toEqual(['瓯海区泽雅镇商会']);
  });
  it('reads a chamber of one city’s people in another by the host’s short name, and in a foreign country', () => {
    expect(orgs('广州温州商会组织会员企业回乡考察。')).toEqual(['广州温州商会']);
    expect(orgs('荷兰温州同乡会向家乡捐赠防疫物资。')).toEqual(['荷兰温州同乡会']);
  });
  it('keeps the county a place of its own where a body other than a chamber follows the town', () => {
    const found = entitiesOf('岳西县包家乡妇联组织妇女发展茶叶。');
    expect(namesOf(found, 'place')).toContain('岳西县');
  });
});

describe('a place’s station, funeral home and credit union, and a head jieba tags as a verb', () => {
  it('reads the city’s radio and television station and funeral home by the place, even a city jieba tags as a verb', () => {
    expect(orgs('开封广播电视台推出系列纪录片。')).toEqual(['开封广播电视台']);
    expect(orgs('襄阳市殡仪馆完成火化设备改造。')).toEqual(['襄阳市殡仪馆']);
    expect(orgs('县广播电视台开设乡村振兴专栏。')).toEqual(['县广播电视台']);
  });
  it('reads a province’s union of rural credit cooperatives by the level word', () => {
    expect(orgs('省农村信用社联合社督促县农商银行压降不良贷款。')).toEqual(['县农商银行', '省农村信用社联合社']);
  });
  it('reads a 促进会 jieba tags as a verb as the body’s word', () => {
    expect(orgs('丽水市光彩事业促进会设立助学基金。')).toEqual(['丽水市光彩事业促进会']);
  });
  it('reads an office jieba knows whole after the government that keeps it (市政府|新闻处/nt)', () => {
    expect(orgs('据市政府新闻处说，全市约4万棵树被刮倒。')).toEqual(['市政府新闻处']);
  });
});

describe('kinds of bodies taken for names', () => {
  it('a company set up and named only by what it does', () => {
    expect(orgs('两家企业合资成立新能源研发公司。')).toEqual([]);
    expect(orgs('组建市旅游集团。')).toEqual(['市旅游集团']);
  });
  it('a plant after a verb that enlarges it, and chambers 异地 “in other places”', () => {
    expect(orgs('在文成县扩建竹木制品加工厂。').join()).not.toContain('扩建');
    expect(orgs('推动异地温州商会新增回归项目60个。')).toEqual([]);
  });
});

describe('a national assembly by 国民大会', () => {
  it('reads a party named so after a conjunction', () => {
    expect(orgs('南非民主联盟与非洲人国民大会组建民族团结政府。')).toContain('非洲人国民大会');
  });
});

describe('the centre of a foreign party known by its short name', () => {
  it('is that party’s centre, not the Chinese party’s (越共中央, 苏共中央)', () => {
    expect(orgs('越共中央总书记苏林会见代表团。')).toEqual(['越共中央']);
    expect(orgs('苏共中央召开全会。')).toEqual(['苏共中央']);
    expect(orgs('中共中央印发通知。')).toEqual(['党中央']);
  });
});
