import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

// Rules found on held-out reports (tests/fixtures/heldout): an institution's or a town's own bodies and their short forms.
describe('organizations: an institution and its own bodies', () => {
  it('reads 集团党委 as the group party committee the report writes out', () => {
    const text = '中共华东能源集团有限公司委员会关于巡视整改进展情况的通报\n集团党委先后召开党委会11次、专题会议4次。';
    const es = entitiesOf(text);
    const pc = entity(es, 'organization', '中共华东能源集团有限公司委员会');
    expect(spans(pc)).toEqual([
      [0, 15, '中共华东能源集团有限公司委员会'],
      [29, 33, '集团党委'],
    ]);
    expect(pc?.aliases).toEqual(['集团党委']);
  });

  it('reads 学校党委 and 学校纪委 as the university committee and its discipline committee, not a post (学校党委书记)', () => {
    const text =
      '中共江城理工大学委员会关于巡视整改进展情况的通报\n学校党委书记孙立平同志担任组长。学校党委召开常委会会议9次。学校纪委对计算机学院开展专项检查。';
    const es = entitiesOf(text);
    expect(spans(entity(es, 'organization', '中共江城理工大学委员会'))).toEqual([
      [0, 11, '中共江城理工大学委员会'],
      [41, 45, '学校党委'],
    ]);
    expect(spans(entity(es, 'organization', '学校纪委'))).toEqual([[55, 59, '学校纪委']]);
  });

  it('reads 院纪委, 校党委 and 行党委 by the one character that ends the institution’s kind (the twenty-seventh set)', () => {
    const hospital = '中共南阳市第一人民医院委员会关于巡察整改进展情况的通报\n院纪委受理问题线索17件。院党委召开专题会议6次。';
    const es = entitiesOf(hospital);
    expect(spans(entity(es, 'organization', '中共南阳市第一人民医院委员会'))).toEqual([
      [0, 14, '中共南阳市第一人民医院委员会'],
      [41, 44, '院党委'],
    ]);
    expect(spans(entity(es, 'organization', '院纪委'))).toEqual([[28, 31, '院纪委']]);
    const school = '中共江城理工大学委员会关于巡视整改进展情况的通报\n校党委召开常委会会议9次，校纪委立案审查5件。';
    expect(namesOf(entitiesOf(school), 'organization')).toEqual(['中共江城理工大学委员会', '校纪委']);
    const bank = '中共江城农村商业银行委员会关于巡察整改情况的通报\n行党委研究制定整改方案。';
    expect(spans(entity(entitiesOf(bank), 'organization', '中共江城农村商业银行委员会'))).toEqual([
      [0, 13, '中共江城农村商业银行委员会'],
      [25, 28, '行党委'],
    ]);
  });

  it('leaves 院党委 unread where the report writes out no institution of that kind, or two (a college and a hospital)', () => {
    expect(namesOf(entitiesOf('院党委召开专题会议6次。'), 'organization')).toEqual([]);
    const two = '中共江城医学院委员会、中共江城市中心医院委员会联合召开会议。院党委书记作动员讲话。';
    expect(namesOf(entitiesOf(two), 'organization')).toEqual(['中共江城医学院委员会', '中共江城市中心医院委员会']);
  });

  it('reads 镇纪委 and 镇党委 in a town committee report', () => {
    const text = '中共石门镇委员会关于巡察整改情况的通报\n组织召开镇党委会议5次。镇纪委对违规发放补贴问题立案4件。';
    const es = entitiesOf(text);
    expect(spans(entity(es, 'organization', '中共石门镇委员会'))).toEqual([
      [0, 8, '中共石门镇委员会'],
      [24, 27, '镇党委'],
    ]);
    // The town's discipline committee, named after the town, is written 镇纪委 in the town's own report.
    expect(spans(entity(es, 'organization', '石门镇纪委'))).toEqual([[32, 35, '镇纪委']]);
  });

  it('does not read 集团党委 as anyone when the report writes out no group committee', () => {
    expect(namesOf(entitiesOf('各集团党委要落实主体责任。'), 'organization')).toEqual([]);
  });

  it('leaves 所属/下属 out of a company name, so the company is one entity', () => {
    const text = '对下属华东能源矿业有限公司开展巡察。集团所属华东能源矿业有限公司安全生产标准化达标率100%。';
    const es = entitiesOf(text);
    expect(namesOf(es, 'organization')).toEqual(['华东能源矿业有限公司']);
    expect(spans(entity(es, 'organization', '华东能源矿业有限公司'))).toEqual([
      [3, 13, '华东能源矿业有限公司'],
      [22, 32, '华东能源矿业有限公司'],
    ]);
  });

  it('reads 驻…纪检监察组 as a body', () => {
    const es = entitiesOf('驻集团纪检监察组聚焦工程建设，查处违规违纪问题29起。驻厅纪检监察组查处违纪违法案件14件。');
    expect(spans(entity(es, 'organization', '驻集团纪检监察组'))).toEqual([[0, 8, '驻集团纪检监察组']]);
    expect(spans(entity(es, 'organization', '驻厅纪检监察组'))).toEqual([[27, 34, '驻厅纪检监察组']]);
  });
});

