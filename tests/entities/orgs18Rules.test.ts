import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules found on the orgs18 news set (tests/fixtures/orgs18), tried here on sentences written for them.

describe('bodies of a text whose place is mentioned only in passing (orgs18)', () => {
  it('names a district committee’s departments and a county committee as written, not dropped as any district’s', () => {
    const es = entitiesOf('全国两会在北京开幕。区委组织部、区委宣传部联合举办培训班，县委常委会召开会议。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['区委组织部', '区委宣传部', '县委常委会']));
  });

  it('reads a province’s bodies in a text about a municipality as no body of the municipality', () => {
    const es = entitiesOf('会议在北京闭幕。省纪委监委通报了3起典型问题，省政协副主席率队调研。');
    const names = namesOf(es, 'organization');
    expect(names).toEqual(expect.arrayContaining(['省纪委监委', '省政协']));
    expect(names).not.toContain('北京市纪委监委');
  });
});

describe('bare town bodies where no place is the text’s own (orgs18)', () => {
  it('names 镇党委 and 镇政府 as written, and 乡党委 before the post', () => {
    expect(namesOf(entitiesOf('镇党委、镇政府组织干部入户走访。'), 'organization')).toEqual(['镇党委', '镇政府']);
    expect(namesOf(entitiesOf('他后来调任乡党委书记。'), 'organization')).toEqual(['乡党委']);
  });

  it('names none in a list of levels, after 各, or where the text names towns', () => {
    expect(namesOf(entitiesOf('县、乡政府要各负其责，各镇党委要带头。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('县委巡察组对黄陂镇、青塘镇开展巡察。镇党委要落实主体责任。'), 'organization')).toEqual(['县委巡察组']);
  });
});

describe('an assembly’s working committees and a body’s organ (orgs18)', () => {
  it('reads a working committee whose field jieba tags a verb (预算工作委员会) and one by its short name (财经委)', () => {
    expect(namesOf(entitiesOf('区人大常委会预算工作委员会开展专项监督。'), 'organization')).toEqual(['区人大常委会预算工作委员会']);
    expect(namesOf(entitiesOf('市人大财经委召开全体会议。'), 'organization')).toEqual(['市人大财经委']);
  });

  it('does not read what the assembly does to work as a committee', () => {
    expect(namesOf(entitiesOf('市人大常委会听取工作委员会报告。'), 'organization')).toEqual(['市人大常委会']);
  });

  it('reads the organ of a CPPCC or a government (市政协机关), not the staff of a committee (机关干部)', () => {
    expect(namesOf(entitiesOf('县政协机关党组召开学习会。'), 'organization')).toEqual(['县政协机关']);
    expect(namesOf(entitiesOf('市委机关干部参加义务植树。'), 'organization')).toEqual(['市委']);
  });
});

describe('schools and disease control centres named by their place (orgs18)', () => {
  it('reads a city’s numbered school by its short name and its senior middle school', () => {
    expect(namesOf(entitiesOf('石家庄二中与衡水高级中学开展交流。'), 'organization')).toEqual(['石家庄二中', '衡水高级中学']);
  });

  it('reads the nation’s and a province’s disease control centres, the short form an alias', () => {
    const es = entitiesOf('中国疾病预防控制中心发布提示，中国疾控中心专家建议接种疫苗。江西省疾控中心开展监测。');
    expect(namesOf(es, 'organization')).toEqual(['中国疾病预防控制中心', '江西省疾控中心']);
    expect(es.find((e) => e.name === '中国疾病预防控制中心')?.aliases).toEqual(['中国疾控中心']);
  });

  it('reads the nation’s institutions written as a level’s (中国法学会), not its halls', () => {
    expect(namesOf(entitiesOf('中国法学会召开理事会。'), 'organization')).toEqual(['中国法学会']);
    expect(namesOf(entitiesOf('参观中国印刷博物馆。'), 'organization')).toEqual([]);
  });
});

describe('units, rooms and stationed teams read with their owner (orgs18)', () => {
  it('reads a hospital the dictionary names after its academy, and a university’s campus, as one body', () => {
    expect(namesOf(entitiesOf('中国医学科学院阜外医院开展义诊。'), 'organization')).toEqual(['中国医学科学院阜外医院']);
    expect(namesOf(entitiesOf('北京师范大学珠海校区举行开学典礼。'), 'organization')).toEqual(['北京师范大学珠海校区']);
  });

  it('reads a discipline body’s numbered room and the team the national discipline body stations', () => {
    expect(namesOf(entitiesOf('县纪委监委第二监督检查室开展谈话。'), 'organization')).toEqual(['县纪委监委第二监督检查室']);
    expect(namesOf(entitiesOf('国家监委驻教育部纪检监察组通报案件。'), 'organization')).toEqual(['国家监委驻教育部纪检监察组']);
  });
});

describe('level bodies in a text spread over many provinces (orgs18)', () => {
  const digest = '贵州、江苏、广东、四川等地持续推进。';
  it('names a level department or association written alone, as the body of its story', () => {
    const es = entitiesOf(`${digest}县农业农村局与市个体劳动者协会联合开展宣传。`);
    expect(namesOf(es, 'organization')).toEqual(['县农业农村局', '市个体劳动者协会']);
  });

  it('names none counted, after 各, or with the level said twice (县县有图书馆)', () => {
    expect(namesOf(entitiesOf(`${digest}各县农业农村局要加强指导，支持285所县中医院建设。`), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf(`${digest}基本实现县县有图书馆、文化馆。`), 'organization')).toEqual([]);
  });
});

describe('a school’s departments and centres, a party’s committees, a post taken up (orgs18 round 3)', () => {
  it('reads a university’s department after the field it teaches (系 read as a verb) and its centre', () => {
    expect(namesOf(entitiesOf('北京大学物理学系教授团队完成研究。'), 'organization')).toEqual(['北京大学物理学系']);
    expect(namesOf(entitiesOf('浙江大学肿瘤防治中心开展义诊。'), 'organization')).toEqual(['浙江大学肿瘤防治中心']);
  });

  it('reads no department where 系 says what someone is', () => {
    expect(namesOf(entitiesOf('该大学校长系博士毕业。'), 'organization')).toEqual([]);
  });

  it('reads a party’s national or central committee with the party', () => {
    expect(namesOf(entitiesOf('英国保守党全国委员会发表声明。'), 'organization')).toEqual(['英国保守党全国委员会']);
  });

  it('reads the body of a post taken up where jieba glued 任 to the level word (任乡|党委书记)', () => {
    const es = entitiesOf('东莞市委召开会议。他从条件较好的乡镇调到这里任乡党委书记。');
    expect(namesOf(es, 'organization')).toContain('乡党委');
  });
});
