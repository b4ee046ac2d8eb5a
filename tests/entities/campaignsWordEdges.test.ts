import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const campaigns = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'campaign')
    .map((e) => [e.name, e.mentions.map((m) => m.surface)]);

// Sentences of the State Council's work reports (gwr-1998 … gwr-2024) and sentences written for the rules.
describe('a campaign name runs left to a word that stops it, not to the front of its own word', () => {
  it('reads 就业 and 保障性 whole (gwr-2024, gwr-2010)', () => {
    expect(campaigns('发展特色优势产业，推进防止返贫就业攻坚行动，强化易地搬迁后续帮扶。')).toEqual([
      ['防止返贫就业攻坚行动', ['防止返贫就业攻坚行动']],
    ]);
    expect(campaigns('一是继续大规模实施保障性安居工程。')).toEqual([['保障性安居工程', ['保障性安居工程']]]);
    expect(campaigns('下岗分流、减员增效和实施再就业工程；')).toEqual([['再就业工程', ['再就业工程']]]);
  });
  it('still stops at a launch verb that ends a longer word (深入开展)', () => {
    expect(campaigns('深入开展健康中国行动和爱国卫生运动。')).toEqual([
      ['爱国卫生运动', ['爱国卫生运动']],
      ['健康中国行动', ['健康中国行动']],
    ]);
  });
  it('takes the whole name again where it modifies a noun (保障性安居工程建设)', () => {
    expect(campaigns('实施保障性安居工程。加大保障性安居工程建设力度。')).toEqual([
      ['保障性安居工程', ['保障性安居工程', '保障性安居工程']],
    ]);
  });
});
