import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

// links10: names written one inside the other open a clause (the held-out reports' 沙洋县后港镇鑫盛建材有限公司,
// 武进区税务局湖塘税务所); tested on sentences written for the test.
describe('linkReport: a clause opening on names written one inside the other', () => {
  it('keeps the county and the town written before a company as where it is', () => {
    const text = '5月8日，平川县柳河镇金源化工有限公司发生一起火灾事故，造成2人受伤。';
    const entities = [
      makeEntity('place', '平川县', text),
      makeEntity('place', '柳河镇', text),
      makeEntity('organization', '金源化工有限公司', text),
    ];
    expect(figureLinks(text, entities)).toEqual([['2人', ['平川县', '柳河镇', '金源化工有限公司']]]);
  });

  it('links a body and its own sub-unit written right after it', () => {
    const text = '高新区税务局城北税务所开设服务专窗，全年办理业务2.4万笔。';
    const entities = [makeEntity('organization', '高新区税务局', text), makeEntity('organization', '城北税务所', text)];
    expect(figureLinks(text, entities)).toEqual([['2.4万笔', ['高新区税务局', '城北税务所']]]);
  });

  it('still reads a country written right before a partner body as where the partner is, not a party', () => {
    const text = '湖南大学与德国亚琛工业大学签署合作协议，互派访问学者22名。';
    const entities = [
      makeEntity('organization', '湖南大学', text),
      makeEntity('place', '德国', text),
      makeEntity('organization', '亚琛工业大学', text),
    ];
    expect(figureLinks(text, entities)).toEqual([['22名', ['湖南大学', '亚琛工业大学']]]);
  });
});
