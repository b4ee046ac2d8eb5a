import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

// Sentences written for the rules (orgs15), and the shapes of the held-out reports' titles (柳州市人民政府国有资产监督管理
// 委员会, 洛阳市人民政府外事办公室).
describe('a government’s department written after the government', () => {
  it('reads the department by its field, however generic its words, named by the place whose government keeps it', () => {
    expect(orgs('内蒙古自治区人民政府国有资产监督管理委员会批复同意包钢集团重组方案。')).toEqual([
      '内蒙古自治区国有资产监督管理委员会',
      '包钢集团',
    ]);
    expect(orgs('自治区人民政府国有资产监督管理委员会党委召开理论学习中心组学习会。')).toEqual(['自治区人民政府国有资产监督管理委员会']);
  });
  it('is the body the level’s short form stands for in the same report (市国资委)', () => {
    const found = entitiesOf('柳州市人民政府工作报告。柳州市人民政府国有资产监督管理委员会召开会议，市国资委要求各企业落实。');
    const body = entity(found, 'organization', '柳州市国有资产监督管理委员会');
    expect(body?.aliases).toEqual(expect.arrayContaining(['市国资委', '柳州市人民政府国有资产监督管理委员会']));
  });
  it('reads an autonomous prefecture’s government and its office by the level word (自治州人民政府办公室)', () => {
    expect(orgs('自治州人民政府办公室印发进一步优化营商环境实施方案。')).toEqual(['自治州人民政府办公室']);
    expect(orgs('在各族群众支持下，自治县人民政府开展工作。')).toEqual(['自治县人民政府']);
  });
  it('reads a league’s administrative office outside the league’s report where 盟 opens the clause', () => {
    expect(orgs('盟行政公署召开全盟安全生产工作会议。')).toEqual(['盟行政公署']);
  });
});

describe('a special administrative region’s bureau after the region’s name, with or without 政府', () => {
  it('reads the bureau whole, a word taken for a name before 及 and a bureau read alone inside it', () => {
    expect(orgs('与香港特别行政区康乐及文化事务署合作举办展览。')).toEqual(['香港特别行政区康乐及文化事务署']);
    expect(orgs('香港特区政府食物及卫生局发布消息。')).toEqual(['香港特区政府食物及卫生局']);
  });
});

describe('a corps’ division and an office’s section written after them', () => {
  it('reads 新疆生产建设兵团第十师 as one body, 师 a head only after its number', () => {
    expect(orgs('新疆生产建设兵团第十师与阿勒泰地区签订对口协作协议。')).toEqual(['新疆生产建设兵团第十师']);
    expect(orgs('新疆生产建设兵团教师培训中心开展工作。')).not.toContain('新疆生产建设兵团教师');
  });
  it('reads a foreign affairs office’s section (市外办国际交流科)', () => {
    expect(orgs('市外办国际交流科被评为先进集体。')).toEqual(['市外办国际交流科']);
  });
});
