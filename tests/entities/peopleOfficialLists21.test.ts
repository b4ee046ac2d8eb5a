import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { entitiesOf } from './entityTestKit.ts';

// Rules written for people21 (tests/fixtures/people21), tried here on sentences of the same kinds written apart from it:
// commendations and pre-appointment notices, leaders' activities, police, village and campus news.

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

const peopleOfReport = (content: string) =>
  extractReport({ path: 'r.txt', file: 'r.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('a roster set out in columns', () => {
  it('keeps each line of names, units and posts a line of its own, so no name runs into the line before', () => {
    const content = [
      '中共黄石市委 黄石市人民政府关于表彰全市抗洪抢险先进个人的决定',
      '附件：全市抗洪抢险先进个人名单',
      '陈志强（女）　黄石市中心医院急诊科护士长',
      '许　兵　　　　阳新县公安局富池派出所副所长',
      '罗　明　　　　大冶市金湖街道党工委书记',
      '胡德华　　　　黄石港区江北管理区办事处主任',
      '先进个人：夏　青、程晓峰、万　军、柯美玲',
      '中共黄石市委　黄石市人民政府',
    ].join('\n');
    expect(peopleOfReport(content)).toEqual(['万军', '夏青', '柯美玲', '罗明', '胡德华', '程晓峰', '许兵', '陈志强'].sort());
  });
});

describe('people a list describes by sex, a form field or a bracketed post', () => {
  it('reads the name before the sex of a numbered entry, padded or whole, whatever word jieba reads there', () => {
    expect(people('1.石　峰，男，汉族，1981年5月出生，湖北黄梅人，现任县财政局副局长。')).toEqual(['石峰']);
    expect(people('2.金凤，女，朝鲜族，1986年出生，现任州民宗委科长。')).toEqual(['金凤']);
  });
  it('reads the name a form’s field holds', () => {
    expect(people('姓名：高　山\n性别：男')).toEqual(['高山']);
    expect(people('如有意见请向县委组织部反映，联系人：龚平。')).toEqual(['龚平']);
  });
  it('reads those an honour is bestowed on with their unit and post in brackets', () => {
    expect(people('授予包海涛（红安县七里坪镇长胜街村党支部书记）、田秀芝（女，麻城市人民医院护士长）“优秀共产党员”称号。')).toEqual([
      '包海涛',
      '田秀芝',
    ]);
  });
  it('reads the padded names of a list joined by 、', () => {
    expect(people('受表彰的先进个人：秦　波、万红霞、黄　山、伍　强。')).toEqual(['万红霞', '伍强', '秦波', '黄山']);
  });
  it('reads no one in a bracket of a body and no sex of a group', () => {
    expect(people('授予黄石市中心血站（市卫生健康委直属）“先进集体”称号。')).toEqual([]);
    expect(people('参加培训的学员中，男，女各半。')).toEqual([]);
  });
});

describe('credits of a web page or a campus paper', () => {
  it('reads the names after each role of a signed bracket, a source or a unit among them', () => {
    expect(people('（来源：县委宣传部　编辑：严晓婷　审核：鲁国平）')).toEqual(['严晓婷', '鲁国平']);
    expect(people('（文/校团委　方敏　图/舒畅　审核/童建军）')).toEqual(['方敏', '童建军', '舒畅']);
    expect(people('（黄冈市融媒体中心记者　毛志军　通讯员　余慧）')).toEqual(['余慧', '毛志军']);
  });
  it('reads no name where the bracket credits a body only', () => {
    expect(people('（图/新华社）')).toEqual([]);
    expect(people('（来源：市政府办公室）')).toEqual([]);
  });
});

