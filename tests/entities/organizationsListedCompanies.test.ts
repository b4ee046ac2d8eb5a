import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

describe('organizations: companies listed before 等 and a word for companies', () => {
  it('reads each member of the list as a company (news, 1998)', () => {
    const es = entitiesOf('用友、新天地、金山、四通利方等国内著名软件厂商积极响应。');
    expect(namesOf(es, 'organization')).toEqual(['四通利方', '新天地', '用友', '金山'].sort());
  });

  it('does not read countries, sectors or a list before 企业 as companies', () => {
    expect(namesOf(entitiesOf('美国、日本等公司纷纷进入。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('在很多工业、商业、运输等企业中，也还存在浪费现象。'), 'organization')).toEqual([]);
  });

  it('ends a company’s name at the dateline of a news story (又讯, 本报讯)', () => {
    expect(namesOf(entitiesOf('又讯广东香江企业集团总经理翟美卿女士捐款。'), 'organization')).toEqual(['广东香江企业集团']);
    expect(namesOf(entitiesOf('本报讯广东香江企业集团总经理翟美卿女士捐款。'), 'organization')).toEqual(['广东香江企业集团']);
  });

  it('reads a company named by two names joined with a dash, not a place before a dash', () => {
    const es = entitiesOf('损害可口可乐的销售，进而中断与佩诺—里加集团签订的代销合同。');
    expect(namesOf(es, 'organization')).toContain('佩诺—里加集团');
    expect(namesOf(entitiesOf('北京—上海集团成立。'), 'organization')).not.toContain('北京—上海集团');
  });
});
