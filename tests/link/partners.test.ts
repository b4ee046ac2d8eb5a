import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

// links10: partners of joint work (the held-out reports' 与厦门市思明区共建…, 联合市公安局、…、常州海关等部门, 与县人民检察院
// 联合督办); tested on sentences written for the test.
describe('linkReport: partners of joint work', () => {
  it('links a partner after 与 opening a clause of joint work, the issuer unnamed', () => {
    const text = '与南华大学共建法治实践基地，联合开展课题研究4项。';
    expect(figureLinks(text, [makeEntity('organization', '南华大学', text)])).toEqual([['4项', ['南华大学']]]);
  });

  it('links the body helped after 配合 and what the joint work acts on to the counts of the later clauses of its item', () => {
    const text = '配合县审计局对县交通投资集团有限公司开展经济责任审计，发现问题14个；二是组织业务培训3期。';
    const bodies = ['县审计局', '县交通投资集团有限公司'].map((n) => makeEntity('organization', n, text));
    expect(figureLinks(text, bodies)).toEqual([
      ['14个', ['县审计局', '县交通投资集团有限公司']],
      ['3期', []],
    ]);
  });

  it('does not link a body after 与 with which a tie is only set up (建立…制度), nor a comparison (与上年相比)', () => {
    const text = '与县财政局建立联席会议制度，召开联席会议3次。与上年相比，全县新增企业120家。';
    expect(figureLinks(text, [makeEntity('organization', '县财政局', text)])).toEqual([
      ['3次', []],
      ['120家', []],
    ]);
  });

  it('links partners named as examples of a kind of body after 联合 (…等部门), not those of a count (…等3个部门)', () => {
    const text = '县市场监管局联合县公安局、县农业农村局等部门开展打假行动，查处案件37起。';
    const bodies = ['县市场监管局', '县公安局', '县农业农村局'].map((n) => makeEntity('organization', n, text));
    expect(figureLinks(text, bodies)).toEqual([['37起', ['县市场监管局', '县公安局', '县农业农村局']]]);
    const counted = '县市场监管局联合县公安局、县农业农村局等3个部门开展打假行动，查处案件37起。';
    const again = ['县市场监管局', '县公安局', '县农业农村局'].map((n) => makeEntity('organization', n, counted));
    expect(figureLinks(counted, again)).toEqual([
      ['3个', ['县市场监管局']],
      ['37起', ['县市场监管局']],
    ]);
  });

  it('adds a partner opening a later clause to the subject named before it', () => {
    const text = '县河长办牵头建立协作机制，与县人民检察院联合督办涉河问题线索14件。';
    const bodies = ['县河长办', '县人民检察院'].map((n) => makeEntity('organization', n, text));
    expect(figureLinks(text, bodies)).toEqual([['14件', ['县河长办', '县人民检察院']]]);
  });
});
