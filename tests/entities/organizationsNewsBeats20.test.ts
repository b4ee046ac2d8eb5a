import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// Sentences written for the rules orgs20 added from its news articles (tests/fixtures/orgs20), none of them the set's own.
describe('organizations in news of markets, sport, schools and parties (orgs20)', () => {
  it('reads a listed short name of words of the language beside another listed name (东方财富、中信证券)', () => {
    expect(namesOf(entitiesOf('午后东方财富、中信证券双双拉升，板块指数走强。'), 'organization')).toEqual(['东方财富', '中信证券']);
    // Alone it is the East's wealth, no company.
    expect(namesOf(entitiesOf('这片土地蕴藏着东方财富的秘密。'), 'organization')).toEqual([]);
  });

  it('reads a party after its standing, not the standing with the country (南非|执政党|非洲人国民大会)', () => {
    const es = entitiesOf('南非执政党非洲人国民大会当天召开全国执行委员会会议。');
    expect(namesOf(es, 'organization')).toContain('非洲人国民大会');
    expect(namesOf(es, 'organization')).not.toContain('南非执政党非洲人国民大会');
    expect(namesOf(es, 'place')).toEqual(['南非']);
  });

  it('reads a university’s affiliated school whole (…大学附属实验中学, …大学附属中学/n)', () => {
    expect(namesOf(entitiesOf('华东师范大学附属实验小学的学生参加了夏令营。'), 'organization')).toEqual(['华东师范大学附属实验小学']);
    expect(namesOf(entitiesOf('华南师范大学附属中学今年录取新生800人。'), 'organization')).toEqual(['华南师范大学附属中学']);
  });

  it('reads a national administration whose field jieba reads as verbs (国家|疾病|预防|控制|局)', () => {
    expect(namesOf(entitiesOf('国家疾病预防控制局当天发布了健康提示。'), 'organization')).toEqual(['国家疾病预防控制局']);
    // 国家 before a verb is the state doing something, no agency.
    expect(namesOf(entitiesOf('国家支持发展局部地区的特色产业。'), 'organization')).toEqual([]);
  });

  it('reads clubs named City or United after their town in a sentence about a match (莱斯特城队, 纽卡斯尔联队)', () => {
    const names = namesOf(entitiesOf('纽卡斯尔联队主场2∶1击败莱斯特城队，利物浦队客场逼平对手。'), 'organization');
    expect(names).toEqual(['利物浦队', '纽卡斯尔联队', '莱斯特城队']);
  });

  it('reads a short name given in brackets as the body wherever it then stands alone (非国大, 华师附中)', () => {
    const es = entitiesOf('华南师范大学附属中学（华师附中）举行开学典礼，华师附中校长致辞。');
    expect(namesOf(es, 'organization')).toEqual(['华南师范大学附属中学']);
    expect(entity(es, 'organization', '华南师范大学附属中学')?.aliases).toEqual(['华师附中']);
    // A place in brackets says where the body is, no short name of it.
    expect(namesOf(entitiesOf('浙江大学（杭州）举办了论坛。'), 'place')).toContain('杭州市');
  });

  it('joins a company’s bracketed or inner short name to its full name (上汽集团, 寒武纪)', () => {
    const es = entitiesOf('广州汽车集团股份有限公司（广汽集团）发布公告，广汽集团三季度销量增长。');
    expect(namesOf(es, 'organization')).toEqual(['广州汽车集团股份有限公司']);
    const inner = entitiesOf('中科寒武纪科技股份有限公司发布年报，寒武纪营收增长。');
    expect(namesOf(inner, 'organization')).toEqual(['中科寒武纪科技股份有限公司']);
  });
});

describe('organizations: a court’s judgment is no division of it (orgs20)', () => {
  it('reads the court alone before 一审判处, and a numbered unit before its head', () => {
    expect(namesOf(entitiesOf('广州市中级人民法院一审判处被告人有期徒刑十二年。'), 'organization')).toEqual(['广州市中级人民法院']);
    expect(namesOf(entitiesOf('英伟达和台积电的市值双双创下新高。'), 'organization')).toEqual(['台积电', '英伟达']);
  });
});

describe('organizations: units named after their body (orgs20)', () => {
  it('reads a ministry’s department (司) and a university’s school named by a common field', () => {
    expect(namesOf(entitiesOf('财政部预算司有关负责人就预算执行情况答记者问。'), 'organization')).toEqual(['财政部预算司']);
    expect(namesOf(entitiesOf('复旦大学公共卫生学院院长在论坛上发言。'), 'organization')).toEqual(['复旦大学公共卫生学院']);
    // A rank of schools is no school's name.
    expect(namesOf(entitiesOf('该大学二级学院设有多个专业。'), 'organization')).toEqual([]);
  });
});

describe('organizations: names listed beside a company (orgs20)', () => {
  it('reads a name jieba does not know, or a name and a firm’s trade word, listed beside a company', () => {
    expect(namesOf(entitiesOf('京东集团、美团和拼多多在618期间展开激烈竞争。'), 'organization')).toEqual(['京东集团', '拼多多', '美团']);
    const banks = namesOf(entitiesOf('外资方面，高盛集团和野村证券上周合计增持A股。'), 'organization');
    expect(banks).toContain('野村证券');
    // A fund's field after a fund is no company (…引导基金、中小企业发展基金), nor a kind of body beside a bank.
    expect(namesOf(entitiesOf('中国银行和农村信用社联合推出小额贷款。'), 'organization')).toEqual(['中国银行']);
  });
});
