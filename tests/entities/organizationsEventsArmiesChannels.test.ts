import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written by helper orgs11 (tests/fixtures/orgs11/sentences.tsv and the like), none from a report or news text.
describe('organizations: an event’s organizing committee by its short name', () => {
  it('reads the host city, the event’s short name and 组委 as one body', () => {
    expect(namesOf(entitiesOf('杭州亚组委今天发布了赛事志愿者招募计划。'), 'organization')).toEqual(['杭州亚组委']);
    expect(namesOf(entitiesOf('北京冬奥组委召开新闻发布会。'), 'organization')).toEqual(['北京冬奥组委']);
    expect(namesOf(entitiesOf('亚组委与各竞赛场馆签订了责任书。'), 'organization')).toEqual(['亚组委']);
  });
});

describe('organizations: a satellite channel by its name', () => {
  it('reads a province’s, a city’s or a company’s 卫视, not a kind of channel', () => {
    expect(namesOf(entitiesOf('湖南卫视、东方卫视播出了这部电视剧。'), 'organization')).toEqual(['东方卫视', '湖南卫视']);
    expect(namesOf(entitiesOf('凤凰卫视记者在华盛顿报道了此次会谈。'), 'organization')).toEqual(['凤凰卫视']);
    expect(namesOf(entitiesOf('地方卫视纷纷推出综艺节目。'), 'organization')).toEqual([]);
  });
});

describe('organizations: a national team of a sport', () => {
  it('reads 国家 and the team’s word as one body, with the country written before it', () => {
    expect(namesOf(entitiesOf('国家游泳队在昆明进行为期一个月的高原集训。'), 'organization')).toEqual(['国家游泳队']);
    expect(namesOf(entitiesOf('中国国家田径队今天出征世锦赛。'), 'organization')).toEqual(['中国国家田径队']);
  });
});

describe('organizations: the army under every name the dictionary gives it', () => {
  it('names 解放军 and 人民解放军 as 中国人民解放军, one entity with every form as an alias', () => {
    const army = entitiesOf('解放军官兵奋战在抗洪一线，人民解放军是人民的军队。').filter((e) => e.type === 'organization');
    expect(army.map((e) => e.name)).toEqual(['中国人民解放军']);
    expect(army[0]!.aliases.sort()).toEqual(['人民解放军', '解放军']);
  });
  it('reads a theater command and the troops stationed in a place with the army', () => {
    expect(namesOf(entitiesOf('解放军南部战区组织海空兵力在南海进行联合演练。'), 'organization')).toEqual(['解放军南部战区']);
    expect(namesOf(entitiesOf('中国人民解放军驻香港部队举行军营开放日活动。'), 'organization')).toEqual(['中国人民解放军驻香港部队']);
  });
  it('reads a club the dictionary names with its 俱乐部', () => {
    expect(namesOf(entitiesOf('皇家马德里俱乐部宣布与这名前锋续约。'), 'organization')).toEqual(['皇家马德里俱乐部']);
  });
});

describe('organizations: an autonomous county written by its short name and 县', () => {
  it('reads the county’s government after it, named by the gazetteer’s full name', () => {
    const gov = entitiesOf('玉龙县人民政府办公室印发通知，要求各乡镇做好森林防火工作。').filter((e) => e.type === 'organization');
    expect(gov.map((e) => [e.name, e.aliases])).toEqual([['玉龙纳西族自治县人民政府办公室', ['玉龙县人民政府办公室']]]);
    expect(namesOf(entitiesOf('恭城县人民政府印发通知。'), 'organization')).toEqual(['恭城瑶族自治县人民政府']);
  });
  it('reads no county in the short form of running text (河南县 beside the province)', () => {
    expect(namesOf(entitiesOf('河南县大力发展畜牧业。'), 'organization')).toEqual([]);
  });
});

describe('organizations: a body’s executive committee, a level’s supervisory commission, a post taken up', () => {
  it('reads a body’s 执委会 jieba knows whole as that one body', () => {
    expect(namesOf(entitiesOf('国际奥委会执委会决定恢复该国奥委会的会员资格。'), 'organization')).toEqual(['国际奥委会执委会']);
  });
  it('reads a level’s 监察委员会 and 纪律检查委员会 written in full', () => {
    expect(namesOf(entitiesOf('市人大常委会听取和审议市监察委员会关于专项工作情况的报告。'), 'organization')).toContain('市监察委员会');
    expect(namesOf(entitiesOf('县纪律检查委员会通报了三起典型案例。'), 'organization')).toEqual(['县纪律检查委员会']);
  });
  it('reads the level’s body whose post one takes up (担任县委书记), not every body of the level', () => {
    expect(namesOf(entitiesOf('他曾担任县委书记多年。'), 'organization')).toEqual(['县委']);
    expect(namesOf(entitiesOf('各乡镇党委书记参加会议。'), 'organization')).toEqual([]);
  });
});
