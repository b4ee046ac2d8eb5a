import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the lead's probe reports of the tenth session (a city culture and tourism bureau's annual summary, a city
// CPPCC committee's work report, a city public security bureau's report), written for the case.

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('troupes a place keeps', () => {
  it('reads a level word and the troupe, though jieba glues the level word to the genre (市徽|剧团)', () => {
    expect(orgs('市徽剧团团长荣获中国戏剧梅花奖。')).toEqual(['市徽剧团']);
    expect(orgs('省歌舞团、县艺术团和市杂技团赴基层演出120场。')).toEqual(['县艺术团', '市杂技团', '省歌舞团']);
  });
  it('reads the troupe after its place written in full', () => {
    expect(orgs('黄山市徽剧团、安庆市黄梅戏剧院联合演出。')).toEqual(['安庆市黄梅戏剧院', '黄山市徽剧团']);
    expect(orgs('东莞市歌舞团、广州交响乐团参演。')).toEqual(['东莞市歌舞团', '广州交响乐团']);
  });
  it('takes no troupe of every kind or of a level for one', () => {
    expect(orgs('全市各剧团演出3000场，市级剧团5个。')).toEqual([]);
    expect(orgs('一支美国乐团来华演出。')).toEqual([]);
  });
});

describe('a company a dictionary knows by its brand, written with its legal or group name', () => {
  it('reads the name in full (携程|集团), not the brand alone', () => {
    expect(orgs('与安徽旅游集团有限公司、携程集团签订战略合作协议。')).toEqual(['安徽旅游集团有限公司', '携程集团']);
  });
  it('reads the brand alone elsewhere as that company', () => {
    const [company] = entitiesOf('携程集团有限公司在上海设立总部。携程还在北京设立分部。').filter((e) => e.type === 'organization');
    expect(company!.name).toBe('携程集团有限公司');
    expect(company!.mentions.map((m) => m.surface)).toEqual(['携程集团有限公司', '携程']);
  });
});

const people = (text: string) => namesOf(entitiesOf(text), 'person');

// A city party committee's decision commending its best members (表彰决定), its lists written as such lists are.
describe('the names of a roster (名单), one person to a line or several', () => {
  it('reads the name that opens each line of a block, padded or not, with or without a note of sex', () => {
    const text = [
      '一、全市优秀共产党员（50名）',
      '欧阳红梅　袁州区西村镇东风村党支部书记、村委会主任',
      '刘　强　宜春市人民医院心内科主任医师',
      '万丽华（女）　樟树市阁山镇中心小学教师',
      '钟凯　宜春学院马克思主义学院教授',
      '二、全市优秀党务工作者（30名）',
      '邬小燕（女）　江西九岭锂业股份有限公司党委副书记',
    ].join('\n');
    expect(people(text)).toEqual(['刘强', '欧阳红梅', '万丽华', '邬小燕', '钟凯'].sort());
    const liu = entitiesOf(text).find((e) => e.name === '刘强')!;
    expect(liu.mentions.map((m) => m.surface)).toEqual(['刘　强']);
  });
  it('reads a line of names only, and the names again in the text', () => {
    const text = '大会选举产生新一届委员会委员（按姓氏笔画为序）：\n王　伟　李丽华　张建国　陈　明\n会后，李丽华作表态发言。';
    expect(people(text)).toEqual(['李丽华', '王伟', '张建国', '陈明'].sort());
    expect(entitiesOf(text).find((e) => e.name === '李丽华')!.mentions).toHaveLength(2);
  });
  it("takes no table's rows or headers for a roster", () => {
    const text = ['单位　人数　占比', '高新区　120　35%', '经开区　80　24%', '项目　投资　进度', '王府井步行街　3亿元　80%'].join('\n');
    expect(people(text)).toEqual([]);
  });
  it('takes no single line opening with a name-shaped word for a roster', () => {
    expect(people('一、主要工作\n钟凯　创新驱动发展取得新成效\n全年研发投入增长12%。')).toEqual([]);
  });
});

describe('a body before its party committee or its staff', () => {
  it('reads the bureau before its 党委, as before its 党组', () => {
    expect(orgs('宜丰县公安局党委召开会议。')).toEqual(['宜丰县公安局']);
    expect(orgs('宜丰县教育局党组召开会议。')).toEqual(['宜丰县教育局']);
  });
  it("keeps a place's own party committee to the rules of committees", () => {
    expect(orgs('宜丰县委召开会议。')).toEqual(['中共宜丰县委']);
  });
  it('reads the school before its teacher or head, where jieba glued them (小学教师)', () => {
    expect(orgs('万丽华是樟树市阁山镇中心小学教师。')).toContain('阁山镇中心小学');
    expect(orgs('市人大代表、株洲市第二中学教师罗春梅持续关注课后服务。')).toContain('株洲市第二中学');
  });
});

// Sentences of a news dispatch on the Asian Games' swimming, written for the case.
describe('a three-character name jieba cut before its last character', () => {
  it('reads the three beside a cue, though the first two end like no name (张雨|霏/z)', () => {
    expect(people('中国选手张雨霏以2分05秒57的成绩夺冠，队友余依婷获得银牌。')).toEqual(['余依婷', '张雨霏'].sort());
    expect(people('赛后，张雨霏在接受采访时表示，感谢教练的悉心指导。')).toEqual(['张雨霏']);
  });
  it('keeps a two-character name before a word of one character (说, 和, 多)', () => {
    expect(people('记者王刚和李明在现场。教练王楠说，局长张明多次强调安全。')).toEqual(['李明', '王刚', '王楠', '张明'].sort());
  });
});

describe("a photographer's credit", () => {
  it('reads the name without the 摄 jieba glued to it', () => {
    expect(people('新华社记者刘洋摄')).toEqual(['刘洋']);
  });
});

const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('the words of one’s home that end in 乡', () => {
  it('takes no township out of a hometown (陈嘉庚|故乡), and reads the town after it', () => {
    expect(places('日前在爱国侨领陈嘉庚故乡集美镇龙王宫落成开放。')).toEqual(['集美镇']);
    expect(people('他回到陈嘉庚故乡参观。')).toEqual(['陈嘉庚']);
  });
  it('keeps a place named by the water country (水乡新城)', () => {
    expect(places('完善水乡新城与各镇协同发展机制。')).toContain('水乡新城');
  });
});
