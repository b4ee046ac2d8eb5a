import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('names after staff nouns and dynasties, and words that only look like names', () => {
  it('reads a name after any noun of staff or officers ending in 员 or 警 (关员, 调解员, 驾驶员, 交警)', () => {
    expect(people('人民调解员宁淑芬用了三天时间化解了这起邻里纠纷。')).toEqual(['宁淑芬']);
    expect(people('公交车驾驶员冼伟明及时停车，救下了突发疾病的乘客。')).toEqual(['冼伟明']);
    // 观察员|国|和: a conjunction alone is no given name, and the staff noun modifies the states.
    expect(people('来自上合组织成员国、观察员国和对话伙伴国的代表参会。')).toEqual([]);
  });
  it('reads a foreign star after 球星 or 影星', () => {
    expect(people('阿根廷球星梅西在第78分钟打进制胜一球。')).toEqual(['梅西']);
  });
  it('reads the whole name of a household jieba cut before its last character after a cue (村民刘长/x|根家/x)', () => {
    expect(people('村民刘长根家的房屋在暴雨中倒塌。')).toEqual(['刘长根']);
  });
  it('reads a person of the past right after a dynasty or an age (汉代张骞, 明朝郑和, 东汉张衡, 战国时期李冰)', () => {
    expect(people('据介绍，汉代张骞出使西域，开辟了丝绸之路。')).toEqual(['张骞']);
    expect(people('明朝郑和七下西洋。')).toEqual(['郑和']);
    expect(people('东汉张衡发明了地动仪，战国时期李冰修建了都江堰。')).toEqual(['张衡', '李冰']);
    expect(people('唐代长安城是当时世界上最大的城市。')).toEqual([]);
  });
  it('reads a foreign name with 路, 廉 or 略 (马丁·路德·金, 威廉姆斯, 卡斯蒂略)', () => {
    expect(people('美国民权运动领袖马丁·路德·金的演讲被译成多种文字。')).toEqual(['马丁·路德·金']);
    expect(people('美国网球名将小威廉姆斯宣布退役。')).toEqual(['威廉姆斯']);
    expect(people('智利球员卡斯蒂略·穆里略攻入一球。')).toEqual(['卡斯蒂略·穆里略']);
  });
  it('reads a two-character name jieba holds after a role where the surname alone is a common word (作家路遥)', () => {
    expect(people('著名作家路遥的小说《平凡的世界》再版发行。')).toEqual(['路遥']);
  });
  it('reads no name in a word a rarer surname opens with a word of the language (纪念章, 司令官), nor in 曾任 before a post', () => {
    expect(people('纪念章（左）和证书由获奖者家属代为领取。')).toEqual([]);
    expect(people('“司令官同志，全体官兵集合完毕！”')).toEqual([]);
    expect(people('他的父亲籍贯河北，曾任县长。')).toEqual([]);
    // A frequent surname keeps the reading (白云/n|飞: 白云飞/nr).
    expect(people('白云飞同志在会上发言。')).toEqual(['白云飞']);
  });
});
