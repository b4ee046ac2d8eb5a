import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// Money whose own words name only who pays and how (中央财政将安排, 全国财政支出) is for what the clause before it says the
// sentence does. Sentences of the State Council reports (../shared/corpus-wide/gwr, quoted) and sentences written for these tests.

describe('money keyed with the purpose the clause before states', () => {
  it('a verb of support and its object (gwr-2012)', () => {
    const text = '支持重点产业振兴和技术改造，中央预算投资安排150亿元，支持4000多个项目，带动总投资3000亿元。';
    expect(keys(text, 2012)[0]).toEqual(['150亿元', '中央预算投资安排（重点产业振兴和技术改造）']);
    const funds = '各级政府加大对科技、教育、文化、卫生、体育事业的投入，全国财政支出2.82万亿元。';
    expect(keys(funds, 2012)).toEqual([['2.82万亿元', '财政支出（科技、教育、文化、卫生、体育事业）']]);
  });

  it('为…, 对于…, 在…方面, 为此, and the change after it (gwr-1956, gwr-1958, gwr-2004, gwr-2008)', () => {
    expect(keys('为加快社会保障体系建设，今年中央财政将安排2762亿元，比上年增加458亿元。', 2008)).toEqual([
      ['2762亿元', '中央财政将安排（加快社会保障体系建设）'],
      ['458亿元', '中央财政将安排（加快社会保障体系建设）增加'],
    ]);
    expect(keys('对于少数民族地区，本年预算共支出７９１，４５９，０００元，比１９５５年增长３２．５６％。', 1956)).toEqual([
      ['７９１，４５９，０００元', '预算共支出（少数民族地区）'],
      ['３２．５６％', '预算共支出（少数民族地区）增长'],
    ]);
    expect(keys('在交通运输业的基本建设方面，一九五八年国家投资共二十二亿元。', 1958)).toEqual([
      ['二十二亿元', '国家投资（交通运输业的基本建设）'],
    ]);
    const basics =
      '今年要启动西部地区“两基”攻坚计划，到2007年使西部地区基本普及九年义务教育，基本扫除青壮年文盲，中央财政将为此投入100亿元。';
    expect(keys(basics, 2004).at(-1)).toEqual(['100亿元', '中央财政将为此投入（基本扫除青壮年文盲）']);
  });

  it('leaves money alone that names its purpose, a clause with a figure of its own, and a clause of time', () => {
    expect(keys('国家集中力量建设一批重大水利工程，今年拟安排中央预算内水利投资700多亿元。', 2014)).toEqual([
      ['700多亿元', '中央预算内水利投资'],
    ]);
    expect(keys('支持企业技术改造，新增项目120个，中央财政安排50亿元。', 2020).at(-1)).toEqual(['50亿元', '中央财政安排']);
    expect(keys('从今年起，国家财政将每年安排支出1030多亿元。', 2006)).toEqual([['1030多亿元', '国家财政将每年安排支出']]);
  });
});

describe('places counted as those a pilot reaches', () => {
  it('试点扩大到N个县, 开始在N个省（市）试点 (gwr-2004, gwr-2006, gwr-2008, gwr-2014)', () => {
    expect(keys('新型农村合作医疗制度试点已扩大到671个县，惠及1.77亿农民。', 2006)[0]).toEqual(['671个', '新型农村合作医疗制度试点县']);
    expect(keys('做实基本养老保险个人账户试点扩大到11个省份。', 2008)).toEqual([['11个', '做实基本养老保险个人账户试点省份']]);
    expect(keys('酝酿多年的农村信用社改革开始在8个省（市）试点。', 2004)).toEqual([['8个', '农村信用社改革试点省']]);
    expect(keys('长期护理保险试点范围扩大到49个城市。', 2022)).toEqual([['49个', '长期护理保险试点城市']]);
  });

  it('a rate before the places is the share of them the pilot reaches (gwr-2006, gwr-2010, gwr-2016)', () => {
    expect(keys('扎实推进新型农村社会养老保险试点，试点范围扩大到23%的县。', 2010)).toEqual([['23%', '新型农村社会养老保险试点县比例']]);
    const cms = '加快推进新型农村合作医疗制度建设，今年把试点的范围扩大到全国40%的县。';
    expect(keys(cms, 2006)).toEqual([['40%', '新型农村合作医疗制度试点县比例']]);
    expect(keys('在70%左右的地市开展分级诊疗试点。', 2016)).toEqual([['70%', '分级诊疗试点地市比例']]);
    expect(keys('城镇居民基本医疗保险试点要扩大到全国50%以上的城市。', 2008)).toEqual([['50%', '城镇居民基本医疗保险试点城市比例']]);
  });

  it('keys towns too, and leaves places counted for no pilot alone', () => {
    expect(keys('全省已有86个县建立了社会救助体系。', 2010)[0]![1]).not.toContain('试点');
    expect(keys('农村综合改革试点扩大到1200个乡镇。', 2010)).toEqual([['1200个', '农村综合改革试点乡镇']]);
  });
});
