import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// Sentences written for the rules orgs22 added from its news of six kinds (tests/fixtures/orgs22: tech firms, finance,
// football, hospitals and universities), none of them the set's own.
describe('organizations in business and sports news (orgs22)', () => {
  it('reads the two sides of a match’s result written without 队, each opening with a place', () => {
    const es = entitiesOf('河南队主场作战，大连英博客场2∶1战胜深圳新鹏城，梅州客家主场0∶0战平长春亚泰。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['大连英博', '深圳新鹏城', '梅州客家', '长春亚泰']));
    // A count or a ratio is no result, and a side that opens with no place names no team for certain.
    expect(namesOf(entitiesOf('全市共有4∶1的男女比例。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('昨晚的比赛中，卫冕冠军3∶1战胜对手。'), 'organization')).toEqual([]);
  });

  it('names a firm in Latin letters after the kind of firm it is, not the kind', () => {
    const es = entitiesOf('法国人工智能公司Mistral日前发布新模型。');
    expect(namesOf(es, 'organization')).toEqual(['Mistral']);
    expect(namesOf(es, 'place')).toContain('法国');
    // A product after a firm's own name is no firm, and a title after 公司 is none either.
    expect(namesOf(entitiesOf('苹果公司iPad销量回升。'), 'organization')).toEqual(['苹果公司']);
    expect(namesOf(entitiesOf('该公司CEO表示将扩大投资。'), 'organization')).toEqual([]);
  });

  it('takes a name in Latin letters given in brackets as the body’s short name, wherever it stands alone', () => {
    const es = entitiesOf('北京月之暗面科技有限公司（Moonshot）完成新一轮融资，Moonshot称将继续投入研发。');
    const firm = entity(es, 'organization', '北京月之暗面科技有限公司');
    expect(firm?.aliases).toEqual(['Moonshot']);
    expect(firm?.mentions).toHaveLength(3);
  });

  it('reads a short name in brackets whole, with the body read inside it (中科院 of 中科院物理所)', () => {
    const es = entitiesOf('中国科学院物理研究所（中科院物理所）发布了新的超导材料。');
    expect(namesOf(es, 'organization')).toEqual(['中国科学院物理研究所']);
    expect(entity(es, 'organization', '中国科学院物理研究所')?.aliases).toEqual(['中科院物理所']);
  });

  it('takes a body’s other full name in brackets as the same body (a hospital’s second name)', () => {
    const es = entitiesOf('苏州大学附属第一医院（苏州市第一人民医院）开设了夜间门诊。');
    expect(namesOf(es, 'organization')).toEqual(['苏州大学附属第一医院']);
    expect(entity(es, 'organization', '苏州大学附属第一医院')?.aliases).toEqual(['苏州市第一人民医院']);
  });

  it('opens a company at its place where a trade name stands between them and the industry is no listed word', () => {
    const es = entitiesOf('上海稀宇极智人工智能基础研究有限公司发布了新模型。');
    expect(namesOf(es, 'organization')).toEqual(['上海稀宇极智人工智能基础研究有限公司']);
    const bank = entitiesOf('温州瓯海农村商业银行股份有限公司向小微企业发放贷款。');
    expect(namesOf(bank, 'organization')).toEqual(['温州瓯海农村商业银行股份有限公司']);
  });

  it('reads exchanges and firms the dictionary glosses by their own name (港交所, 大众汽车)', () => {
    expect(namesOf(entitiesOf('据港交所披露，该公司回购了股份。'), 'organization')).toEqual(['香港交易所']);
    expect(namesOf(entitiesOf('大众汽车宣布下调全年销量预期。'), 'organization')).toEqual(['大众汽车']);
  });
});