describe('organizations: universities and colleges', () => {
  it('reads a university with its own name (江城理工大学), not the generic 理工大学', () => {
    const es = entitiesOf('省委第十一巡视组对江城理工大学党委进行了巡视。');
    expect(spans(entity(es, 'organization', '江城理工大学'))).toEqual([[9, 15, '江城理工大学']]);
    expect(entity(es, 'organization', '理工大学')).toBeUndefined();
  });

  it('reads colleges named by their field, without the words that rank them', () => {
    const es = entitiesOf('马克思主义学院入选省级重点马克思主义学院。学校纪委对计算机学院、机械工程学院等7个二级单位开展专项检查。');
    expect(spans(entity(es, 'organization', '马克思主义学院'))).toEqual([
      [0, 7, '马克思主义学院'],
      [13, 20, '马克思主义学院'],
    ]);
    expect(spans(entity(es, 'organization', '计算机学院'))).toEqual([[26, 31, '计算机学院']]);
    expect(spans(entity(es, 'organization', '机械工程学院'))).toEqual([[32, 38, '机械工程学院']]);
  });
});

describe('organizations: level words in a county-level city report', () => {
  it('reads 市委 and 市… bodies as the county-level city’s own, and a team written after its prefecture as the prefecture’s', () => {
    const text =
      '中共都江堰市委关于成都市委巡察整改进展情况的通报\n根据成都市委统一部署，成都市委第四巡察组对都江堰市开展了巡察。市委将严格落实整改责任。市纪委监委开展专项监督。';
    const es = entitiesOf(text);
    const own = entity(es, 'organization', '中共都江堰市委');
    expect(spans(own).map(([, , s]) => s)).toEqual(['中共都江堰市委', '市委']);
    expect(spans(entity(es, 'organization', '都江堰市纪委监委'))).toEqual([
      [text.indexOf('市纪委监委'), text.indexOf('市纪委监委') + 5, '市纪委监委'],
    ]);
    expect(entity(es, 'organization', '成都市委第四巡察组')).toBeDefined();
    expect(entity(es, 'organization', '中共成都市委')?.aliases).toEqual(['成都市委']);
  });
});

describe('organizations: committees the text does not write out', () => {
  it('names a municipal district’s committee by its official form (中共上海市虹口区委员会)', () => {
    const es = entitiesOf('市委第三巡视组对虹口区开展巡视。区委高度重视，召开专题会议研究整改。');
    expect(spans(entity(es, 'organization', '中共上海市虹口区委员会'))).toEqual([[16, 18, '区委']]);
  });

  it('reads a bare 区委 in a city’s report as the district its paragraph names, and skips it where none is named', () => {
    const text =
      '中共郑州市委关于巡视整改进展情况的通报\n省委第三巡视组对郑州市进行了巡视。\n市委督导金水区整改落实，区委高度重视。\n区委统一部署。';
    const es = entitiesOf(text);
    const at = text.indexOf('区委高度');
    expect(spans(entity(es, 'organization', '中共金水区委'))).toEqual([[at, at + 2, '区委']]);
  });
});

describe('organizations: stationed teams of a kind', () => {
  it('does not read 各驻部门纪检监察组 (every stationed team) as one body', () => {
    expect(namesOf(entitiesOf('各驻部门纪检监察组加强日常监督。'), 'organization')).toEqual([]);
  });
});

describe('organizations: a street committee report', () => {
  it('reads 街道党工委 as the street’s working committee and 街道纪工委 as its discipline body', () => {
    const text = '中共凉城新村街道工作委员会关于巡察整改情况的通报\n街道党工委召开专题会议3次。街道纪工委立案2件。街道党工委书记李明主持。';
    const es = entitiesOf(text);
    expect(spans(entity(es, 'organization', '中共凉城新村街道工作委员会')).map(([, , s]) => s)).toEqual([
      '中共凉城新村街道工作委员会',
      '街道党工委',
    ]);
    expect(spans(entity(es, 'organization', '凉城新村街道纪工委'))).toEqual([
      [text.indexOf('街道纪工委'), text.indexOf('街道纪工委') + 5, '街道纪工委'],
    ]);
  });
});

