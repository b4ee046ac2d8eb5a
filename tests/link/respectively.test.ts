import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const links = figureLinks;
const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));

// A figure is about the place it is stated for (the gold's "subject or place of the quantity"): with 分别 each of the
// coordinated places has its own figure, in order.
describe('linkReport: 分别 pairs names and figures in order', () => {
  it('pairs two places with two changes in one clause', () => {
    const text = '秀洲区、平湖市债务率分别下降6.2个百分点和4.8个百分点。';
    expect(links(text, places(text, '秀洲区', '平湖市'))).toEqual([
      ['6.2个百分点', ['秀洲区']],
      ['4.8个百分点', ['平湖市']],
    ]);
  });

  it('pairs three places with three counts written with 、', () => {
    const text = '南湖区、秀洲区和嘉善县分别新增市场主体1200户、980户、1500户。';
    expect(links(text, places(text, '南湖区', '秀洲区', '嘉善县'))).toEqual([
      ['1200户', ['南湖区']],
      ['980户', ['秀洲区']],
      ['1500户', ['嘉善县']],
    ]);
  });

  it('pairs figures in the clauses after 分别 when its own clause has none', () => {
    const text = '南湖区、秀洲区分别完成整改任务12项,8项。';
    expect(links(text, places(text, '南湖区', '秀洲区'))).toEqual([
      ['12项', ['南湖区']],
      ['8项', ['秀洲区']],
    ]);
  });

  it('goes on pairing the same names at a later 分别 whose clause names nobody', () => {
    const text = '南湖区、秀洲区进出口分别完成86亿元、52亿元，分别增长4.1%、7.9%。';
    expect(links(text, places(text, '南湖区', '秀洲区'))).toEqual([
      ['86亿元', ['南湖区']],
      ['52亿元', ['秀洲区']],
      ['4.1%', ['南湖区']],
      ['7.9%', ['秀洲区']],
    ]);
  });

  it('pairs places written one inside the other as one member each (a district and its town)', () => {
    const text = '东城区和平街道、南山县青石镇分别建成老年食堂3个、2个。';
    const towns = [
      makeEntity('place', '东城区', text, [], { level: 'county' }),
      makeEntity('place', '和平街道', text, [], { level: 'town' }),
      makeEntity('place', '南山县', text, [], { level: 'county' }),
      makeEntity('place', '青石镇', text, [], { level: 'town' }),
    ];
    expect(links(text, towns)).toEqual([
      ['3个', ['东城区', '和平街道']],
      ['2个', ['南山县', '青石镇']],
    ]);
  });

  it('reads a city written right before its own zone as part of the zone’s name', () => {
    const text = '江州高新区、临港示范区工业产值分别增长8.1%和6.4%。';
    const zones = [
      makeEntity('place', '江州市', text, ['江州'], { level: 'city' }),
      makeEntity('place', '高新区', text, [], { level: 'zone', path: ['江州市'] }),
      makeEntity('place', '临港示范区', text, [], { level: 'zone' }),
    ];
    expect(links(text, zones)).toEqual([
      ['8.1%', ['高新区']],
      ['6.4%', ['临港示范区']],
    ]);
  });

  it('leaves a total shared when the counts do not pair up', () => {
    const text = '南湖区、秀洲区分别完成整改任务,共计32项。';
    expect(links(text, places(text, '南湖区', '秀洲区'))).toEqual([['32项', ['南湖区', '秀洲区']]]);
  });

  it('pairs the names that close the clause before a 分别 clause naming nobody', () => {
    const text = '全年纳税额居前两位的企业为华越纺织有限公司和鼎泰建材有限公司，分别缴纳税款2.1亿元、1.4亿元。';
    const firms = ['华越纺织有限公司', '鼎泰建材有限公司'].map((n) => makeEntity('organization', n, text));
    expect(links(text, firms)).toEqual([
      ['2.1亿元', ['华越纺织有限公司']],
      ['1.4亿元', ['鼎泰建材有限公司']],
    ]);
  });

  it('pairs the names that open the clause before a 分别 clause naming nobody', () => {
    const text = '南湖区、秀洲区完成整改，分别新增制度12项、8项。';
    expect(links(text, places(text, '南湖区', '秀洲区'))).toEqual([
      ['12项', ['南湖区']],
      ['8项', ['秀洲区']],
    ]);
  });

  it('does not pair names standing inside the clause before, neither opening nor closing it (the places acted on share both)', () => {
    const text = '对南湖区、秀洲区开展督查，分别发现问题12个、8个。';
    expect(links(text, places(text, '南湖区', '秀洲区'))).toEqual([
      ['12个', ['南湖区', '秀洲区']],
      ['8个', ['南湖区', '秀洲区']],
    ]);
  });
});

// links14 (written before the rule): 开封府、龙亭景区、万岁山武侠城分别接待游客186万人次、152万人次和238万人次 (held-out 开封, two of
// the three sites not read as entities) gave all three counts to the one site read.
describe('linkReport: 分别 before a list of which only some members are read', () => {
  it('gives each figure its own member, and none to the members not read', () => {
    const text = '城东公园、滨江湿地公园、南山森林公园分别接待游客86万人次、52万人次和38万人次。';
    expect(links(text, places(text, '滨江湿地公园'))).toEqual([
      ['86万人次', []],
      ['52万人次', ['滨江湿地公园']],
      ['38万人次', []],
    ]);
  });

  it('keeps the subject where the items before 分别 are not as many as the figures', () => {
    const text = '县文旅局组织景区开展促销，分别接待游客86万人次、52万人次和38万人次。';
    const got = links(text, [makeEntity('organization', '县文旅局', text)]);
    expect(got).toEqual([
      ['86万人次', ['县文旅局']],
      ['52万人次', ['县文旅局']],
      ['38万人次', ['县文旅局']],
    ]);
  });
});
