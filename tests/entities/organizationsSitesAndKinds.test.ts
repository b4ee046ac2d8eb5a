import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for the case by helper orgs13 (none from a report).
describe('organizations: museums named by their own site', () => {
  it('reads a museum its site names, also where jieba tags the site as a numeral (三星堆/m)', () => {
    expect(namesOf(entitiesOf('三星堆博物馆新馆今天开馆。'), 'organization')).toEqual(['三星堆博物馆']);
    expect(namesOf(entitiesOf('金沙遗址博物馆全年接待游客120万人次。'), 'organization')).toEqual(['金沙遗址博物馆']);
    expect(namesOf(entitiesOf('故宫博物院举办文物特展。'), 'organization')).toEqual(['故宫博物院']);
  });
  it('leaves a museum a place’s name opens to the places (南非国家博物馆), and a count to the counts (一下子)', () => {
    expect(namesOf(entitiesOf('南非国家博物馆展出出土文物。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('他一下子医院里就来了。'), 'organization')).toEqual([]);
  });
});

describe('organizations: a company by a brand that ends as a dateline does', () => {
  it('reads 腾讯公司 (腾讯/nz), not a dateline’s 讯 (本报讯, 又讯)', () => {
    expect(namesOf(entitiesOf('腾讯公司与华为技术有限公司签署云计算合作协议。'), 'organization')).toEqual(['华为技术有限公司', '腾讯公司']);
    expect(namesOf(entitiesOf('又讯广东香江企业集团捐款100万元。'), 'organization')).toEqual(['广东香江企业集团']);
  });
});

describe('organizations: kinds of body, not names', () => {
  it('reads no company in a kind counted after its word (强村公司15家)', () => {
    expect(namesOf(entitiesOf('全县组建强村公司15家，带动村集体经济增收800万元。'), 'organization')).toEqual([]);
  });
  it('reads no station in the stations of every town (各乡镇卫生院)', () => {
    expect(namesOf(entitiesOf('县疾病预防控制中心在各乡镇卫生院开展包虫病筛查。'), 'organization')).toEqual(['县疾病预防控制中心']);
  });
});

describe('organizations: a regional legislature alone', () => {
  it('reads 立法会 where the region is understood, not in the name of its election', () => {
    expect(namesOf(entitiesOf('特区政府将条例草案提交立法会审议。'), 'organization')).toContain('立法会');
    expect(namesOf(entitiesOf('对于香港首届立法会选举事务，中央未予任何干预。'), 'organization')).not.toContain('立法会');
  });
});
