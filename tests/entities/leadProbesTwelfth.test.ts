import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the lead's probe reports of the twelfth session (a county public security bureau's summary, news of the
// Taiwan and Macao affairs, science news, an autonomous prefecture's government report, a county people's congress
// standing committee's report, Olympic news), written for the case. Expectations were written before the extractor ran.

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
const places = (text: string) => namesOf(entitiesOf(text), 'place');
const people = (text: string) => namesOf(entitiesOf(text), 'person');

describe("a county's report that cites a province's document", () => {
  const text =
    '2023年，县人大常委会坚持依法履职，听取审议县人民政府专项工作报告12项，开展《中华人民共和国食品安全法》《浙江省河长制规定》执法检查3次。对县市场监督管理局、县卫生健康局开展工作评议，提出意见建议46条。';
  it('keeps its own level-written bodies: the province named in a title is not where the report is from', () => {
    expect(orgs(text)).toEqual(['县人大常委会', '县人民政府', '县卫生健康局', '县市场监督管理局']);
  });
});

describe('a conjunction glued to a level word (和县, a county of Anhui, as jieba reads it)', () => {
  it('joins two bodies of the report’s own county', () => {
    expect(orgs('常委会组织代表视察城东污水处理厂和县第二人民医院新院区建设项目。')).toContain('县第二人民医院');
    expect(orgs('县公安局和县检察院联合办案。')).toEqual(['县公安局', '县检察院']);
    expect(orgs('市生态环境局和县环保局联合检查。')).toEqual(['县环保局', '市生态环境局']);
  });
  it('stays the county after its city', () => {
    expect(orgs('马鞍山市和县人民医院开展义诊。')).toEqual(['马鞍山市和县人民医院']);
  });
});

describe('laboratories named by a place', () => {
  it('are bodies, not the place (西湖实验室, 之江实验室)', () => {
    const text = '浙江大学医学院附属第一医院与西湖实验室联合开展临床试验，之江实验室发布新一代智能计算平台。';
    expect(orgs(text)).toEqual(['之江实验室', '浙江大学医学院附属第一医院', '西湖实验室']);
    expect(places(text)).toEqual([]);
  });
  it('a rank the state gives is no name (国家重点实验室, 联合实验室)', () => {
    expect(orgs('建成国家重点实验室3家、联合实验室5个，建设全省首个数字实验室。')).toEqual([]);
  });
});

describe('a foreign name whose last character jieba glued to the word after it', () => {
  it('ends before the preposition (莱德|茨|基在)', () => {
    expect(people('美国游泳运动员莱德茨基在女子800米自由泳比赛中夺冠，国际奥委会主席巴赫在马赛出席颁奖仪式。')).toEqual([
      '巴赫',
      '莱德茨基',
    ]);
  });
});

describe('news of the Taiwan and Macao affairs', () => {
  it('reads the spokesperson, the offices and the places', () => {
    const text =
      '国务院台湾事务办公室发言人朱凤莲12日在例行新闻发布会上表示。澳门特别行政区行政长官岑浩辉日前会见了葡萄牙驻澳门总领事馆总领事。金门县和厦门市之间的客运航线已恢复运营。';
    expect(people(text)).toEqual(['岑浩辉', '朱凤莲']);
    expect(orgs(text)).toEqual(['国务院台湾事务办公室', '葡萄牙驻澳门总领事馆']);
    expect(places(text)).toEqual(['厦门市', '澳门特别行政区', '金门县']);
  });
});

describe("a village's own bodies and people after its name", () => {
  it('name a village whose words alone are too weak (下|姜村, 东/ns|山村/ns, 上坝村/x)', () => {
    expect(places('下姜村党总支带领村民发展乡村旅游。')).toEqual(['下姜村']);
    expect(places('上坝村村民发展乡村旅游。')).toEqual(['上坝村']);
    expect(places('石门镇东山村党支部召开会议。')).toEqual(['东山村', '石门镇']);
  });
  it('a kind of village is none (贫困村, 示范村, 易地搬迁村) and 原村委会 is the former committee', () => {
    expect(places('全县贫困村党支部书记参加培训，示范村村民收入增长，易地搬迁村村民搬进新居。')).toEqual([]);
    expect(places('吴家镇燕儿河村原村委会主任何光明虚报冒领。')).toEqual(['吴家镇', '燕儿河村']);
  });
});

describe('a name after a post', () => {
  it('may open its given name on a function character jieba binds into the name (李为民, 赵/nr|向东/nr)', () => {
    expect(people('华西医院院长李为民表示，主任赵向东指出，书记王从军强调，处长陈向阳说。')).toEqual([
      '李为民',
      '王从军',
      '赵向东',
      '陈向阳',
    ]);
  });
  it('but the preposition is no name where jieba reads it as one (局长李|向|县委汇报)', () => {
    expect(people('局长李向县委汇报工作，书记王为大家讲党课。')).toEqual([]);
  });
  it('ends before a verb jieba reads as a word of its own (王明/nr|说/v)', () => {
    expect(people('东山村党支部书记王明说，局长刘涛说。')).toEqual(['刘涛', '王明']);
  });
});

describe('a verb that sets a body up, whatever jieba tags it', () => {
  it('is no word of the body’s name (色达县藏医院|新建/ns|藏药制剂中心)', () => {
    expect(orgs('色达县藏医院新建藏药制剂中心，色达县人民医院新建制剂室。')).toEqual(['色达县人民医院', '色达县藏医院']);
  });
});

describe("a county's schools", () => {
  it('are named by several kinds after the level word and by a number after a place jieba knows', () => {
    expect(orgs('实验小学、城关第二中学、县职业中等专业学校开展校园足球联赛，县职业高级中学、市第二实验小学参加。')).toEqual([
      '县职业中等专业学校',
      '县职业高级中学',
      '城关第二中学',
      '市第二实验小学',
    ]);
  });
});

describe('places a body travels to', () => {
  it('are not where the report is from (市政协 stays as written)', () => {
    const text = '2023年，市政协共收到提案486件。市工商联组织民营企业家赴义乌国际商贸城考察。市政协主席李春明带队赴江苏省昆山市学习考察。';
    expect(orgs(text)).toEqual(['市工商联', '市政协']);
    expect(places(text)).toEqual(['义乌市', '昆山市', '江苏省']);
  });
});

describe('a team', () => {
  it('is no person (海港队主教练穆斯卡特)', () => {
    expect(people('上海海港队主场以3比2击败山东泰山队。海港队主教练穆斯卡特赛后表示，球队全年表现稳定。')).toEqual(['穆斯卡特']);
  });
});
