import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules found on the orgs26 set (tests/fixtures/orgs26), tried here on sentences written for them.

describe('universities by their short names (orgs26)', () => {
  it('reads a short name before a university’s word and in a list closed by 等高校', () => {
    expect(namesOf(entitiesOf('川大招生办负责人介绍了今年的录取情况。'), 'organization')).toEqual(['川大']);
    const names = namesOf(entitiesOf('吉大、厦大、武大等高校参加了本次比赛。'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['吉大', '厦大', '武大']));
  });

  it('reads a short name beside a university and as the university the text names in full', () => {
    const names = namesOf(entitiesOf('北京大学、浙大和南京大学的研究团队联合发表了论文。'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['浙大', '南京大学']));
    const es = entitiesOf('四川大学和四川师范大学今年扩招。川大招生办表示，新增计划投向医学类专业。');
    expect(namesOf(es, 'organization').sort()).toEqual(['四川大学', '四川师范大学']);
  });

  it('reads two short names of three characters listed alone', () => {
    const names = namesOf(entitiesOf('上海交大和西安交大今年在川录取人数基本持平。'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['上海交大', '西安交大']));
  });

  it('reads no university from 广大, 重大, 人大 or the kinds of schooling 函大 and 夜大', () => {
    const text = '广大学生和家长要注意防范诈骗，重大招生政策调整将提前公布。人大代表来到学校调研。只要看看函大、夜大、自学考试热就知道了。';
    expect(namesOf(entitiesOf(text), 'organization').filter((n) => n.endsWith('大'))).toEqual([]);
  });

  it('reads a university named in full and by its name without 大学 as one', () => {
    const es = entitiesOf('清华大学今年在川招生120人，清华的强基计划录取也已完成。');
    expect(namesOf(es, 'organization')).toEqual(['清华大学']);
  });
});

describe('kinds of fund are no fund managers (orgs26)', () => {
  it('reads no company from 社保基金、医保基金, 养老基金 or a verb jieba tags as a name before 基金', () => {
    const text = '社保基金、医保基金的安全事关群众切身利益，各地要建立健全基金监管长效机制。社保基金、养老基金的委托投资规模稳步增长。';
    expect(namesOf(entitiesOf(text), 'organization')).toEqual([]);
  });

  it('still reads a manager by a name jieba tags as a person’s, listed or alone', () => {
    const names = namesOf(entitiesOf('易方达基金旗下产品规模居前，汇添富基金和华夏基金紧随其后。'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['易方达基金', '汇添富基金']));
  });
});

describe('courts by their short names and their divisions (orgs26)', () => {
  it('reads 市中院 and 省高院 after a level word, and a county’s or city’s 法院', () => {
    const names = namesOf(entitiesOf('过去一年，市中院共受理各类案件，省高院给予肯定。'), 'organization');
    expect(names.sort()).toEqual(['市中院', '省高院']);
    const courts = namesOf(entitiesOf('翼城县法院和霍州法院审结了两起案件。'), 'organization');
    expect(courts).toEqual(expect.arrayContaining(['翼城县法院', '霍州法院']));
  });

  it('reads a division after 市中院 with the court, and divisions written alone where the text names a court', () => {
    const es = entitiesOf('临汾市中级人民法院工作报告。市中院刑事审判庭审结了一起案件。民事审判第一庭和立案庭推行一站式服务。');
    expect(namesOf(es, 'organization')).toEqual(
      expect.arrayContaining(['临汾市中级人民法院', '临汾市中级人民法院刑事审判庭', '民事审判第一庭', '立案庭']),
    );
    const names = namesOf(entitiesOf('市人民检察院召开会议，第五检察部依法对刑罚执行活动开展监督。'), 'organization');
    expect(names).toContain('第五检察部');
  });

  it('reads no division where the text names no court, nor a country’s courts as one body', () => {
    expect(namesOf(entitiesOf('公司执行局开会，会议由执行局主持。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('各地法院要加强审判，基层法院和中级法院分工负责。'), 'organization')).toEqual([]);
  });
});

describe('a national body whose name joins two fields by 与 (orgs26)', () => {
  it('reads 中国物流与采购联合会 whole', () => {
    const names = namesOf(entitiesOf('中国物流与采购联合会发布的报告显示，电商物流指数回升。'), 'organization');
    expect(names).toEqual(['中国物流与采购联合会']);
  });

  it('reads no body of the country and another party joined by 与', () => {
    const names = namesOf(entitiesOf('中国与欧盟委员会举行会谈。'), 'organization');
    expect(names).toEqual(['欧盟委员会']);
  });
});
