import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// people18's first run missed given names ending in 年 (贺新年, 赵丰年), two-character names jieba glued to the
// preposition after them (王毅同/x|俄罗斯, 汪顺以/x|1分), names after a chief executive, a council's head, a translator, a
// craftsman or a woman worker, a surname that is a pronoun alone after a role (选手何杰/x), and foreign leaders written
// right after their country (德国朔尔茨, 美国特朗普政府); it read the field before a role (斯诺克/nr|选手/v), a verb and a
// word of place (对|谈/v|中/f) and an act closing a list (…发来|贺信/nr) as people. Sentences written for this project.
const people = (s: string) => namesOf(entitiesOf(s), 'person');

describe('given names ending in 年 (people18)', () => {
  it('reads them beside a post, 同志, a role and in a list', () => {
    expect(people('镇党委书记贺新年同志主持召开专题会议。')).toEqual(['贺新年']);
    expect(people('大国工匠赵丰年带领团队攻克了技术难题。')).toEqual(['赵丰年']);
    expect(people('青年科学家周文明、吴新年获得表彰。').sort()).toEqual(['吴新年', '周文明']);
  });
  it('reads no name where 年 ends a span or a point of time', () => {
    expect(people('市长李明年初到任后走访了企业。')).toEqual([]);
    expect(people('市长张华年内完成了这项任务。')).toEqual(['张华']);
  });
});

describe('a preposition jieba glued to a two-character name (people18)', () => {
  it('ends the name before a preposition whose object follows', () => {
    expect(people('外交部长王毅同俄罗斯外长拉夫罗夫举行会谈。')).toContain('王毅');
    expect(people('浙江选手汪顺以1分55秒的成绩夺得金牌。')).toEqual(['汪顺']);
  });
  it('keeps a three-character name ending so before a post', () => {
    expect(people('市委书记李大同同志出席会议。')).toEqual(['李大同']);
  });
});

describe('roles and posts before a name (people18)', () => {
  it('reads the name after a chief executive, a council head, a translator and a woman worker', () => {
    expect(people('苹果公司首席执行官库克访问上海。')).toEqual(['库克']);
    expect(people('合作社理事长黄志强带领社员种植中药材。')).toEqual(['黄志强']);
    expect(people('译者林少华撰写了序言。')).toEqual(['林少华']);
    expect(people('纺织女工林秀华在车间工作了30年。')).toEqual(['林秀华']);
  });
  it('reads a name jieba does not know whose surname is a pronoun alone, after a role', () => {
    expect(people('中国选手何杰获得第三名。')).toEqual(['何杰']);
  });
  it('reads no one in the field written before a role, nor in a verb before a word of place', () => {
    expect(people('斯诺克选手丁俊晖晋级十六强。')).toEqual(['丁俊晖']);
    expect(people('作家余华和苏童在对谈中回忆了文学创作。').sort()).toEqual(['余华', '苏童']);
  });
  it('reads no one in the act that closes the last item of a list', () => {
    expect(people('韩国总统尹锡悦、蒙古国总统呼日勒苏赫向大会发来贺信。')).not.toContain('贺信');
  });
});

describe('a foreign leader right after the country (people18)', () => {
  it('reads the name before an act, a conjunction or the government', () => {
    expect(people('据报道，法国总统马克龙与德国朔尔茨通电话。')).toContain('朔尔茨');
    expect(people('美国特朗普政府宣布加征关税。')).toEqual(['特朗普']);
  });
  it('reads no one in a city of the country, a dateline or a place one is at', () => {
    expect(people('英国伦敦举行了纪念活动。')).toEqual([]);
    expect(people('本报德国罗滕堡5月27日电')).toEqual([]);
    expect(people('谷爱凌在瑞士莱克斯举行的世界杯比赛中夺得金牌。')).toEqual(['谷爱凌']);
  });
});

describe('coaches, representatives, lists and glued posts (people18, second round)', () => {
  it('reads a name after a coach or a team leader, whatever its surname is to the lists', () => {
    expect(people('女足主教练水庆霞在发布会上回答提问。')).toEqual(['水庆霞']);
  });
  it('reads a list of villagers after their representatives', () => {
    expect(people('村民代表马桂花、白玉芳、牛志强在会上发言。').sort()).toEqual(['牛志强', '白玉芳', '马桂花'].sort());
  });
  it('reads a name jieba holds whose surname no list holds, listed beside a name', () => {
    expect(people('濮存昕、杨立新等老演员参加演出。').sort()).toEqual(['杨立新', '濮存昕'].sort());
  });
  it('reads the last of a list that 同志 closes, though it is a word', () => {
    expect(people('驻村工作队队员高原、方圆同志深入农户家中。').sort()).toEqual(['方圆', '高原']);
  });
  it('reads a name after a post jieba glued to it as a place, where the holder speaks', () => {
    expect(people('专家组组长江明介绍了评审结果。')).toEqual(['江明']);
    expect(people('调查组组长江明表示，将依法处理。')).toEqual(['江明']);
  });
});
