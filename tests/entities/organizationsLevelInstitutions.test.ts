import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for the case by helper orgs6 (tests/fixtures/orgs6/genre-sentences.tsv and the like).
describe('organizations: a level’s own institutions and offices', () => {
  it('reads associations, foundations, a supply cooperative and schools after a level word', () => {
    expect(namesOf(entitiesOf('省慈善总会、省青少年发展基金会募集善款1.6亿元。'), 'organization')).toEqual([
      '省慈善总会',
      '省青少年发展基金会',
    ]);
    expect(namesOf(entitiesOf('县供销社领办的合作社托管耕地3.5万亩。'), 'organization')).toEqual(['县供销社']);
    expect(namesOf(entitiesOf('县职业技术学校新建实训楼一座。'), 'organization')).toEqual(['县职业技术学校']);
    expect(namesOf(entitiesOf('市中心血站开展无偿献血宣传活动。'), 'organization')).toEqual(['市中心血站']);
  });
  it('reads a county’s jail, armed forces’ department, school for the elderly and union of supply cooperatives (orgs11)', () => {
    expect(namesOf(entitiesOf('县看守所、县人民武装部联合开展消防演练。'), 'organization')).toEqual(['县人民武装部', '县看守所']);
    expect(namesOf(entitiesOf('县老年大学开设书法、太极等课程28门，在校学员1500人。'), 'organization')).toEqual(['县老年大学']);
    expect(namesOf(entitiesOf('县供销合作社联合社下属农资公司储备化肥3000吨。'), 'organization')).toEqual(['县供销合作社联合社']);
  });
  it('reads a numbered school of its kind after a level word (县第二实验小学), not every county’s', () => {
    expect(namesOf(entitiesOf('县第二实验小学获评全省文明校园。'), 'organization')).toEqual(['县第二实验小学']);
  });
  it('reads no body in a bare 协会 or a kind of association (市属协会)', () => {
    expect(namesOf(entitiesOf('市协会换届工作顺利完成。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('规范市属协会商会收费行为。'), 'organization')).toEqual([]);
  });
  it('reads hospitals of Chinese medicine and numbered people’s hospitals after a level word', () => {
    expect(namesOf(entitiesOf('市人民医院、市中医院组建医联体。'), 'organization')).toEqual(['市中医院', '市人民医院']);
    expect(namesOf(entitiesOf('市第一人民医院新建门诊楼。'), 'organization')).toEqual(['市第一人民医院']);
  });
  it('reads the government’s own office, not the government (市政府办公室)', () => {
    expect(namesOf(entitiesOf('市政府办公室、市司法局牵头开展文件清理。'), 'organization')).toEqual(['市司法局', '市政府办公室']);
  });
});

describe('organizations: a national body’s office in a province or city', () => {
  it('reads the owner, the place and the office as one body', () => {
    expect(namesOf(entitiesOf('中国证监会浙江监管局对某公司采取责令改正措施。'), 'organization')).toEqual(['中国证监会浙江监管局']);
    expect(namesOf(entitiesOf('国家金融监督管理总局湖州监管分局督促辖内银行整改。'), 'organization')).toEqual([
      '国家金融监督管理总局湖州监管分局',
    ]);
    expect(namesOf(entitiesOf('中国人民银行杭州中心支行召开推进会。'), 'organization')).toEqual(['中国人民银行杭州中心支行']);
    expect(namesOf(entitiesOf('中国电信杭州分公司建成5G基站1.2万个。'), 'organization')).toEqual(['中国电信杭州分公司']);
  });
});

describe('organizations: a zone’s management committee', () => {
  it('reads the zone, the city written before it and the committee as one body', () => {
    expect(namesOf(entitiesOf('苏州工业园区管理委员会与开发集团签署合作协议。'), 'organization')).toContain('苏州工业园区管理委员会');
    // The city before the zone is read with it or left to the place (another rule may read the zone's name first).
    const zone = namesOf(entitiesOf('湖州南太湖新区管委会原副主任周某某被开除党籍。'), 'organization');
    expect(zone).toHaveLength(1);
    expect(zone[0]).toMatch(/南太湖新区管委会$/);
    expect(namesOf(entitiesOf('高新区管委会、市科技局共同设立转化基金。'), 'organization')).toEqual(['市科技局', '高新区管委会']);
  });

  it('reads no body in a place’s administrative centre, a building (an address on a county’s disclosure report), but its service centre', () => {
    expect(namesOf(entitiesOf('地址：铅山县河口镇新城区行政中心三楼。市行政中心搬迁至新区。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('县行政服务中心新增办事窗口12个。'), 'organization')).toEqual(['县行政服务中心']);
  });

  it('reads a trade’s union after its place where jieba tags the trade a verb (桐庐县|快递/v|行业|工会联合会)', () => {
    expect(namesOf(entitiesOf('指导成立桐庐县快递行业工会联合会，覆盖快递企业46家。'), 'organization')).toEqual([
      '桐庐县快递行业工会联合会',
    ]);
    expect(namesOf(entitiesOf('县整治行业乱象工作取得成效。'), 'organization')).toEqual([]);
  });
});
