import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// False people from words (来闽 after a post, 林票 opening a clause) and people missed where jieba cut a name (a Japanese
// woman's given name ending in 子 after 知事, a foreign name without a title split before speech). Sentences written for
// this project in the style of reports and news.
const people = (s: string) => namesOf(entitiesOf(s), 'person');

describe('no one in coming to a place or in a thing opening a clause', () => {
  it('reads no name in a verb and a place short form after a post', () => {
    expect(people('省长来闽调研，看望慰问一线职工。')).toEqual([]);
    expect(people('国务院副总理来沪调研。')).toEqual([]);
    expect(people('总理来京视察。')).toEqual([]);
  });
  it('still reads a name after a post where its surname is a preposition before a place (于京)', () => {
    expect(people('副市长于京出席会议并讲话。')).toEqual(['于京']);
  });
  it('reads no person in a two-character word the report writes before a noun', () => {
    expect(people('全面推行林票制度。将乐县推出林票，林票让村民受益。')).toEqual([]);
    expect(people('刘杰说，他很高兴。')).toEqual(['刘杰']);
  });
});

describe('names jieba cut', () => {
  it('reads a Japanese woman whose given name ends in 子 after her post', () => {
    expect(people('东京都知事小池百合子宣布，东京将从明年起为育儿家庭提供新的补贴。')).toEqual(['小池百合子']);
  });
  it('reads a foreign name split in two at a clause opening before speech', () => {
    expect(people('拉马福萨表示，南非愿同中方加强合作。')).toEqual(['拉马福萨']);
    expect(people('会谈中，拉马福萨说，南非高度重视对华关系。')).toEqual(['拉马福萨']);
    expect(people('巴西利亚表示欢迎。')).toEqual([]);
  });
});

describe('the last character of a name jieba cut off', () => {
  it('reads a Japanese name of three characters whose last one jieba glued to 在 after a post of Japan', () => {
    expect(people('日本内阁官房长官林芳正在记者会上表示，政府将加强应对。')).toEqual(['林芳正']);
    expect(people('美国国务卿布林肯正在中东访问。')).toEqual(['布林肯']);
  });
  it('reads the last character jieba read as a verb between a known name and a mark, after a role', () => {
    expect(people('县委书记张国华走访慰问抗战老兵李德胜，为其送去慰问金3000元。').sort()).toEqual(['张国华', '李德胜']);
    expect(people('记者王明说，今年的收成很好。')).toEqual(['王明']);
  });
});

describe('systems, villagers and words after them', () => {
  it('reads no one in the systems a report lists (林长制、河长制)', () => {
    expect(people('推行林长制、河长制、田长制、路长制，落实包保责任。')).toEqual([]);
    expect(people('张伟、李伟、王伟受到表彰。').sort()).toEqual(['张伟', '李伟', '王伟']);
  });
  it('reads no one in an adverb and a verb after 居民', () => {
    expect(people('使所有符合条件的城市贫困居民都能得到最低生活保障。')).toEqual([]);
    expect(people('村民代表大会、居民委员会和农民专业合作社依法履职，村民高度认可。')).toEqual([]);
  });
  it('reads a master before 的弟子', () => {
    expect(people('常香玉的弟子、豫剧表演艺术家方素珍在郑州病逝。').sort()).toEqual(['常香玉', '方素珍']);
  });
});

describe('a name of four characters jieba holds whole', () => {
  it('reads it after a role, not a phrase of two words after one', () => {
    expect(people('著名指挥家小泽征尔因心力衰竭于2月6日在东京家中去世。')).toEqual(['小泽征尔']);
    expect(people('制定班子成员党风廉政建设主体责任清单。')).toEqual([]);
  });
});
