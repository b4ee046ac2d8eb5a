import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the lead's probe reports of the seventh session, written for the case.

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

// Sentences of a city federation of industry and commerce's (工商联) work summary (a lead's probe).
describe('companies of a federation of industry and commerce', () => {
  it('reads a company whose unknown two-character name opens with a character that is elsewhere an adverb (正泰 is not 正 + 泰)', () => {
    expect(orgs('正泰集团、人民电器集团党委被评为全省非公企业“双强六好”党组织。').sort()).toEqual(['人民电器集团', '正泰集团'].sort());
    expect(orgs('我们帮助正泰集团拓展海外市场。')).toEqual(['正泰集团']);
  });
});

describe('a foreign company whose transliterated name holds an adverb and 和', () => {
  it('reads 必和必拓 from its country on, and no company out of two subjects joined by 也和', () => {
    expect(orgs('澳大利亚必和必拓公司是主要的铁矿石供应商。')).toEqual(['必和必拓公司']);
    expect(orgs('美国也和日本公司开展合作。')).not.toContain('美国也和日本公司');
  });
});

// Sentences of a customs district's work summary (a lead's probe).
describe('heads of units and the companies a case names', () => {
  const people = (text: string) => namesOf(entitiesOf(text), 'person');
  it('reads a person after the post of the head of a customs district, a section or a station', () => {
    expect(people('威海海关关长孙建平带队检查石岛港疫情防控工作。')).toEqual(['孙建平']);
    expect(people('县农业局科长张伟宁到村指导春耕。')).toEqual(['张伟宁']);
    expect(people('水文站站长李强东带队巡查河道。')).toEqual(['李强东']);
  });
  it('starts a company at its place, not at the word for a kind of body before it', () => {
    expect(orgs('查办成品油走私案，涉案企业日照市岚山区海运物流有限公司被依法处理。')).toEqual(['日照市岚山区海运物流有限公司']);
  });
  it('reads a bonded zone named by a city jieba tags as a common noun (烟台/n)', () => {
    const places = (text: string) => namesOf(entitiesOf(text), 'place');
    expect(places('在烟台综合保税区、潍坊综合保税区开展“一企一策”服务。')).toEqual(
      expect.arrayContaining(['烟台综合保税区', '潍坊综合保税区']),
    );
  });
});

// Sentences of a city human resources and social security bureau's summary (a lead's probe).
describe('a body named in full and by its official short form', () => {
  it('is one body under its full name, the short form its alias', () => {
    const es = entitiesOf('衡阳市人力资源和社会保障局2023年工作总结\n\n2023年，市人社局统筹推进就业、社保工作。');
    const bodies = es.filter((e) => e.type === 'organization');
    expect(bodies.map((e) => e.name)).toEqual(['衡阳市人力资源和社会保障局']);
    expect(bodies[0]!.aliases).toContain('市人社局');
    expect(namesOf(entitiesOf('温州市工商业联合会2023年工作总结\n\n市工商联团结引领民营经济人士。'), 'organization')).toEqual([
      '温州市工商业联合会',
    ]);
  });
  it('keeps two bodies apart where the short form stands for another name', () => {
    expect(namesOf(entitiesOf('衡阳市人民政府召开会议，市人社局、市住建局参加。'), 'organization')).toContain('衡阳市住建局');
  });
  it('reads no company where 某 withholds its name', () => {
    expect(orgs('蒸湘区某建筑工程公司拖欠48名农民工工资126万元。')).toEqual([]);
  });
  it('reads a cooperative named by a proper word, and none where the words name a kind', () => {
    expect(orgs('成立了金穗水稻种植专业合作社和兴旺养殖专业合作社。').sort()).toEqual(
      ['兴旺养殖专业合作社', '金穗水稻种植专业合作社'].sort(),
    );
    expect(orgs('全县农民专业合作社达到320家，发展农民合作社和家庭农场，组建土地股份合作社12个。')).toEqual([]);
    expect(orgs('手工业生产合作社已经发展到十万个。')).toEqual([]);
  });
});

// Sentences of a city hospital's work report (a lead's probe).
describe('a college written right after its university', () => {
  it('is named with the university', () => {
    expect(orgs('作为新乡医学院、河南大学医学院的教学医院，接收实习生420名。').sort()).toEqual(['新乡医学院', '河南大学医学院'].sort());
    expect(orgs('复旦大学经济学院与企业合作。')).toEqual(['复旦大学经济学院']);
  });
});

// Sentences of a city agriculture and rural affairs bureau's summary (a lead's probe).
describe('a department of two fields jieba cut apart before its one-character head', () => {
  it('reads the issuer in the title line', () => {
    expect(orgs('眉山市农业农村局2023年工作总结\n\n2023年，全市农业农村系统深入贯彻会议精神。')).toEqual(['眉山市农业农村局']);
  });
});

