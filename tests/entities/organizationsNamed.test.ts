import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

// Bodies of any text, not only of the reports' own places: ministries, news agencies, parties, teams, parliaments.
describe('organizations: bodies jieba knows by name', () => {
  it('reads ministries, news agencies and people’s organizations named whole', () => {
    const es = entitiesOf('新华社北京5月7日电，外交部发言人表示，中国残联和中国作协将联合举办活动。');
    // 中国残联 and 中国作协 go by the full names CC-CEDICT glosses as the same bodies.
    expect(namesOf(es, 'organization')).toEqual(['中国作家协会', '中国残疾人联合会', '外交部', '新华社'].sort());
  });

  it('reads a foreign party and parliament, and a party’s central committee as that body, not 党中央', () => {
    const es = entitiesOf('伊朗议会通过议案，朝鲜劳动党致电祝贺。朝鲜劳动党中央委员会致电。');
    expect(namesOf(es, 'organization')).toEqual(['伊朗议会', '朝鲜劳动党', '朝鲜劳动党中央委员会']);
  });

  it('reads a national body with the level word jieba cut off (国家|新闻出版署), and a stem with a word jieba tags as a number (少年)', () => {
    const es = entitiesOf('国家新闻出版署今天在京召开会议。翟美卿女士向中国儿童少年基金会捐款。');
    expect(namesOf(es, 'organization')).toEqual(['中国儿童少年基金会', '国家新闻出版署'].sort());
  });

  it('does not read kinds of body, directions or words that only end like a body as names', () => {
    const es = entitiesOf(
      '单是铁道部门的基本建设就很多，各级人民法院、商业银行和民间组织都要参加，国共两党形成新格局，人民公社走上国际舞台，中西部加快发展。',
    );
    expect(namesOf(es, 'organization')).toEqual([]);
  });

  it('does not read a head noun alone (通讯社) or a city and 国际 as a body', () => {
    const es = entitiesOf('法新社、路透社等国际著名通讯社派出记者。他参加了东京国际法学会。');
    expect(namesOf(es, 'organization')).not.toContain('通讯社');
    expect(namesOf(es, 'organization')).not.toContain('东京国际');
  });

  it('does not read a party working committee (党工委), a kind of body every place has, as a name', () => {
    expect(namesOf(entitiesOf('选派优秀干部挂任党工委第一书记。'), 'organization')).toEqual([]);
  });
});

describe('organizations: a body named in its head’s title', () => {
  it('reads 司法部 in 司法部长 and 美国财政部 in 美国财政部长, leaving the person', () => {
    const es = entitiesOf('美国财政部长鲁宾16日表示，司法部长将出席。');
    expect(spans(entity(es, 'organization', '美国财政部'))).toEqual([[0, 5, '美国财政部']]);
    expect(spans(entity(es, 'organization', '司法部'))).toEqual([[14, 17, '司法部']]);
    expect(namesOf(es, 'person')).toEqual(['鲁宾']);
  });
});

describe('organizations: teams and delegations named by a place', () => {
  it('reads a country’s team and delegation, not the teams of a continent', () => {
    const es = entitiesOf('尼日利亚队与巴西队的比赛中，南美球队表现不佳。古巴代表团团长出席会议。');
    expect(namesOf(es, 'organization')).toEqual(['古巴代表团', '尼日利亚队', '巴西队']);
    expect(namesOf(es, 'place')).toEqual(['南美洲']);
  });

  it('reads a club named between its city and 队', () => {
    const es = entitiesOf('相比之下，青岛海牛队和广州松日队的雨中之战乏善可陈。');
    expect(namesOf(es, 'organization')).toEqual(['广州松日队', '青岛海牛队']);
  });
});

