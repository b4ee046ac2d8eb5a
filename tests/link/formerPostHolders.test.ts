import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

// orgs25 read 港上支行 alone in the thirty-first held-out set (tancheng-rural-commercial-bank-2024); the branch before
// 原行长 then took the loss its former head caused. A post held before (原) leaves the body a title only, as a post held now
// does (公司董事长X).
describe('linkReport: a body before a former post and its holder', () => {
  it('links the loss to the former head, not to the branch named in his title', () => {
    const text = '港上支行原行长陈德明对辖内贷款审查把关不严，造成贷款损失142万元。';
    const entities = [makeEntity('organization', '港上支行', text), makeEntity('person', '陈德明', text)];
    expect(figureLinks(text, entities)).toEqual([['142万元', ['陈德明']]]);
  });

  it('and a former deputy’s, as a serving head’s', () => {
    const text = '城关供电所原副所长王立新违规发放补贴，涉及金额3.6万元。';
    const entities = [makeEntity('organization', '城关供电所', text), makeEntity('person', '王立新', text)];
    expect(figureLinks(text, entities)).toEqual([['3.6万元', ['王立新']]]);
  });
});
