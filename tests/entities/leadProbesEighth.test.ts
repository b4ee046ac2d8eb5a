import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the lead's probe reports of the eighth session, written for the case.

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
const places = (text: string) => namesOf(entitiesOf(text), 'place');

// Sentences of a city public security bureau's work summary (a lead's probe).
describe("the State Council's ministries, which jieba reads as common nouns (公安部/n)", () => {
  it('reads a ministry by its name and a short name under its full name', () => {
    expect(orgs('刑侦大队带队追捕逃犯，被公安部记个人一等功。')).toEqual(['公安部']);
    expect(orgs('教育部、科技部联合印发通知。').sort()).toEqual(['教育部', '科学技术部'].sort());
    expect(orgs('国家发展改革委、工业和信息化部联合发文，国家卫健委发布通报。').sort()).toEqual(
      ['国家发展和改革委员会', '工业和信息化部', '国家卫生健康委员会'].sort(),
    );
    expect(orgs('国家计委和省、市、自治区计委进行综合平衡。')).toContain('国家计划委员会');
  });
  it('reads no ministry inside a field department or a title', () => {
    expect(orgs('各级教育部门和司法部门要加强配合。')).toEqual([]);
  });
  it("keeps China's ministry apart from a foreign one of the same name in the same report", () => {
    const found = entitiesOf('美国财政部发表声明。财政部下达资金3亿元。').filter((e) => e.type === 'organization');
    expect(found.map((e) => e.name).sort()).toEqual(['美国财政部', '财政部'].sort());
  });
});

describe('a place written with its parent as one word of jieba', () => {
  it('reads the autonomous prefecture after its province, not the province alone', () => {
    expect(places('刑侦大队大队长陈国平带队赴云南省西双版纳傣族自治州追捕逃犯。').sort()).toEqual(['云南省', '西双版纳傣族自治州'].sort());
  });
});

// Sentences of a city public security bureau's work summary and of a county procuratorate's report (a lead's probe and
// the twelfth held-out set's first run).
describe('laws cited without title marks', () => {
  const laws = (text: string) => namesOf(entitiesOf(text), 'regulation');
  it('reads a law against a thing with its 反, after 依据 or in a list', () => {
    expect(laws('依据反电信网络诈骗法，查处违法人员2.1万人次。')).toEqual(['反电信网络诈骗法']);
    expect(laws('认真贯彻反食品浪费法，严格执行安全生产法。').sort()).toEqual(['反食品浪费法', '安全生产法'].sort());
  });
  it('reads a law named for an act with the act (预防), after a law in title marks and 和', () => {
    expect(laws('全面落实《中华人民共和国未成年人保护法》和预防未成年人犯罪法，起诉侵害未成年人犯罪23人。').sort()).toEqual(
      ['中华人民共和国未成年人保护法', '预防未成年人犯罪法'].sort(),
    );
  });
  it("reads a body's organic law with the body's name", () => {
    expect(laws('依据人民检察院组织法和《人民检察院刑事诉讼规则》，监督公安机关立案21件。')).toContain('人民检察院组织法');
  });
});

// Sentences of a city CPPCC standing committee's work report (a lead's probe).
describe("a democratic party committee's chair", () => {
  const people = (text: string) => namesOf(entitiesOf(text), 'person');
  it('reads the person after 主委 and 副主委', () => {
    expect(people('九三学社襄阳市委会主委刘德华、市工商联主席陈志刚分别作大会发言。').sort()).toEqual(['刘德华', '陈志刚'].sort());
    expect(people('致公党市委会专职副主委王丽出席会议。')).toEqual(['王丽']);
  });
});

// Sentences of a provincial department of commerce's work summary (a lead's probe).
describe('a word jieba cut apart is no name', () => {
  it('reads no person out of 陆港开|行至 (a dry port whose trains run to …)', () => {
    expect(namesOf(entitiesOf('赣州国际陆港开行至莫斯科、明斯克、塔什干的中欧班列286列。'), 'person')).toEqual([]);
  });
});

