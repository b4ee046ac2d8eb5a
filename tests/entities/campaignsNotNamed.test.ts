import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const campaigns = (text: string) => namesOf(entitiesOf(text), 'campaign');

// Sentences in the manner of the State Council's government work reports (corpus-wide/gwr), where these were misread.
describe('campaigns are named things, not idioms, strategies cut short or pejoratives', () => {
  it('keeps the named ones', () => {
    expect(campaigns('深入实施“希望工程”，坚决打赢蓝天保卫战。')).toEqual(['希望工程', '蓝天保卫战']);
  });
  it('reads no battle out of the word 战略 (区域发展总体战略)', () => {
    expect(campaigns('我们实施区域发展总体战略，以区域发展总体战略为基础推进西部大开发。')).toEqual([]);
  });
  it('reads no battle out of the idiom 集中力量打歼灭战', () => {
    expect(campaigns('基本建设，应当更好地集中力量打歼灭战，必须坚持集中力量打歼灭战的方针。')).toEqual([]);
  });
  it('takes no quoted phrase held up to blame for a campaign', () => {
    expect(campaigns('坚决反对搞华而不实的“形象工程”、“政绩工程”。')).toEqual([]);
    expect(campaigns('严防“钓鱼”项目和“胡子”工程，切实防止出现“半拉子”工程。')).toEqual([]);
    expect(campaigns('坚决反对制造“两个中国”或“一中一台”。')).toEqual([]);
    expect(campaigns('还打着“社会主义”和“支援革命”的旗号到处招摇撞骗。')).toEqual([]);
    expect(campaigns('批判了他们炮制的“两个估计”的谬论。')).toEqual([]);
  });
  it('takes no quoted target listed with others before the activity for a campaign', () => {
    expect(campaigns('有序推进“城中村”、老旧小区改造，深入开展“两学一做”、“三严三实”。')).toEqual(['三严三实', '两学一做']);
  });
  it('reads the battles a count distributes over, joined by 和', () => {
    expect(campaigns('继续打好煤矿瓦斯治理和矿山整顿两个攻坚战。')).toEqual(['煤矿瓦斯治理攻坚战', '矿山整顿攻坚战']);
  });
  it('reads no programme out of the front of a longer word (计划生育)', () => {
    expect(campaigns('继续实施农村部分计划生育家庭奖励扶助制度。')).toEqual([]);
  });
});

describe('a campaign does not start with the verb that completes or carries it out', () => {
  it('cuts 完成, 实现 and 实施好 off the name', () => {
    expect(campaigns('超额完成高职扩招三年行动目标。')).toEqual(['高职扩招三年行动']);
    expect(campaigns('打好实现建军一百年奋斗目标攻坚战。')).toEqual(['建军一百年奋斗目标攻坚战']);
    expect(campaigns('实施好农村义务教育学生营养改善计划。')).toEqual(['农村义务教育学生营养改善计划']);
  });
});

// gwr-2006 and a sentence written for the rule: a drive's field, written alone, is the field.
describe('a drive named after its field does not take the bare field', () => {
  it('leaves 安全生产 in a list of fields alone, and keeps the drive (gwr-2006)', () => {
    const es = entitiesOf('尤其要切实做好就业、社保、医疗、安全生产等工作。第五，深入开展安全生产专项整治。');
    expect(es.filter((e) => e.type === 'campaign').map((e) => e.mentions.map((m) => m.surface))).toEqual([['安全生产专项整治']]);
  });
  it('still takes a short form that states the drive’s action (扫黑除恶)', () => {
    const es = entitiesOf('深入开展扫黑除恶专项斗争。扫黑除恶、污染防治取得成效。');
    expect(es.filter((e) => e.type === 'campaign').map((e) => e.mentions.map((m) => m.surface))).toEqual([
      ['扫黑除恶专项斗争', '扫黑除恶'],
    ]);
  });
});
