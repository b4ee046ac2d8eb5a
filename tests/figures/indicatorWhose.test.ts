import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// Indicators that must say whose or what the number measures, which the words next to it leave out: the deed of the places
// counted, the owner of a measure named before. Sentences of the State Council reports (../shared/corpus-wide/gwr, quoted)
// and sentences written for these tests.

describe('a count that opens its clause counts the doers of the deed after it', () => {
  it('places and bodies counted with what they did (gwr-2006, gwr-2012, gwr-2014)', () => {
    expect(keys('已有17个省（区、市）完成国有企业下岗职工基本生活保障向失业保险并轨。', 2006)).toEqual([
      ['17个', '国有企业下岗职工基本生活保障向失业保险并轨的省'],
    ]);
    expect(keys('28个省（区、市）全部免征了农业税，全国取消了牧业税。', 2006)).toEqual([['28个', '免征农业税的省']]);
    expect(keys('28个省份开展大病医疗保险试点。', 2014)).toEqual([['28个', '大病医疗保险试点的省份']]);
    expect(keys('在320个县开展新型农村社会养老保险试点，推动我国社会保障建设。', 2010)).toEqual([
      ['320个', '新型农村社会养老保险试点的县'],
    ]);
    expect(keys('今年有12家企业完成了技术改造。')).toEqual([['12家', '技术改造的企业']]);
  });

  it('the chain after such a clause still takes its scheme (gwr-2012)', () => {
    const text = '2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金。';
    expect(keys(text, 2012)).toEqual([
      ['2343个', '新型农村社会养老保险试点的县'],
      ['3.58亿人', '新型农村社会养老保险试点参保'],
      ['9880万人', '领取养老金'],
    ]);
  });

  it('a count with words before it, a list of counts, or a noun after 的 keeps its noun', () => {
    expect(keys('全市建成15个示范社区。')).toEqual([['15个', '示范社区']]);
    expect(keys('28个省（区、市）、2300个县（市）已初步建立社会救助体系的基本框架。', 2006)[0]).toEqual(['28个', '省']);
  });
});