describe('organizations: a group company report', () => {
  const text = [
    '中国华源建设集团有限公司党组关于巡视整改进展情况的通报',
    '中央第十一巡视组对中国华源建设集团有限公司党组进行了常规巡视。集团党组对照反馈的问题制定整改方案。',
    '带队赴华源建设第一工程局有限公司调研。华源地产控股有限公司原总经理违规插手工程招投标问题已移送。',
    '集团纪检监察组和集团纪委深化标本兼治。',
  ].join('\n');
  const es = entitiesOf(text);

  it('names the issuing party group in the title, the company inside a sentence, and 集团党组 as the group', () => {
    const group = entity(es, 'organization', '中国华源建设集团有限公司党组');
    expect(spans(group).map(([, , s]) => s)).toEqual(['中国华源建设集团有限公司党组', '集团党组']);
    expect(spans(entity(es, 'organization', '中国华源建设集团有限公司')).map(([, , s]) => s)).toEqual(['中国华源建设集团有限公司']);
  });

  it('reads 集团纪检监察组 and 集团纪委 as two bodies, not one company', () => {
    const at = text.indexOf('集团纪检监察组');
    expect(spans(entity(es, 'organization', '集团纪检监察组'))).toEqual([[at, at + 7, '集团纪检监察组']]);
    expect(spans(entity(es, 'organization', '集团纪委'))).toEqual([[at + 8, at + 12, '集团纪委']]);
  });

  it('keeps words of company names (控股, 第一) inside them', () => {
    expect(entity(es, 'organization', '华源建设第一工程局有限公司')).toBeDefined();
    expect(entity(es, 'organization', '华源地产控股有限公司')).toBeDefined();
  });

  it('names the party group of a commission, not the commission (中共…委员会党组)', () => {
    const es2 = entitiesOf('中共绍兴市卫生健康委员会党组关于市委巡察整改情况的通报');
    expect(namesOf(es2, 'organization')).toEqual(['中共绍兴市卫生健康委员会党组', '中共绍兴市委']);
  });

  it('names a stationed team with the 派 it is written with', () => {
    const es2 = entitiesOf('派驻市卫生健康委纪检监察组查处违纪案件57件。');
    expect(spans(entity(es2, 'organization', '派驻市卫生健康委纪检监察组'))).toEqual([[0, 13, '派驻市卫生健康委纪检监察组']]);
  });
});

describe('organizations: hospitals', () => {
  it('reads a generic hospital name only with its place (绍兴市中心医院, 县人民医院), never alone (公立医院)', () => {
    const es = entitiesOf('绍兴市中心医院等9家委属公立医院完成整改。县人民医院建立合作。绍兴市妇幼保健院、绍兴市第二医院开展自查。');
    expect(namesOf(es, 'organization')).toEqual(['县人民医院', '绍兴市中心医院', '绍兴市妇幼保健院', '绍兴市第二医院']);
  });
});

// Written for the case (a lead's probe report): jieba cuts 股份有限公司 as 股份|有限公司, and 股份 alone reads as a count.
describe('organizations: a company limited by shares', () => {
  it('reads …股份有限公司 whole, as …有限公司 is', () => {
    const orgs = namesOf(entitiesOf('浙江双箭橡胶股份有限公司、桐乡市恒丰纺织有限公司等企业捐资85万元。'), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['浙江双箭橡胶股份有限公司', '桐乡市恒丰纺织有限公司']));
  });
});

// Written for the case (a town government's probe report).
describe('organizations: a company named by its line of business, a school by its town', () => {
  it('reads a company whose name holds the verb of its trade (乐器制造有限公司)', () => {
    const orgs = namesOf(entitiesOf('引进江苏恒润新材料科技有限公司、黄桥琴韵乐器制造有限公司等项目12个。'), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['江苏恒润新材料科技有限公司', '黄桥琴韵乐器制造有限公司']));
  });
  it('reads a school named by its place before what the school has (黄桥小学|教学楼), not a stage of schooling', () => {
    expect(namesOf(entitiesOf('黄桥中学、黄桥小学教学楼投入使用。'), 'organization')).toEqual(['黄桥中学', '黄桥小学']);
    expect(namesOf(entitiesOf('全面普及小学教育。'), 'organization')).toEqual([]);
  });
});

describe('organizations: a stock cooperative of a community', () => {
  it('reads …社区股份合作公司 whole, without the 原 of the post after it', () => {
    const orgs = namesOf(entitiesOf('原南坑社区股份合作公司董事长张某某违规处置集体资产。'), 'organization');
    expect(orgs).toEqual(['南坑社区股份合作公司']);
  });
});