// Sentences of an autonomous prefecture's culture and tourism bureau's work summary (a lead's probe).
describe('villages written after their county or town', () => {
  it('reads the county jieba knows as a place word apart from the village after it', () => {
    // 巍山县 is the everyday name of 巍山彝族回族自治县: the entity takes the gazetteer's.
    expect(places('巍山县东莲花村入选全国乡村旅游重点村。').sort()).toEqual(['巍山彝族回族自治县', '东莲花村'].sort());
  });
  it('reads no temple out of a town and the first character of its village (沙溪镇|寺|登村)', () => {
    expect(places('剑川县沙溪镇寺登村入选。').sort()).toEqual(['剑川县', '沙溪镇', '寺登村'].sort());
  });
});

describe("a body's word after a rating is the honour a kind of body wins", () => {
  it('reads no 公安局 out of 全国优秀公安局', () => {
    expect(orgs('全市公安机关有1个集体被评为全国优秀公安局。')).toEqual([]);
  });
});

// Sentences of a news dispatch on a minister's visit abroad (a lead's probe).
describe('a name whose last character jieba glued to 等', () => {
  it('reads 王受文 from 王受|文等', () => {
    expect(namesOf(entitiesOf('中国驻匈牙利大使龚韬、商务部副部长王受文等参加上述活动。'), 'person').sort()).toEqual(
      ['王受文', '龚韬'].sort(),
    );
  });
});

// Sentences of the thirteenth held-out set's first run (a city emergency management bureau), and written for the case.
describe("a place's department written after the place's full name", () => {
  it('reads the bureaus of county-level cities and districts that are not the report’s own', () => {
    expect(orgs('钟祥市应急管理局、掇刀区应急管理局和京山市应急管理局分别对事故企业作出行政处罚。').sort()).toEqual(
      ['钟祥市应急管理局', '掇刀区应急管理局', '京山市应急管理局'].sort(),
    );
    expect(orgs('衢州市交通运输局对该企业处以罚款。')).toEqual(['衢州市交通运输局']);
  });
  it('reads no department out of a word that ends like one (格局) or a plan named as a centre', () => {
    expect(orgs('杭州市旅游新格局正在形成。')).toEqual([]);
    expect(orgs('大连市建设东北亚国际航运中心。')).toEqual([]);
  });
});

describe('a company written after the town it stands in', () => {
  it('starts the name at the province or city it is registered under, not at the town', () => {
    expect(orgs('3月14日，钟祥市胡集镇湖北金磷化工有限公司发生一起中毒窒息事故。')).toEqual(['湖北金磷化工有限公司']);
    expect(orgs('团林铺镇荆门宏远物流有限公司发生事故。')).toEqual(['荆门宏远物流有限公司']);
  });
  it('drops a preposition jieba glued to an unknown name', () => {
    expect(orgs('对鑫盛建材有限公司处以罚款56万元。')).toEqual(['鑫盛建材有限公司']);
  });
});

describe("a statistical communiqué's and an emergency bureau's bodies and zones", () => {
  it('reads an industrial park named by its county', () => {
    expect(places('婺源工业园区实现产值20亿元。')).toEqual(['婺源工业园区']);
  });
  it('reads a committee written in full after its short name (减灾委|员会) whole', () => {
    const found = entitiesOf('市减灾委员会下拨救灾资金320万元。').filter((e) => e.type === 'organization');
    expect(found.flatMap((e) => e.mentions.map((m) => m.surface))).toEqual(['市减灾委员会']);
  });
});

describe('a name jieba reads as a surname and a given name, before a one-character word', () => {
  it('reads 赵志强 before 处 (a fine imposed on him)', () => {
    expect(namesOf(entitiesOf('对企业主要负责人赵志强处上一年年收入40%的罚款。'), 'person')).toEqual(['赵志强']);
  });
});

describe("a bureau's branch named by the county it serves", () => {
  it('reads the branch whole, after a bureau written with its city', () => {
    expect(orgs('衢州市生态环境局龙游分局开展执法检查。')).toEqual(['衢州市生态环境局龙游分局']);
  });
});
