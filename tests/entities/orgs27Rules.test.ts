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

describe('foreign parties by their short names', () => {
  it('reads the party of jieba’s word for a party’s government (英国保守党政府), and the party alone after it', () => {
    const found = orgs('英国保守党政府下台一年后，工党政府提出的住房法案获得通过。保守党领袖批评了工党的财政计划。');
    expect(found).toContain('英国保守党');
    expect(found).toContain('工党');
    expect(entitiesOf('英国保守党政府下台一年后，保守党领袖批评了财政计划。').find((e) => e.name === '英国保守党')?.mentions.length).toBe(
      2,
    );
  });
  it('reads a party’s short name listed right before a party read already (基民盟与社民党)', () => {
    expect(orgs('基民盟与社民党组成的联合政府获得多数支持。')).toEqual(['基民盟', '社民党']);
  });
  it('reads no party in a kind of party’s government', () => {
    expect(orgs('执政党政府和反对党都表示支持。')).toEqual([]);
  });
});

describe('a base area’s government (边区政府) is a body', () => {
  it('reads the area and its government as one body, and no place inside it', () => {
    const found = entitiesOf('1941年，晋冀鲁豫边区政府在辽县成立。');
    expect(found.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['晋冀鲁豫边区政府']);
    expect(found.some((e) => e.type === 'place' && e.name === '晋冀鲁豫边区')).toBe(false);
    expect(orgs('陕甘宁边区政府设在延安。')).toEqual(['陕甘宁边区政府']);
  });
  it('leaves the area a place where no government follows it', () => {
    expect(entitiesOf('他在陕甘宁边区工作了五年。').some((e) => e.type === 'place' && e.name === '陕甘宁边区')).toBe(true);
  });
});

describe('a company’s registered name in an annual report', () => {
  it('opens the name at its place after the tie to the reporting company (控股子公司|苏州…)', () => {
    expect(orgs('控股子公司苏州恒瑞达精密涂层有限公司实现营业收入3.6亿元。')).toEqual(['苏州恒瑞达精密涂层有限公司']);
    expect(orgs('控股股东常州华拓投资有限公司持有公司45%的股份。')).toEqual(['常州华拓投资有限公司']);
  });
  it('reads a place in brackets after the trade name as part of the name (恒瑞达（南通）…)', () => {
    expect(orgs('全资子公司恒瑞达（南通）新能源材料有限公司建成投产。')).toEqual(['恒瑞达（南通）新能源材料有限公司']);
    expect(orgs('设备由华拓（苏州）精密机械有限公司和恒瑞达（南通）新能源材料有限公司供应。')).toContain(
      '恒瑞达（南通）新能源材料有限公司',
    );
  });
});

describe('a media outlet’s regional offices', () => {
  it('reads an office after its outlet as one body, named by both', () => {
    const found = orgs('人民日报社河北分社、光明日报河北记者站和中央广播电视总台河北总站的记者应邀参加交流。');
    expect(found).toEqual(['中央广播电视总台河北总站', '人民日报社河北分社', '光明日报河北记者站'].sort());
    expect(orgs('新华社华北总分社举办了培训班。')).toEqual(['新华社华北总分社']);
  });
  it('reads an office alone after its region where the text names an outlet', () => {
    const found = orgs('新华社副社长出席开班式，河北分社、山西分社的记者参加培训。');
    expect(found).toContain('河北分社');
    expect(found).toContain('山西分社');
  });
  it('reads no office in a word that holds 分社 (分社区)', () => {
    expect(orgs('新华社报道，该合作社在河北分社区设立了服务点。')).toEqual(['新华社']);
  });
});

describe('a body and the short name made of its words’ first characters are one', () => {
  it('joins 武警部队 to the armed police’s full name in the same text', () => {
    const armed = entitiesOf(
      '中国人民武装警察部队河南省总队出动官兵1200余人，武警部队官兵连续奋战72小时。市委对参与抢险的人民武装警察部队官兵给予表扬。',
    ).filter((e) => e.type === 'organization' && /武/.test(e.name));
    expect(armed.map((e) => e.name)).toEqual(['中国人民武装警察部队']);
    expect(armed[0]!.aliases).toContain('武警部队');
  });
  it('keeps two universities apart whose names only share characters (北京大学, 北京师范大学)', () => {
    expect(orgs('北京大学和北京师范大学的学生参加了活动。')).toEqual(['北京大学', '北京师范大学']);
  });
});

describe('a training school by its place, name and trade (培训学校)', () => {
  it('reads the school from the place or name that opens it', () => {
    expect(orgs('成都蓉城职业技能培训学校、眉山东坡驾驶员培训学校等机构不得招生。')).toEqual([
      '成都蓉城职业技能培训学校',
      '眉山东坡驾驶员培训学校',
    ]);
    expect(orgs('山西晋阳职业技能培训学校举办了开学典礼。')).toEqual(['山西晋阳职业技能培训学校']);
    expect(orgs('法院审理了太原市迎泽区华信职业技能培训学校骗取补贴案。')).toContain('太原市迎泽区华信职业技能培训学校');
  });
  it('reads no school where nothing proper opens the trade (各类, 电脑培训学校)', () => {
    expect(orgs('各类职业技能培训学校要加强管理。')).toEqual([]);
    expect(orgs('县里开办了一所电脑培训学校。')).toEqual([]);
  });
});

describe('a level counted is several places, no one body’s level', () => {
  it('reads no province’s body in 湖北、湖南等8省消防救援总队 in a city’s report', () => {
    const found = orgs('郑州市遭遇极端强降雨。国家消防救援局调派湖北、湖南等8省消防救援总队跨区增援。');
    expect(found).toEqual(['国家消防救援局']);
  });
  it('still reads the level’s own body written alone (省消防救援总队)', () => {
    expect(orgs('郑州市遭遇极端强降雨，省消防救援总队派出300人增援。')).toContain('河南省消防救援总队');
  });
});

describe('a body that qualifies its cadres in an honour’s title is no mention of the body', () => {
  it('reads no 共青团 in “全国优秀共青团干部”, and still reads it alone', () => {
    expect(orgs('曾获“全国优秀共青团干部”称号的志愿者代表将分享捐献经历。')).toEqual([]);
    expect(orgs('共青团要发挥青年的作用。')).toEqual(['共产主义青年团']);
  });
});
