import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { withoutOwner } from '../../src/figures/indicators/ownerOutOfKey.ts';

// The place or body a figure is of, written before what it measures, is its link and no part of its key (figures22;
// sentences written for this test).
const keysAndLinks = (text: string) => {
  const x = extractReport({ path: 't.txt', file: 't.txt', format: 'txt', encoding: 'UTF-8', content: text, meta: {} });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.figures.map((f) => [f.text, f.indicator, f.entities.map((id) => name.get(id)).join(',')]);
};

describe('withoutOwner: the owner’s name out of the key', () => {
  it('drops a name that opens the key, its 的 and a light verb after it', () => {
    expect(withoutOwner('梅江区每千人口床位数', ['梅江区'])).toBe('每千人口床位数');
    expect(withoutOwner('某某公司的营业收入', ['某某公司'])).toBe('营业收入');
    expect(withoutOwner('县志愿者协会组织志愿者服务', ['县志愿者协会'])).toBe('志愿者服务');
  });
  it('drops the tail of a firm’s name a read began inside', () => {
    expect(withoutOwner('集团有限公司完成货物吞吐量', ['舟山远洋物流集团有限公司'])).toBe('货物吞吐量');
  });
  it('keeps a name that says which set is counted, and a key that would be left with a word', () => {
    expect(withoutOwner('县交通局所属的企业', ['县交通局'])).toBe('县交通局所属的企业');
    expect(withoutOwner('某某镇和某某乡', ['某某镇'])).toBe('某某镇和某某乡');
    expect(withoutOwner('某某公司投', ['某某公司'])).toBe('某某公司投');
  });
});

describe('a figure’s key in a report: the linked town, county or firm out of it, the state’s organs kept', () => {
  it('a county’s and a hospital’s figures are keyed as anyone’s', () => {
    expect(
      keysAndLinks('丽水市2023年卫生健康事业发展概况\n景宁畲族自治县每千人口床位数5.6张。丽水市中心医院全年门急诊量达到210万人次。'),
    ).toEqual([
      ['5.6张', '每千人口床位数', '景宁畲族自治县'],
      ['210万人次', '门急诊量', '丽水市中心医院'],
    ]);
  });
  it('a party committee that leads keeps its name in the key', () => {
    const got = keysAndLinks('2023年工作总结\n县委常委会专题研究整改工作12次。');
    expect(got[0]?.[1]).toMatch(/^县委常委会/);
  });
});
