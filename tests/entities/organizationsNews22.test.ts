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

  it('keeps the kind before a Latin name from naming a firm elsewhere (人工智能 … 人工智能公司Mistral)', () => {
    const es = entitiesOf('人工智能相关业务增长最快。法国人工智能公司Mistral日前发布新模型。');
    expect(namesOf(es, 'organization')).toEqual(['Mistral']);
  });

  it('reads a listed firm’s short name with the trade it is registered for as one firm (…证券, …银行)', () => {
    const es = entitiesOf('本周国泰君安证券上调了评级，中信建投证券则维持原判。');
    expect(namesOf(es, 'organization')).toEqual(['中信建投证券', '国泰君安证券']);
    expect(namesOf(entitiesOf('中信建投发布研报称，行业景气度回升。'), 'organization')).toEqual(['中信建投']);
  });

  it('reads 中央 before a trade name as the front of a national company’s registered name, not the party centre', () => {
    const es = entitiesOf('中央汇金资产管理有限责任公司当日公告。');
    expect(namesOf(es, 'organization')).toEqual(['中央汇金资产管理有限责任公司']);
    expect(namesOf(entitiesOf('党中央高度重视，中央作出部署。'), 'organization')).toEqual(['党中央']);
  });
});

describe('sole traders in notices (orgs22)', () => {
  it('reads a family farm with the county and town it is registered in', () => {
    const es = entitiesOf('县农业农村局抽查了安吉县天荒坪镇竹韵家庭农场的台账。');
    expect(namesOf(es, 'organization')).toContain('安吉县天荒坪镇竹韵家庭农场');
    expect(namesOf(entitiesOf('全县新增家庭农场120家，培育示范性家庭农场。'), 'organization')).toEqual([]);
  });

  it('reads an eating house or shop after 个体工商户 or 字号 by its trade name alone', () => {
    expect(namesOf(entitiesOf('执法人员对个体工商户张记面馆进行了检查。'), 'organization')).toEqual(['张记面馆']);
    expect(namesOf(entitiesOf('当事人：王芳（个体工商户，字号：岳麓区芳芳便利店）'), 'organization')).toEqual(['岳麓区芳芳便利店']);
    expect(namesOf(entitiesOf('他在镇上开了一家面馆。'), 'organization')).toEqual([]);
    // 老字号 is an old brand's standing, no 字号： before a name; a farm after 的 has no place or cue to bound it.
    expect(namesOf(entitiesOf('古城一带的老字号糕点店排起长队。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('长乐镇的青山家庭农场被评为示范农场。'), 'organization')).toEqual([]);
  });

  it('reads a level’s institution after a place’s full name as after its level word (湖北省|疾病预防控制中心)', () => {
    expect(namesOf(entitiesOf('四川省疾病预防控制中心发布健康提示。'), 'organization')).toEqual(['四川省疾病预防控制中心']);
    expect(namesOf(entitiesOf('湖北省重点协会召开会议。'), 'organization')).toEqual([]);
  });
});

describe('an index named after an exchange or a firm', () => {
  it('reads no exchange in 上证50 or 上证180指数, and the exchange where its board is meant', () => {
    expect(namesOf(entitiesOf('上证50指数上涨1.2%，上证180成份股调整。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('公司股票在上证主板上市。'), 'organization')).toEqual(['上海证券交易所']);
    expect(namesOf(entitiesOf('华为2023年营业收入7042亿元。'), 'organization')).toEqual(['华为']);
  });
});