describe('organizations: bodies named by a place and what they do', () => {
  it('reads a place’s court, bureau, station and factory as one body each', () => {
    const es = entitiesOf(
      '此案经海口市中级人民法院一审，郑州铁路分局月山车站位于河南。西安电影制片厂厂长说，西藏自治区科协正在这里举办活动。',
    );
    expect(namesOf(es, 'organization')).toEqual(['海口市中级人民法院', '西安电影制片厂', '西藏自治区科协', '郑州铁路分局']);
    // The place inside a body's name is no mention of its own; a station named by its town is a place (月山车站).
    expect(namesOf(es, 'place')).toEqual(['月山车站', '河南省']);
  });

  it('reads a department after the body it belongs to, and a country’s academy', () => {
    const es = entitiesOf('电视连续剧正由中国检察日报社影视部摄制。中国科学院同苏联科学院合作。');
    expect(namesOf(es, 'organization')).toEqual(['中国检察日报社影视部', '中国科学院', '苏联科学院']);
  });

  it('does not read the companies or universities of a country, or a pattern, as a body', () => {
    const es = entitiesOf('美国公司和中国大学都来了，构筑大杭州旅游新格局。');
    expect(namesOf(es, 'organization')).toEqual([]);
  });

  it('reads ministries and bureaus named by their field, whatever the field', () => {
    expect(namesOf(entitiesOf('根据卫生部和农业部的报告，统计局的数据。'), 'organization')).toEqual(['农业部', '卫生部', '统计局']);
  });
});

describe('organizations: more bodies named by a country or a place', () => {
  it('reads a country’s team jieba knows whole, not a team of a sport', () => {
    const es = entitiesOf('德国队昨天在杜塞尔多夫战胜捷克队。对克罗地亚队一战风格相近。向中、斯登山队颁发奖章。');
    expect(namesOf(es, 'organization')).toEqual(['克罗地亚队', '德国队', '捷克队'].sort());
  });

  it('reads a committee whose name says what it does with a verb (扶贫), not a country joining a body', () => {
    const es = entitiesOf('中国文化扶贫委员会主任徐惟诚出席。中国加入世界贸易组织。');
    expect(namesOf(es, 'organization')).toEqual(['世界贸易组织', '中国文化扶贫委员会'].sort());
  });
});

describe('news agencies named by a proper word and 社', () => {
  it('reads 美联社 and 路透社 whatever tag jieba gives the whole, and no kind of agency or society', () => {
    const es = entitiesOf('美联社、法新社、路透社等国际著名通讯社也早早派出记者。当地旅行社和合作社也来了。');
    expect(namesOf(es, 'organization')).toEqual(['法新社', '美国联合通讯社', '路透社'].sort());
  });
});

describe('organizations: a unit kept by a body and named after it', () => {
  it('reads the committee, office or centre whole, the body’s name its front (国务院|港澳办, 人民日报社|华闻影视中心)', () => {
    const es = entitiesOf(
      '“视觉第一中国行动”是国务院残疾人工作协调委员会、卫生部和中国残联共同发起的。国务院港澳办副主任刘名启参加。人民日报社华闻影视中心最近推出新片。展览由中国国际贸易促进委员会北京市分会主办。',
    );
    expect(namesOf(es, 'organization')).toEqual(
      [
        '中国国际贸易促进委员会北京市分会',
        '中国残疾人联合会',
        '卫生部',
        '国务院港澳办',
        '国务院残疾人工作协调委员会',
        '人民日报社华闻影视中心',
      ].sort(),
    );
  });

  it('keeps two bodies written together, a verb after the body, a company’s party committee and a plan as they are', () => {
    const es = entitiesOf(
      '坚决贯彻党中央全面从严治党战略部署。党中央国务院高度重视。国务院建议全国人民代表大会批准。广东唯美陶瓷有限公司党委认真整改。',
    );
    const names = namesOf(es, 'organization');
    expect(names).toEqual(expect.arrayContaining(['党中央', '国务院']));
    expect(names.filter((n) => n.length > 8 && !n.startsWith('广东唯美'))).toEqual([]);
    expect(names).not.toContain('广东唯美陶瓷有限公司党委');
  });
});