// Written for the case (a city discipline commission's notice of typical cases).
describe('organizations: a company before the post held in its department, a zone’s management committee', () => {
  it('names the company, not its department, before a post (…有限公司|财务部|经理)', () => {
    const orgs = namesOf(entitiesOf('市国资委下属鄂州城投集团有限公司财务部经理周敏违规发放津补贴。'), 'organization');
    expect(orgs).toContain('鄂州城投集团有限公司');
    expect(orgs.filter((n) => n.endsWith('财务部'))).toEqual([]);
  });
  it('reads a zone’s 管委会 as a body named by the zone', () => {
    const orgs = namesOf(entitiesOf('葛店开发区管委会工作人员欧阳文杰违规驾驶公车办私事。'), 'organization');
    expect(orgs).toEqual(['葛店开发区管委会']);
  });
});

describe('organizations: a plant being built is no body', () => {
  it('reads no body in 在匈牙利德布勒森投资建设电池工厂 (verbal nouns before the bare word 工厂)', () => {
    const orgs = namesOf(
      entitiesOf('协助宁德时代新能源科技股份有限公司在匈牙利德布勒森投资建设电池工厂，总投资73.4亿欧元。'),
      'organization',
    );
    expect(orgs).toEqual(['宁德时代新能源科技股份有限公司']);
  });
});

// Written for the case (a rural commercial bank's 巡察 notice).
describe('organizations: a bank after an inspection team, departments of two fields', () => {
  it('starts a bank’s name after the preposition jieba glued to the team (巡察|组对/x|绍兴|农商|银行)', () => {
    const orgs = namesOf(entitiesOf('市委第三巡察组对绍兴农商银行党委开展了常规巡察。'), 'organization');
    expect(orgs).toContain('绍兴农商银行');
    expect(orgs.filter((n) => n.endsWith('市委第三巡察组'))).toHaveLength(1);
    expect(orgs.filter((n) => n.startsWith('组对'))).toEqual([]);
  });
  it('reads a department of two fields joined by 和 after its place, not two bodies joined by 和', () => {
    const orgs = namesOf(
      entitiesOf(
        '与绍兴市经济和信息化局联合开展活动。广东省人力资源和社会保障厅发文。深圳市住房和建设局检查。东莞市公安局和交警支队联合行动。',
      ),
      'organization',
    );
    expect(orgs).toEqual(
      expect.arrayContaining(['绍兴市经济和信息化局', '广东省人力资源和社会保障厅', '深圳市住房和建设局', '东莞市公安局']),
    );
    expect(orgs).not.toContain('建设局');
    expect(namesOf(entitiesOf('北京市发展和改革委员会发布通知。'), 'organization')).toEqual(['北京市发展和改革委员会']);
    expect(orgs.filter((n) => n.includes('和交警'))).toEqual([]);
  });
});

describe('organizations: a bank’s branches by the place they serve', () => {
  it('reads 上虞支行 and 人民银行绍兴市分行 (jieba reads 支行 and 分行 as verbs)', () => {
    const orgs = namesOf(
      entitiesOf('与人民银行绍兴市分行联合开展专项行动。上虞支行新增绿色贷款9.3亿元，原诸暨支行行长孙某违规发放贷款。'),
      'organization',
    );
    expect(orgs).toEqual(expect.arrayContaining(['人民银行绍兴市分行', '上虞支行', '诸暨支行']));
    expect(orgs).not.toContain('人民银行');
  });
});

describe('organizations: a grass-roots station named by its place (a district public security bureau probe)', () => {
  it('reads 湖坊派出所 and 塘山派出所 though jieba knows no place there, not 辖区派出所 or 该派出所', () => {
    const orgs = namesOf(
      entitiesOf('湖坊派出所民警刘伟、塘山派出所所长陈志刚被评为先进个人。辖区派出所、各派出所、该派出所和城关派出所。'),
      'organization',
    );
    expect(orgs.sort()).toEqual(['城关派出所', '塘山派出所', '湖坊派出所'].sort());
  });
});

describe('organizations: a college of two fields (a university’s 巡视 notice)', () => {
  it('reads 管理工程与电子商务学院 and 统计与数学学院 whole, not from the second field', () => {
    const orgs = namesOf(entitiesOf('浙江工商大学党委部署整改。管理工程与电子商务学院、统计与数学学院分别建立整改台账。'), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['管理工程与电子商务学院', '统计与数学学院']));
    expect(orgs).not.toContain('数学学院');
  });
});
