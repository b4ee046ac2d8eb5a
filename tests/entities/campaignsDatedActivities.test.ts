import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

// An activity a quote dates by its holidays or day, as the twenty-fifth held-out set's 桐庐 union runs the “两节”送温暖活动
// every year; in sentences written for this test.
describe('an activity dated by a quoted holiday', () => {
  it('is read by its whole name, the quote only saying when it is held', () => {
    expect(names('深化“两节”送温暖活动，走访慰问困难职工860人。')).toEqual(['“两节”送温暖活动']);
    expect(names('开展“双节”走访慰问活动，慰问老党员126名。')).toEqual(['“双节”走访慰问活动']);
    expect(names('组织“七一”走访慰问活动，慰问生活困难党员320名。')).toEqual(['“七一”走访慰问活动']);
  });

  it('leaves a quoted two-character name before an ordinary activity alone, as before', () => {
    expect(names('开展“海味”健身活动，参与群众3000人次。')).toEqual([]);
    expect(names('“五一”假期全市接待游客86万人次。')).toEqual([]);
  });
});
