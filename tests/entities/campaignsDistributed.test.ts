import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';
import { foldWidth } from '../../src/text/foldWidth.ts';

const campaigns = (text: string) => findCampaigns(text, foldWidth(text)).map((c) => [c.surface, c.canonical ?? c.surface, c.start, c.end]);

// The held-out Jiaxing report (tests/fixtures/heldout/jiaxing-city-2019.txt) writes the three battles with one head.
describe('a battle head shared by a 、-list', () => {
  const sentence = '1.扎实推进污染防治攻坚战。深入打好蓝天、碧水、净土保卫战，实施大气污染防治重点项目246个。';

  it('gives each front its own battle, its mention reading the front alone', () => {
    expect(campaigns(sentence)).toEqual([
      ['污染防治攻坚战', '污染防治攻坚战', 6, 13],
      ['蓝天', '蓝天保卫战', 18, 20],
      ['碧水', '碧水保卫战', 21, 23],
      ['净土保卫战', '净土保卫战', 24, 29],
    ]);
  });

  it('makes the front an alias, so every mention reads its name or an alias; a full mention elsewhere is the same entity', () => {
    const text = `${sentence}全面打响蓝天保卫战以来，空气质量优良天数比例达到82.4%。`;
    const got = extractReport({ path: 'x.txt', file: 'x.txt', format: 'txt', encoding: 'UTF-8', content: text, meta: {} });
    const blue = got.entities.filter((e) => e.type === 'campaign' && e.name === '蓝天保卫战');
    expect(blue).toHaveLength(1);
    expect(blue[0]!.aliases).toContain('蓝天');
    for (const e of got.entities) {
      for (const m of e.mentions) expect([e.name, ...e.aliases]).toContain(got.report.text.slice(m.start, m.end));
    }
    expect(blue[0]!.mentions.map((m) => got.report.text.slice(m.start, m.end))).toEqual(['蓝天', '蓝天保卫战']);
  });

  it('reads items only as long as the last front: the verb before the first item stays out', () => {
    expect(campaigns('坚决打赢蓝天、碧水保卫战。')).toEqual([
      ['蓝天', '蓝天保卫战', 4, 6],
      ['碧水保卫战', '碧水保卫战', 7, 12],
    ]);
  });

  it('distributes no head that is not a battle, and nothing inside a 《》 title', () => {
    expect(campaigns('开展扫黑除恶、禁毒专项斗争。').map((c) => c[1])).not.toContain('扫黑除恶专项斗争');
    expect(campaigns('制定《打赢蓝天、碧水保卫战三年行动计划》。')).toEqual([]);
  });

  it('reads the fronts before a count (三大保卫战) as many as the count says, and no battle named 净土三大保卫战', () => {
    expect(campaigns('坚决打赢蓝天、碧水、净土三大保卫战。')).toEqual([
      ['蓝天', '蓝天保卫战', 4, 6],
      ['碧水', '碧水保卫战', 7, 9],
      ['净土', '净土保卫战', 10, 12],
    ]);
  });

  it('lets fronts before a count differ in length, the first bounded by its verb', () => {
    expect(campaigns('打好污染防治、防范化解重大风险、精准脱贫三大攻坚战。').map((c) => [c[0], c[1]])).toEqual([
      ['污染防治', '污染防治攻坚战'],
      ['防范化解重大风险', '防范化解重大风险攻坚战'],
      ['精准脱贫', '精准脱贫攻坚战'],
    ]);
  });

  it('distributes nothing when the list is not as long as its count, nor over a bare 三大攻坚战', () => {
    expect(campaigns('打好蓝天、碧水、净土、清废三大保卫战。')).toEqual([]);
    expect(campaigns('在市委重点工作和三大攻坚战一线识别干部。')).toEqual([]);
  });
});

describe('an item that already ends in the head’s verb', () => {
  it('gives 脱贫攻坚战, not 脱贫攻坚攻坚战', () => {
    expect(campaigns('打好脱贫攻坚、污染防治攻坚战。').map((c) => [c[0], c[1]])).toEqual([
      ['脱贫攻坚', '脱贫攻坚战'],
      ['污染防治攻坚战', '污染防治攻坚战'],
    ]);
  });
});
