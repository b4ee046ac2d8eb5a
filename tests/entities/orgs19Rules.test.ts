import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules found on the orgs19 news set (tests/fixtures/orgs19), tried here on sentences written for them.

describe('a body’s own organs (orgs19)', () => {
  it('reads the executive board or committee of an international body with the body', () => {
    expect(namesOf(entitiesOf('世界银行执行董事会批准了一笔贷款。'), 'organization')).toEqual(['世界银行执行董事会']);
  });

  it('reads the committee that decides a court’s or procuratorate’s cases with the court', () => {
    const es = entitiesOf('县人民法院审判委员会讨论了该案，市人民检察院检察委员会作出决定。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['县人民法院审判委员会', '市人民检察院检察委员会']));
    expect(namesOf(entitiesOf('市中级人民法院审判员出庭。'), 'organization')).toEqual(['市中级人民法院']);
  });
});

describe('names jieba glues to what follows them (orgs19)', () => {
  it('reads a university before its professor or president', () => {
    expect(namesOf(entitiesOf('华中科技大学教授李明介绍了研究进展。'), 'organization')).toEqual(['华中科技大学']);
    expect(namesOf(entitiesOf('一位大学教授表示赞同。'), 'organization')).toEqual([]);
  });

  it('reads a brand before its legal form jieba holds as one word (股份公司)', () => {
    expect(namesOf(entitiesOf('西门子股份公司宣布扩大在华投资。'), 'organization')).toEqual(['西门子股份公司']);
  });
});

describe('a party’s short name after its country (orgs19)', () => {
  it('reads the country’s party jieba files as a common noun, and the word alone after it as the same party', () => {
    const es = entitiesOf('德国基社盟主席表示支持，基社盟将参加联合政府。');
    expect(namesOf(es, 'organization')).toEqual(['德国基社盟']);
    expect(es.find((e) => e.name === '德国基社盟')?.aliases).toEqual(['基社盟']);
  });

  it('reads a party listed right after one read with its country as a party too (德国基民盟和基社盟)', () => {
    const es = entitiesOf('德国基社盟与基民盟组成联盟党，基民盟主席出席。');
    expect(namesOf(es, 'organization')).toEqual(['基民盟', '德国基社盟', '联盟党']);
  });

  it('reads no kind of party after a country (执政党, 反对党)', () => {
    expect(namesOf(entitiesOf('日本执政党和反对党就预算案展开辩论。'), 'organization')).toEqual([]);
  });
});

describe('a group and its subsidiary (orgs19)', () => {
  it('keeps a group written alone apart from its subsidiary named after it, and joins it to its own full name', () => {
    const es = entitiesOf('上海电气集团上海锅炉厂有限公司中标该项目。上海电气集团表示将加大投入。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['上海电气集团', '上海电气集团上海锅炉厂有限公司']));
    const one = entitiesOf('华润集团有限公司发布年报，华润集团营业额增长。');
    expect(one.find((e) => e.name === '华润集团有限公司')?.aliases).toEqual(['华润集团']);
  });
});

describe('the Corps’ bodies and places’ rural banks (orgs19)', () => {
  it('reads the Corps’ and a division’s bodies written after 兵团, not the Corps’ own name', () => {
    const es = entitiesOf('兵团审计局和兵团第三师中级人民法院联合召开会议。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['兵团审计局', '兵团第三师中级人民法院']));
    const party = namesOf(entitiesOf('在兵团党委和师市党委的坚强领导下，各项工作稳步推进。'), 'organization');
    expect(party.some((n) => n.includes('和'))).toBe(false);
  });

  it('reads the branch a national company keeps at a level, named by its field (县邮政分公司), not a bare 县分公司', () => {
    expect(namesOf(entitiesOf('县邮政分公司与市移动分公司签约，县分公司负责实施。'), 'organization')).toEqual([
      '县邮政分公司',
      '市移动分公司',
    ]);
  });

  it('reads a county’s rural commercial bank and credit union by the county’s name', () => {
    const es = entitiesOf('莒南县农村信用合作联社改制为莒南农村商业银行。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['莒南县农村信用合作联社', '莒南农村商业银行']));
  });

  it('reads a province and a kind of cooperative as the province’s cooperatives, no one cooperative', () => {
    const es = entitiesOf('湖南农民专业合作社发展迅速，湖南省供销合作社加强指导。');
    expect(namesOf(es, 'organization')).toEqual(['湖南省供销合作社']);
  });

  it('reads no county 和县 between two bodies of the county (县科协和县残联)', () => {
    const es = entitiesOf('县科协和县残联联合开展活动。');
    expect(namesOf(es, 'organization')).toEqual(['县残联', '县科协']);
    expect(namesOf(es, 'place')).toEqual([]);
  });
});

describe('research bodies (orgs19)', () => {
  it('reads a publisher jieba’s dictionary knows by name, however common its words, not 该出版社', () => {
    expect(namesOf(entitiesOf('人民教育出版社出版了新教材，该出版社表示将继续修订。'), 'organization')).toEqual(['人民教育出版社']);
  });

  it('reads a university’s department whatever its field, jieba’s 系 ‘is’ or a word ending in 系', () => {
    expect(namesOf(entitiesOf('浙江大学光电仪器系与企业签约。'), 'organization')).toEqual(['浙江大学光电仪器系']);
    expect(namesOf(entitiesOf('北京大学物理系教授介绍了成果。'), 'organization')).toEqual(['北京大学物理系']);
    expect(namesOf(entitiesOf('该校与北京大学关系密切。'), 'organization')).toEqual(['北京大学']);
  });

  it('reads a laboratory’s field before the state’s rank as its name, not the rank alone', () => {
    expect(namesOf(entitiesOf('中山大学光电材料与技术国家重点实验室发表论文。'), 'organization')).toEqual([
      '中山大学光电材料与技术国家重点实验室',
    ]);
    expect(namesOf(entitiesOf('中国医科大学附属第一医院国家区域医疗中心建设启动。'), 'organization')).toEqual(['中国医科大学附属第一医院']);
  });

  it('reads a national centre where it speaks or publishes, not a rank the state gives', () => {
    expect(namesOf(entitiesOf('国家气象中心发布暴雨蓝色预警。'), 'organization')).toEqual(['国家气象中心']);
    expect(namesOf(entitiesOf('国家卫星海洋应用中心预计，台风将于明日登陆。'), 'organization')).toEqual(['国家卫星海洋应用中心']);
    expect(namesOf(entitiesOf('该院获批建设国家医学中心和国家区域医疗中心。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('英国国家海洋中心发布报告。'), 'organization')).toEqual(['英国国家海洋中心']);
  });
});

describe('the Corps’ party committee and China’s bodies abroad (orgs19)', () => {
  it('reads 兵团党委 as the Corps’ own, the same body its full name before 党委 is', () => {
    const es = entitiesOf('新疆生产建设兵团党委召开会议，兵团党委书记出席并讲话。');
    expect(namesOf(es, 'organization')).toEqual(['新疆生产建设兵团']);
    expect(es.find((e) => e.name === '新疆生产建设兵团')?.aliases).toContain('兵团党委');
  });

  it('reads a body named by China in a foreign country with the country, not in a city of China', () => {
    expect(namesOf(entitiesOf('活动由美国中国工程师协会主办。'), 'organization')).toEqual(['美国中国工程师协会']);
    expect(namesOf(entitiesOf('活动在北京中国工程师协会举行。'), 'organization')).toEqual(['中国工程师协会']);
  });
});

describe('a government’s office that speaks in a digest of many places (orgs19)', () => {
  it('reads 市政府新闻处 where the office speaks, though the text names places of many provinces', () => {
    const text = '温州开展治水工程。淮南建成新区。据市政府新闻处说，全市约4万棵树被刮倒。西藏是碘缺乏病的高发区。四川发生地震。';
    expect(namesOf(entitiesOf(text), 'organization')).toContain('市政府新闻处');
    expect(namesOf(entitiesOf(text.replace('据市政府新闻处说', '市政府新闻处要求')), 'organization')).toEqual([]);
  });
});
