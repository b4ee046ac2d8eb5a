import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// The rules helper orgs27 wrote for the kinds of text of tests/fixtures/orgs27 (an annual report, an examination notice,
// a news agency's news, a foreign-politics digest, an emergency report, a public-welfare notice). Sentences written for
// this test, not taken from a report, the news set or a held-out fixture.

const orgs = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'organization')
    .map((e) => e.name)
    .sort();

describe('two colleges joined by 和 are two colleges', () => {
  it('reads each college of a pair where the text names a university, not one name across 和', () => {
    const found = orgs('四川大学为主考学校，四川职业技术学院和四川交通职业技术学院承担部分专业的实践课程考核。');
    expect(found).toContain('四川职业技术学院');
    expect(found).toContain('四川交通职业技术学院');
    expect(found.filter((n) => n.includes('和'))).toEqual([]);
  });
  it('still reads a college of two fields joined by 与', () => {
    expect(orgs('浙江大学管理工程与电子商务学院举办了招生咨询会。')).toContain('浙江大学管理工程与电子商务学院');
  });
});

describe('a level’s examination authority (教育考试院)', () => {
  it('reads a province’s and a city’s 教育考试院 after the place', () => {
    expect(orgs('考生登录四川省教育考试院官网报名。')).toEqual(['四川省教育考试院']);
    expect(orgs('成都市教育考试院负责本地区考生的资格审核。')).toEqual(['成都市教育考试院']);
  });
});

describe('a firm the dictionary knows, with its trade’s word', () => {
  it('reads the firm by the name it is listed by (蒙牛乳业, 海尔智家)', () => {
    const found = orgs('公司为海尔智家、美的集团提供家电用塑料，为蒙牛乳业、伊利股份提供包装材料。');
    expect(found).toContain('海尔智家');
    expect(found).toContain('蒙牛乳业');
    expect(found).not.toContain('海尔');
    expect(found).not.toContain('蒙牛');
    expect(orgs('蒙牛乳业和伊利股份公布了年度业绩。')).toContain('蒙牛乳业');
  });
  it('leaves the brand alone where the trade’s word is a noun of the sentence (蒙牛的乳业收入)', () => {
    expect(orgs('蒙牛的乳业收入有所增长。')).toEqual(['蒙牛']);
  });
});
