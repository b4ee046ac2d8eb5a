import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('players named right before their result', () => {
  it('reads a name jieba glued to the 以 of a time, a mark or points', () => {
    expect(people('中国选手潘展乐以46秒40的成绩夺得男子100米自由泳金牌。')).toEqual(['潘展乐']);
    expect(people('女子10米跳台决赛中，全红婵以425.60分夺冠。')).toEqual(['全红婵']);
    expect(people('女子举重49公斤级比赛中，侯志慧以总成绩210公斤夺冠。')).toEqual(['侯志慧']);
    expect(people('在男子马拉松比赛中，肯尼亚选手基普乔格以2小时01分09秒的成绩打破世界纪录。')).toEqual(['基普乔格']);
  });
  it('reads the winner before a score and whom the winner beat', () => {
    expect(people('男子单打决赛，樊振东4比1战胜王楚钦，卫冕冠军。')).toEqual(['樊振东', '王楚钦']);
    expect(people('李娜以2比1击败对手晋级八强。')).toEqual(['李娜']);
  });
  it('reads no one where a word of the language stands before the result', () => {
    expect(people('高中生以95分的成绩考入北京大学。')).toEqual([]);
    expect(people('中国队以3比0战胜日本队。')).toEqual([]);
    expect(people('资金按1比1配套，会议以45票赞成通过。')).toEqual([]);
  });
});
