import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules found on the third held-out set (tests/fixtures/heldout: zibo, pingyao), each on sentences written for the test.
describe('people: a rarer surname, the staff posts written before a punished name', () => {
  it('reads a name with the surname 阎 after a post (副局长阎秀梅同志)', () => {
    expect(namesOf(entitiesOf('副局长阎秀梅同志带队开展专项督导。'), 'person')).toEqual(['阎秀梅']);
  });

  it('reads a name after a staff post (原会计, 出纳, 教师)', () => {
    expect(namesOf(entitiesOf('某中心校原会计冀丽娟违规报销差旅费，被给予党内警告处分。'), 'person')).toEqual(['冀丽娟']);
    expect(namesOf(entitiesOf('该校出纳钟永福挪用公款2.1万元。'), 'person')).toEqual(['钟永福']);
    expect(namesOf(entitiesOf('全县选派会计人员参加培训，教师队伍持续壮大。'), 'person')).toEqual([]);
  });
});

describe('places: rivers and lakes jieba does not know as places, a chemical industry zone', () => {
  it('reads a lake or river that is one word jieba guessed or took for a name (马踏湖/x, 小清河/nr)', () => {
    expect(namesOf(entitiesOf('推进小清河、马踏湖水质提升。'), 'place')).toEqual(['小清河', '马踏湖']);
  });

  it('does not read a river out of a verb glued to another river (孝妇河入小清河 is no 河入小清河)', () => {
    expect(namesOf(entitiesOf('孝妇河入小清河断面化学需氧量浓度同比下降21.3%。'), 'place')).toEqual(['小清河']);
  });

  it('keeps a name ending in 江 or 溪 after a surname a person (以受贿罪判处辛业江有期徒刑)', () => {
    const es = entitiesOf('法院以受贿罪判处辛业江有期徒刑5年。');
    expect(namesOf(es, 'place')).toEqual([]);
  });

  it('reads a one-character noun before a two-character river as part of its name (猪|龙河)', () => {
    expect(namesOf(entitiesOf('整治猪龙河黑臭水体，沿河拆除违章建筑4.2万平方米。'), 'place')).toEqual(['猪龙河']);
  });

  it('reads a chemical industry zone with its proper name (齐鲁化学工业区), not the kind (化学工业区)', () => {
    expect(namesOf(entitiesOf('对齐鲁化学工业区开展评估。'), 'place')).toEqual(['齐鲁化学工业区']);
    expect(namesOf(entitiesOf('推动化工企业搬入化学工业区。'), 'place')).toEqual([]);
  });
});

describe('organizations: a county body after 会同 or 联合', () => {
  it('reads 会同 (together with) before the report’s own county body as a word, not the county 会同县 of Hunan', () => {
    const es = entitiesOf('县委第三巡察组对平遥县教育局党组开展了巡察。会同县市场监管局对全县126所学校食堂开展检查。');
    expect(namesOf(es, 'organization')).toContain('平遥县市场监管局');
    expect(namesOf(es, 'place')).not.toContain('会同县');
    expect(namesOf(entitiesOf('县委巡察组对平遥县进行了巡察。会同县纪委监委查处问题9起。'), 'organization')).toContain('平遥县纪委监委');
  });

  it('keeps 会同县 in a report about it or its province', () => {
    const es = entitiesOf('市委第二巡察组对会同县进行了巡察。会同县市场监管局开展食品安全专项检查。');
    expect(namesOf(es, 'place')).toEqual(['会同县']);
    expect(namesOf(es, 'organization')).toContain('会同县市场监管局');
  });

  it('reads a level word and its department jieba took for one noun (联合|县公安局)', () => {
    const es = entitiesOf('县委巡察组对平遥县进行了巡察。联合县公安局在全县学校配备专职保安276名。');
    expect(namesOf(es, 'organization')).toContain('平遥县公安局');
  });
});

