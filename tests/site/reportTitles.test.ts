import { describe, expect, it } from 'vitest';
import { distinctTitles } from '../../src/site/reportTitles.ts';

describe('the title a report is shown by', () => {
  it('is its own title where no other report shares it', () => {
    const titles = distinctTitles([
      { id: 'dongguan-2018', title: '中共东莞市委关于省委巡视整改进展情况的通报', date: '2018-11-26' },
      { id: 'hangzhou-2021', title: '中共杭州市委关于省委巡视整改进展情况的通报', date: '2021' },
    ]);
    expect(titles.get('dongguan-2018')).toBe('中共东莞市委关于省委巡视整改进展情况的通报');
  });

  it('adds the date where reports share a title (a corpus of government work reports), the id where they share the date too', () => {
    const titles = distinctTitles([
      { id: 'gwr-2016', title: '政府工作报告', date: '2016' },
      { id: 'gwr-2018', title: '政府工作报告', date: '2018' },
      { id: 'gwr-2018-summary', title: '政府工作报告', date: '2018' },
      { id: 'gwr-1958', title: '关于一九五八年度国民经济计划（草案）的报告', date: '1958' },
    ]);
    expect([...titles.values()]).toEqual([
      '政府工作报告（2016）',
      '政府工作报告（gwr-2018）',
      '政府工作报告（gwr-2018-summary）',
      '关于一九五八年度国民经济计划（草案）的报告',
    ]);
  });
});
