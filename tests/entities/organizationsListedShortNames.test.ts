import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const orgs = (s: string) => namesOf(entitiesOf(s), 'organization');

// Companies by the short names they are listed under (data: hqchart's A-share symbol list, src/entities/data/
// listedShortNames.ts), on sentences written for these rules, not taken from the measured sets.
describe('organizations: companies by their listed short names', () => {
  it('reads a short name that stands as a word of its own', () => {
    expect(orgs('长城汽车在保定举行新能源车型发布会。')).toEqual(['长城汽车']);
    expect(orgs('据中兴通讯公告，公司前三季度研发投入增长。')).toEqual(['中兴通讯']);
    expect(orgs('宁德时代与长安汽车在重庆签署战略合作协议。')).toEqual(['宁德时代', '长安汽车']);
  });

  it('reads a name that opens with a place, but not as the modifier of a noun after it', () => {
    expect(orgs('贵州茅台发布半年度报告，营业收入增长9%。')).toEqual(['贵州茅台']);
    expect(orgs('宁德时代发布新电池。')).toEqual(['宁德时代']);
    expect(orgs('贵州茅台酒厂扩建。')).not.toContain('贵州茅台');
  });

  it('reads a place and a trade that several listed names give a place only where a company is meant', () => {
    expect(orgs('西安旅游市场持续回暖，接待游客1.2亿人次。')).toEqual([]);
    expect(orgs('海南发展势头良好。')).toEqual([]);
    expect(orgs('据海南发展公告，公司净利润下降。')).toEqual(['海南发展']);
  });

  it('reads 中国 before a word of the language only where a company is meant', () => {
    expect(orgs('中国软件产业快速发展。')).toEqual([]);
    expect(orgs('中国卫星导航产业规模达5000亿元。')).toEqual([]);
    expect(orgs('中国平安旗下的寿险业务保持增长。')).toEqual(['中国平安']);
    expect(orgs('中国中免、中国中车和中国铁建表现亮眼。')).toEqual(['中国中免', '中国中车', '中国铁建']);
  });

  it('reads no short name that is a place or a word of the language', () => {
    expect(orgs('为建立和平、公正、和谐的新世界而不懈奋斗。')).toEqual([]);
    expect(orgs('推动太阳能发电、机器人产业发展，农产品价格总体稳定。')).toEqual([]);
    expect(orgs('红太阳照四方，万年青长青。')).toEqual([]);
    expect(orgs('国际医学交流，城市传媒融合发展。')).toEqual([]);
  });

  it('reads a company named in full after its short name or brand, the words of its trade between', () => {
    expect(orgs('三一重工股份有限公司发布海外订单公告。')).toEqual(['三一重工股份有限公司']);
    expect(orgs('中兴通讯股份有限公司与合作伙伴签署协议。')).toEqual(['中兴通讯股份有限公司']);
    expect(orgs('茅台集团全年实现营业收入1500亿元。')).toEqual(['茅台集团']);
    expect(orgs('鞍钢集团有限公司党委书记到厂调研。')).toEqual(['鞍钢集团有限公司']);
    expect(orgs('隆基绿能科技股份有限公司在西安发布新一代光伏组件。')).toEqual(['隆基绿能科技股份有限公司']);
    expect(orgs('中国出版集团发布年度好书。')).toEqual(['中国出版集团']);
  });
});