describe('leaders, officers and students named after what they are', () => {
  it('reads the leaders of a city listed after 市领导', () => {
    expect(people('市领导陈建林、王芳、鲍志强参加调研。')).toEqual(['王芳', '陈建林', '鲍志强']);
  });
  it('reads no one where the leaders are a body doing something (区领导包联/x|重点项目)', () => {
    expect(people('一是建立区领导包联重点项目制度。')).toEqual([]);
    expect(people('市领导包保重点企业。')).toEqual([]);
  });
  it('reads an officer whose name is a word, before what the officer says', () => {
    expect(people('市公安局治安支队副支队长金玲介绍，今年以来全市治安形势平稳。')).toEqual(['金玲']);
    expect(people('周恩来总理强调指出，要自力更生。')).toEqual(['周恩来']);
  });
  it('reads students by degree, not a body of students', () => {
    expect(people('博士生程思远、周雨和硕士生马骏为论文共同作者。')).toEqual(['周雨', '程思远', '马骏']);
    expect(people('全国各高校在读博士研究生来汉实践。')).toEqual([]);
  });
  it('ends a name before the 作 of the report it gives (研究员钱|前作/x|专题报告)', () => {
    expect(people('特邀省农科院研究员孔前作专题报告。')).toEqual(['孔前']);
  });
});

describe('lists of names with notes, labels and teachers', () => {
  it('reads the names of a list whose items carry a note in brackets, padded or whole', () => {
    expect(people('一等奖：张晓东（华中科技大学）、李梦瑶（武汉大学）、陈　浩（湖北大学）')).toEqual(['张晓东', '李梦瑶', '陈浩'].sort());
    expect(people('二等奖：陈　浩（湖北大学）、张晓东（华中科技大学）')).toEqual(['张晓东', '陈浩'].sort());
  });
  it('reads a line of names set off by spaces after a label', () => {
    expect(people('获奖者名单如下：王　芳　李建国　赵　敏　孙立新')).toEqual(['孙立新', '李建国', '王芳', '赵敏'].sort());
    expect(people('地址：十堰市 人民北路')).toEqual([]);
  });
  it('reads a teacher named before the name', () => {
    expect(people('在老师刘红霞的帮助下，他顺利完成了学业。')).toEqual(['刘红霞']);
    expect(people('老师们纷纷表示赞同。')).toEqual([]);
  });
  it('names the last of a list closed by 和 without the full stop after it', () => {
    expect(people('分别是林晓、冯子健和宁静。')).toEqual(['冯子健', '宁静', '林晓'].sort());
  });
});

describe('a name that is also a word', () => {
  const mentions = (s: string, name: string) =>
    entitiesOf(s)
      .find((e) => e.type === 'person' && e.name === name)
      ?.mentions.map((m) => s.slice(m.start - 2, m.end)) ?? [];
  it('is a mention where it stands as a name, not where the word closes a phrase (用电高峰, 勇攀科学高峰)', () => {
    const s = '迎峰度夏用电高峰期间保供有力。报告会由学院院长高峰教授主持。高峰说，要勇攀科学高峰。感谢高峰的支持。';
    expect(mentions(s, '高峰')).toEqual(['院长高峰', '持。高峰', '感谢高峰']);
  });
});

describe('speakers, award winners and growers', () => {
  it('reads the speaker after an academic rank and a space at a line’s end', () => {
    expect(people('报告人：中国科学院院士　林鸿宣')).toEqual(['林鸿宣']);
    expect(people('主讲：华中师范大学教授　彭南生')).toEqual(['彭南生']);
  });
  it('reads the winner a form’s field names, before the note of the unit', () => {
    expect(people('获得者：邹家豪（武汉理工大学）')).toEqual(['邹家豪']);
    expect(people('获奖者：湖北省农业科学院')).toEqual([]);
  });
  it('reads a grower whose given name jieba reads as a verb, after the kind of person (养殖大户刘/zg|进宝)', () => {
    expect(people('养殖大户刘进宝今年出栏生猪500头。')).toEqual(['刘进宝']);
    expect(people('实现党员全覆盖。')).toEqual([]);
  });
});

describe('a name glued to the word of grammar that opens its clause', () => {
  it('reads the name after 当 where jieba glued the two (当许/x|传英/x), before what the person says', () => {
    expect(people('当许传英进一步指出问题所在时，全场安静下来。')).toEqual(['许传英']);
  });
  it('reads no one in a word that opens on 当 (当地, 当/t|许多)', () => {
    expect(people('当地干部群众表示欢迎。')).toEqual([]);
    expect(people('当许多人表示怀疑时，他坚持了下来。')).toEqual([]);
  });
});