describe('organizations: another place’s department, a branch', () => {
  it('reads a place and a field before a department’s head as that place’s department (晋中市|教育局)', () => {
    expect(namesOf(entitiesOf('其中7所学校被晋中市教育局评为市级标准化学校。'), 'organization')).toEqual(['晋中市教育局']);
  });

  it('does not read a department written after another place as the bare form of the report’s own', () => {
    const es = entitiesOf('中共平遥县教育局党组。县教育局党组制定整改方案。7所学校被晋中市教育局评为市级标准化学校。');
    expect(namesOf(es, 'organization')).toContain('晋中市教育局');
  });

  it('reads a branch named by its place as one body (生态环境局临淄分局), not the department alone', () => {
    const es = entitiesOf('淄博市生态环境局临淄分局原副局长赵德明因履职不力，被给予政务记过处分。');
    expect(namesOf(es, 'organization')).toEqual(['淄博市生态环境局临淄分局']);
  });
});

describe('campaigns: a quoted drive with its field before the head', () => {
  it('reads “利剑”执法专项行动 as a drive', () => {
    expect(namesOf(entitiesOf('开展“利剑”执法专项行动，全市共立案查处环境违法案件386件。'), 'campaign')).toEqual(['“利剑”执法专项行动']);
  });

  it('does not read a quoted word and the target of a drive, or a coordinated pair, as one name', () => {
    expect(namesOf(entitiesOf('开展“红包”礼金问题专项行动。'), 'campaign')).not.toContain('“红包”礼金问题专项行动');
    expect(namesOf(entitiesOf('坚持“严打”斗争和专项治理相结合。'), 'campaign')).not.toContain('“严打”斗争和专项治理');
  });
});

describe('organizations: numbered inspection teams of a field', () => {
  it('reads 中央第三生态环境保护督察组 as one team, its 中央 no mention of the party centre', () => {
    const es = entitiesOf('中央第三生态环境保护督察组对山东省开展了第二轮生态环境保护督察。');
    expect(namesOf(es, 'organization')).toEqual(['中央第三生态环境保护督察组']);
  });

  it('reads a province’s numbered team (省第二安全生产督导组), not a list of fields', () => {
    expect(namesOf(entitiesOf('省第二安全生产督导组对全市开展督导。'), 'organization')).toEqual(['省第二安全生产督导组']);
    expect(namesOf(entitiesOf('省第二和第三督导组分别开展督导。'), 'organization')).toEqual([]);
  });
});

describe('organizations: schools named by their place', () => {
  it('reads a town’s central school (宁固镇中心小学, 东泉镇中心校), not the town’s schools in general (中小学)', () => {
    expect(namesOf(entitiesOf('实施宁固镇中心小学综合楼改造项目。'), 'organization')).toEqual(['宁固镇中心小学']);
    expect(namesOf(entitiesOf('东泉镇中心校原会计冀丽娟违规报销差旅费。'), 'organization')).toEqual(['东泉镇中心校']);
    expect(namesOf(entitiesOf('推进宁固镇中小学标准化建设。'), 'organization')).toEqual([]);
  });

  it('keeps the town a school is named by as a place (宁固镇 in 宁固镇中心小学)', () => {
    const es = entitiesOf('实施宁固镇中心小学综合楼改造项目。');
    expect(namesOf(es, 'place')).toEqual(['宁固镇']);
  });

  it('reads a school named by the report’s own county’s short name (平遥中学)', () => {
    const es = entitiesOf('县委巡察组对平遥县进行了巡察。平遥中学与6所农村初中组建教育集团。');
    expect(namesOf(es, 'organization')).toContain('平遥中学');
    expect(namesOf(entitiesOf('县委巡察组对平遥县进行了巡察。平遥古城接待游客1.2万人次。'), 'organization')).not.toContain('平遥古城');
  });
});

describe('organizations: a stationed team known by its number', () => {
  it('names the team with the discipline body that sends it (县纪委监委派驻第五纪检监察组)', () => {
    const es = entitiesOf('县委巡察组对平遥县进行了巡察。主动对接县纪委监委派驻第五纪检监察组和县委巡察办。');
    expect(namesOf(es, 'organization')).toContain('县纪委监委派驻第五纪检监察组');
    expect(namesOf(es, 'organization')).not.toContain('派驻第五纪检监察组');
  });
});
