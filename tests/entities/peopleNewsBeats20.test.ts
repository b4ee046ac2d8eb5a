import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// Rules written for people20 (tests/fixtures/people20), tried here on sentences of the same kinds written apart from it.

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('sport results: whom a winner beat, and a name jieba cuts before the score', () => {
  it('reads a foreign name jieba cuts into pieces after the verb of a scored win', () => {
    expect(people('男子单打半决赛，马龙以4比2击败松岛辉空，晋级决赛。')).toEqual(['松岛辉空', '马龙']);
    expect(people('斯诺克大师赛首轮，赵心童以6比3淘汰希金斯，晋级八强。')).toEqual(['希金斯', '赵心童']);
    expect(people('女单第二轮，韩莹以3比0横扫冯天薇。')).toEqual(['冯天薇', '韩莹']);
  });
  it('reads a surname jieba cut off before a given name it read as a word (林|高远以11比7)', () => {
    expect(people('第三场，林高远以11比7、11比9、11比6取胜。')).toEqual(['林高远']);
  });
  it('reads no one where the beaten are a team, a word or a place', () => {
    expect(people('中国女排以3比1力克土耳其队。')).toEqual([]);
    expect(people('最终，东道主以2比0击败对手。')).toEqual([]);
  });
});

describe('scorers of a football match', () => {
  it('reads two scorers who share the goals, one who scores twice, and a goal’s scorer by its minute', () => {
    expect(people('下半场，李磊和王燊超各入一球，球队3比1取胜。')).toEqual(['李磊', '王燊超']);
    expect(people('比赛中，张玉宁梅开二度，帮助球队取胜。')).toEqual(['张玉宁']);
    expect(people('本场比赛的第一个进球由张玉宁在第12分钟攻入，第二个由卡多索在第80分钟打入。')).toEqual(['卡多索', '张玉宁']);
  });
  it('reads no one where 由 opens a cause (由于在第3分钟失球)', () => {
    expect(people('由于在第3分钟失球，球队陷入被动。')).toEqual([]);
  });
});

describe('a list of players announced by 名单', () => {
  it('reads Japanese and Korean names jieba cuts among the names of the list', () => {
    expect(people('男子双打八强名单：樊振东、王楚钦、宇田幸矢、平野友树、林钟勋、张禹珍。')).toEqual(
      ['平野友树', '张禹珍', '林钟勋', '樊振东', '宇田幸矢', '王楚钦'].sort(),
    );
  });
  it('reads no one in a list of places or works', () => {
    expect(people('入围名单：北京、上海、广州。')).toEqual([]);
  });
});

describe('credits of a news story', () => {
  it('reads the names of a credit that ends on what they did, and an editor’s', () => {
    expect(people('本报讯 今天全市降温。\n（记者 李晓宏 王君平 报道）')).toEqual(['李晓宏', '王君平']);
    expect(people('本报讯 今天全市降温。\n（实习生 蓝天 参与采写）')).toEqual(['蓝天']);
    expect(people('本报讯 今天全市降温。\n（责任编辑：张红）')).toEqual(['张红']);
  });
});

describe('names joined by a middle dot', () => {
  it('reads 隆 beside a dot and leaves the word after the name (马斯克|当天)', () => {
    expect(people('首席执行官埃隆·马斯克当天抵达北京。')).toEqual(['埃隆·马斯克']);
  });
});

describe('roles of culture and sport written beside a name', () => {
  it('reads a name after a stage partner, a pupil, a referee or a club, before 的教练 and before 导演', () => {
    expect(people('话剧演员与搭档徐帆在北京演出，台下掌声不断。')).toEqual(['徐帆']);
    expect(people('主裁判傅明在比赛中出示了三张黄牌。')).toEqual(['傅明']);
    expect(people('苏炳添的教练兰迪·哈钦森透露了训练计划。')).toEqual(['兰迪·哈钦森', '苏炳添']);
    expect(people('张艺谋导演的新片在春节档上映。')).toEqual(['张艺谋']);
    expect(people('男子组冠军是来自明星俱乐部的蔡卫东。')).toEqual(['蔡卫东']);
    expect(people('这是俱乐部的发展方向，也是会员的期待。')).toEqual([]);
  });
  it('reads the part played and its player (饰演周秉昆的雷佳音), not a kind of part', () => {
    expect(people('在电视剧《人世间》中饰演周秉昆的雷佳音说，这个角色很难演。')).toEqual(['周秉昆', '雷佳音']);
    expect(people('她在剧中饰演母亲的角色，获得了观众的认可。')).toEqual([]);
  });
  it('reads a pen name quoted after its role and the real name after 本名 or 原名, with whose it is', () => {
    expect(people('作家“南派三叔”本名徐磊，浙江嘉兴人。')).toEqual(['南派三叔', '徐磊']);
    expect(people('鲁迅原名周树人，浙江绍兴人。')).toEqual(['周树人', '鲁迅']);
  });
});

describe('people of the past', () => {
  it('reads monarchs by dynasty and temple or posthumous name', () => {
    expect(people('汉武帝派使者出使西域，开辟了丝绸之路。')).toEqual(['汉武帝']);
    expect(people('宋徽宗擅长书法，隋炀帝开凿了大运河。')).toEqual(['宋徽宗', '隋炀帝']);
    expect(people('宋朝皇帝重视文化，明代帝王多有著述。')).toEqual([]);
  });
  it('reads a name before the age, tomb or home named after its bearer', () => {
    expect(people('在成吉思汗时期，蒙古帝国迅速扩张。')).toEqual(['成吉思汗']);
    expect(people('游客们参观了岳飞墓。')).toEqual(['岳飞']);
    expect(people('改革开放时期，经济快速发展；刘家祠堂保存完好。')).toEqual([]);
  });
  it('reads a famous name jieba’s dictionary holds as the subject of a clause (郑和率船队)', () => {
    expect(people('专家介绍，郑和率船队七下西洋。')).toEqual(['郑和']);
  });
});

describe('names after a foreign national’s role', () => {
  it('reads a family name opening on a function character jieba cut off, and a given name ending in 和 before an act', () => {
    expect(people('日本导演是枝裕和执导的新片在釜山国际电影节上首映。')).toEqual(['是枝裕和']);
    expect(people('日本选手张本智和凭借稳定发挥晋级决赛。')).toEqual(['张本智和']);
  });
  it('reads a name after a role of a foreign country’s region as after its country’s (英格兰名将奥沙利文)', () => {
    expect(people('斯诺克英锦赛上，英格兰名将奥沙利文爆冷出局。')).toEqual(['奥沙利文']);
    expect(people('苏格兰选手希金斯晋级决赛，英格兰中场贝林厄姆与球队续约。')).toEqual(['希金斯', '贝林厄姆']);
  });
  it('reads no one where the function character is the verb after the role', () => {
    expect(people('日本导演是当今最活跃的创作群体之一。')).toEqual([]);
  });
});