// Sentences of a city Youth League committee's summary (a lead's probe).
describe('the Youth League committee of a level', () => {
  it('is one body with the committee written out, and its congress is the league’s', () => {
    const es = entitiesOf(
      '共青团绍兴市委员会2023年工作总结\n\n2023年，团市委在市委和团省委的坚强领导下开展工作。召开共青团绍兴市第十四次代表大会。',
    );
    const names = namesOf(es, 'organization');
    expect(names).toContain('共青团绍兴市委员会');
    expect(names).toContain('共青团浙江省委员会');
    expect(names).toContain('共青团绍兴市第十四次代表大会');
    expect(names).not.toContain('绍兴市第十四次代表大会');
    expect(es.find((e) => e.name === '共青团绍兴市委员会')?.aliases).toContain('团市委');
  });
  it('reads no league body inside 集团 or a delegation', () => {
    expect(namesOf(entitiesOf('绍兴市人民政府报告：集团市委托管项目，代表团县委托办理。'), 'organization')).not.toContain(
      '共青团绍兴市委员会',
    );
  });
});

// Sentences of a city fire and rescue corps' summary (a lead's probe).
describe('a corps named after the service it does', () => {
  it('reads the corps of a city, of a county-level city and of a province, and a police corps after its bureau', () => {
    const names = orgs(
      '泉州市消防救援支队2023年工作总结\n\n支队在省消防救援总队党委领导下。石狮市消防救援大队大队长黄志强带队。泉州市公安局交通警察支队开展整治。',
    );
    expect(names).toEqual(expect.arrayContaining(['泉州市消防救援支队', '石狮市消防救援大队', '泉州市公安局交通警察支队']));
    expect(names.some((n) => n.endsWith('消防救援总队'))).toBe(true);
  });
  it('reads no body out of a production brigade', () => {
    expect(orgs('红旗公社生产大队的社员积极生产。')).toEqual([]);
  });
});

// Sentences of a city forestry and grassland bureau's summary (a lead's probe).
describe('a nature reserve, and the forestry bureau by its short form', () => {
  it('reads a nature reserve named by the word before its class noun', () => {
    const places = (text: string) => namesOf(entitiesOf(text), 'place');
    expect(places('丰林国家级自然保护区开展红松资源调查。')).toContain('丰林国家级自然保护区');
    expect(places('建立国家级自然保护区和自然保护区网络。')).toEqual([]);
  });
  it('joins 市林草局 to the bureau written out', () => {
    expect(orgs('伊春市林业和草原局2023年工作总结\n\n2023年，市林草局坚持生态优先。')).toEqual(['伊春市林业和草原局']);
  });
});

// Sentences of a prefecture's administrative office's work report (a lead's probe).
describe('a prefecture governed by its administrative office', () => {
  it('reads the office in the title and by its level in the report, as one body', () => {
    const es = entitiesOf(
      '2024年喀什地区行政公署工作报告\n\n地区行署专员  艾尔肯·吐尼亚孜\n\n各位代表：\n现在，我代表地区行政公署，向大会报告工作。',
    );
    expect(namesOf(es, 'organization')).toEqual(['喀什地区行政公署']);
    expect(es.find((e) => e.name === '喀什地区行政公署')?.aliases).toEqual(expect.arrayContaining(['地区行署', '地区行政公署']));
    expect(namesOf(es, 'person')).toEqual(['艾尔肯·吐尼亚孜']);
  });
});

// Sentences of a county veterans' affairs bureau's summary (the eleventh held-out set's first run missed them).
describe('a veteran named after the word for one', () => {
  it('reads the name after 退役军人, after a post before it', () => {
    const people = (text: string) => namesOf(entitiesOf(text), 'person');
    expect(people('副团长、退役军人段国华创办企业。')).toEqual(['段国华']);
    expect(people('党支部书记、退役军人李卫东带领群众致富。')).toEqual(['李卫东']);
  });
});

// Sentences of a city tax bureau's summary (the eleventh held-out set's first run missed them).
describe('a bureau’s units written right after it', () => {
  it('reads a unit named by its town beside its bureau, and one named by number or work with it', () => {
    const names = orgs('武进区税务局湖塘税务所试点新模式。常州市税务局第一税务分局为企业服务。市税务局稽查局联合市公安局打击犯罪。');
    expect(names).toEqual(expect.arrayContaining(['武进区税务局', '湖塘税务所', '常州市税务局第一税务分局', '常州市税务局稽查局']));
  });
});
