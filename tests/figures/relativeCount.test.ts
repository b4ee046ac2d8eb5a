import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// A relative clause before a number says which of the noun after it are counted. Sentences of the State Council reports
// (../shared/corpus-wide/gwr), the held-out reports and written for these tests.

describe('a relative clause before a count', () => {
  it('keeps the clause with the noun counted (gwr-1954, gwr-1992)', () => {
    expect(keys('在苏联协助我国建设的一百四十一个项目中，已全部或者部分完工并投入生产的有十七项。', 1954)[0]).toEqual([
      '一百四十一个',
      '苏联协助我国建设的项目',
    ]);
    expect(keys('去年提出的关于搞好国营大中型企业的２０条措施，正在逐步落实。', 1992)).toEqual([['２０条', '搞好国营大中型企业的措施']]);
  });

  it('a measure of the noun too, when the clause alone was read (gwr-1954)', () => {
    expect(keys('在成灾的八千余万亩农田中，有三千万亩在短期内尚难排出积水。', 1954)[0]).toEqual(['八千余万亩', '成灾的农田']);
  });

  it('the clause begins after a preposition, a verb of reference or a completed main verb (held-out reports)', () => {
    expect(keys('集团党组对照反馈的3个方面，逐条制定整改措施。')).toEqual([['3个', '反馈的方面']]);
    expect(keys('华源国际工程有限公司对在建的47个境外项目逐一开展风险排查。')).toEqual([['47个', '在建的境外项目']]);
    expect(keys('分4批通报了我市查处的10起违反中央八项规定精神问题。')[1]).toEqual(['10起', '我市查处的违反中央八项规定精神问题']);
    expect(keys('对认罪认罚的3128名被告人依法从宽处理。')[0]![1]).toMatch(/^认罪认罚的被告人/);
  });

  it('not a date, a place or a word that is no noun', () => {
    expect(keys('在本年的４５种主要工业产品中，有３７种完成了计划。', 1956)[0]).toEqual(['４５种', '主要工业产品']);
    expect(keys('对发现问题的87卷全部整改到位。')[0]![1]).not.toMatch(/全部/);
    expect(keys('国营机械化农场由１９５４年的９７个增加到１０６个。', 1956)[0]).toEqual(['９７个', '国营机械化农场']);
  });
});
