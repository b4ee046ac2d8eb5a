import { describe, expect, it } from 'vitest';
import { dateSpans, findDates } from '../../src/figures/findDates.ts';

const values = (t: string) => findDates(t, 'r').map((d) => [d.text, d.value]);

describe('full dates and ranges (Dongguan sentences)', () => {
  it('normalizes a day range whose end inherits the year', () => {
    const t = '根据省委统一部署,2018年3月12日至5月14日,省委第二巡视组对东莞市进行了巡视。';
    const [d] = findDates(t, 'dongguan-2018');
    expect(d).toEqual({
      id: 'dongguan-2018-d1',
      report: 'dongguan-2018',
      text: '2018年3月12日至5月14日',
      value: '2018-03-12/2018-05-14',
      start: 9,
      end: 25,
    });
    expect(t.slice(d!.start, d!.end)).toBe(d!.text);
  });
  it('normalizes a single day and the signature date', () => {
    expect(values('2018年7月31日,省委巡视组向我市反馈了巡视意见。\n中共东莞市委\n2018年11月26日')).toEqual([
      ['2018年7月31日', '2018-07-31'],
      ['2018年11月26日', '2018-11-26'],
    ]);
  });
  it('normalizes a month range within a year', () => {
    expect(values('2018年1-9月全市GDP增长7.5%')).toEqual([['2018年1-9月', '2018-01/2018-09']]);
    expect(values('2018年6-10月,共排查基层正风反腐问题线索1679条')).toEqual([['2018年6-10月', '2018-06/2018-10']]);
  });
  it('normalizes a year range, also inside a 《》 title', () => {
    expect(values('出台《东莞市打好污染防治攻坚战三年行动计划(2018-2020年)》')).toEqual([['2018-2020年', '2018/2020']]);
    expect(values('共清理出2015年至2017年应收未收土地出让金')).toEqual([['2015年至2017年', '2015/2017']]);
  });
  it('reads the dashes and connectors reports use between the ends of a range', () => {
    expect(values('(2018—2020年)')).toEqual([['2018—2020年', '2018/2020']]);
    expect(values('（２０１８－２０２０年）')).toEqual([['２０１８－２０２０年', '2018/2020']]);
    expect(values('2018年-2020年')).toEqual([['2018年-2020年', '2018/2020']]);
    expect(values('2022年3月7日至2022年4月29日')).toEqual([['2022年3月7日至2022年4月29日', '2022-03-07/2022-04-29']]);
    expect(values('2021年3月至6月')).toEqual([['2021年3月至6月', '2021-03/2021-06']]);
    expect(values('2021年10月12日至14日')).toEqual([['2021年10月12日至14日', '2021-10-12/2021-10-14']]);
  });
  it('does not make a range of 至今', () => {
    expect(values('2018年至今已达3062.14万人次')).toEqual([['2018年', '2018']]);
  });
  it('normalizes a year and a month', () => {
    expect(values('严格落实《关于做好2018年发展党员工作的通知》')).toEqual([['2018年', '2018']]);
    expect(values('从2018年9月起执行新的津贴补贴标准')).toEqual([['2018年9月', '2018-09']]);
  });
  it('normalizes a range across years (Xinchang)', () => {
    expect(values('2020年11月10日至2021年1月13日,省委第九巡视组对新昌县进行了巡视')).toEqual([
      ['2020年11月10日至2021年1月13日', '2020-11-10/2021-01-13'],
    ]);
  });
});

describe('dates without a year', () => {
  it('takes the year of the nearest dated mention before it', () => {
    expect(values('2018年7月31日反馈。省委书记李希同志7月11日在省委书记专题会上讲话,湾区大道于8月底正式动工')).toEqual([
      ['2018年7月31日', '2018-07-31'],
      ['7月11日', '2018-07-11'],
      ['8月', '2018-08'],
    ]);
  });
  it('is not thrown back to a past year named in passing', () => {
    expect(values('2018年8月召开会议。开展2014年专项治理后新增“裸官”。9月4日市委常委会会议专题学习')).toEqual([
      ['2018年8月', '2018-08'],
      ['2014年', '2014'],
      ['9月4日', '2018-09-04'],
    ]);
  });
  it('takes the first year after it when none comes before, and stays partial with none at all', () => {
    expect(values('7月20日起实行第一议题制度。2018年以来成效明显')[0]).toEqual(['7月20日', '2018-07-20']);
    expect(values('3月12日至15日开展督查')).toEqual([['3月12日至15日', '--03-12/--03-15']]);
  });
});

describe('other written forms', () => {
  it('reads ISO and dotted dates', () => {
    expect(values('发布时间:2021-10-28 来源')).toEqual([['2021-10-28', '2021-10-28']]);
    expect(values('于2023.8.29反馈')).toEqual([['2023.8.29', '2023-08-29']]);
  });
  it('reads a date in Chinese numerals', () => {
    expect(values('中共东莞市委\n二〇一八年十一月二十六日')).toEqual([['二〇一八年十一月二十六日', '2018-11-26']]);
  });
  it('reads full-width digits, keeping offsets into the text as given', () => {
    const t = '于２０２３年８月２９日反馈';
    expect(findDates(t, 'r')[0]).toMatchObject({ text: '２０２３年８月２９日', value: '2023-08-29', start: 1 });
  });
});

describe('what is not a date', () => {
  it.each([
    ['a count of months', '用3个月时间集中整治'],
    ['a quantity of years', '5年来累计投入'],
    ['a figure that is a year-sized number', '复耕复绿约2100亩,罚款约2000多万元'],
    ['a day count', '3个工作日办结'],
    ['a month number out of range', '第13月'],
    ['今年', '今年以来查处为官不为问题62件'],
  ])('%s', (_what, t) => {
    expect(findDates(t, 'r')).toEqual([]);
  });
  it('keeps the figure after a year out of the date (对2017年30名)', () => {
    expect(values('对2017年30名市管干部违规出国(境)问题进行处理')).toEqual([['2017年', '2017']]);
  });
});

describe('dateSpans for figure exclusion', () => {
  it('covers the digits of dates and leaves figures alone', () => {
    const t = '2018年1-9月全市GDP增长7.5%,《理论热点名词100例》,截至10月底,已整改涉土问题25个';
    const spans = dateSpans(t).map((s) => t.slice(s.start, s.end));
    expect(spans).toEqual(['2018年1-9月', '10月']);
  });
});
