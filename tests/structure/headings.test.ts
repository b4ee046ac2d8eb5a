import { describe, expect, it } from 'vitest';
import { detectHeading } from '../../src/structure/detectHeading.ts';
import { foldWidth } from '../../src/text/foldWidth.ts';

// One line as a paragraph spanning the whole text.
function heading(line: string) {
  return detectHeading(line, foldWidth(line), { start: 0, end: line.length });
}

describe('the four numbering styles (Dongguan lines)', () => {
  it('reads 一、 as level 1', () => {
    const h = heading('一、全面向上对标对表,坚决落实巡视整改政治责任')!;
    expect(h).toMatchObject({
      level: 1,
      number: '一、',
      ordinal: 1,
      heading: '全面向上对标对表,坚决落实巡视整改政治责任',
      headingStart: 2,
    });
  });
  it('reads (一) as level 2', () => {
    expect(heading('(四)强化工作统筹,以整改成效促进改革发展')).toMatchObject({
      level: 2,
      number: '(四)',
      ordinal: 4,
      heading: '强化工作统筹,以整改成效促进改革发展',
    });
  });
  it('reads 1. as level 3 and keeps a 关于…问题 heading whole', () => {
    expect(heading('1.关于贯彻落实党中央和省委重大决策部署不到位问题')).toMatchObject({
      level: 3,
      number: '1.',
      heading: '关于贯彻落实党中央和省委重大决策部署不到位问题',
    });
  });
  it('reads (1) as level 4 and stops at the first 。 when the body follows on the same line', () => {
    const line = '(1)全力推进污染防治攻坚。高规格召开东莞市生态环境保护大会暨污染防治攻坚战现场推进会';
    const h = heading(line)!;
    expect(h).toMatchObject({ level: 4, number: '(1)', heading: '全力推进污染防治攻坚', headingStart: 3, headingEnd: 13 });
    expect(line.slice(h.headingStart, h.headingEnd)).toBe('全力推进污染防治攻坚');
  });
  it('skips page-break markup before the number', () => {
    const line = '[NextPage][/NextPage]二、聚焦问题精准发力,确保各项整改工作落实到位';
    const h = heading(line)!;
    expect(h).toMatchObject({
      level: 1,
      number: '二、',
      ordinal: 2,
      numberStart: 21,
      heading: '聚焦问题精准发力,确保各项整改工作落实到位',
    });
  });
});

describe('full-width and half-width numbers', () => {
  it('reads （一） like (一), keeping the number as written', () => {
    expect(heading('（一）提高政治站位，增强整改政治自觉。市委坚持把学懂弄通做实')).toMatchObject({
      level: 2,
      number: '（一）',
      heading: '提高政治站位，增强整改政治自觉',
    });
  });
  it('reads 1． and 1、 like 1.', () => {
    expect(heading('2．关于党组织领导有待加强问题')).toMatchObject({ level: 3, number: '2．', ordinal: 2 });
    expect(heading('3、关于国有资产流失问题')).toMatchObject({ level: 3, number: '3、', heading: '关于国有资产流失问题' });
  });
  it('reads （１） with full-width digits as level 4', () => {
    expect(heading('（１）全面深化改革开放')).toMatchObject({ level: 4, ordinal: 1, heading: '全面深化改革开放' });
  });
  it('reads the slip 一， as 一、', () => {
    expect(heading('二，聚焦反馈问题，全力推进整改落实')).toMatchObject({
      level: 1,
      number: '二，',
      heading: '聚焦反馈问题，全力推进整改落实',
    });
  });
  it('reads 十一、 as ordinal 11', () => {
    expect(heading('十一、加强作风建设')).toMatchObject({ level: 1, ordinal: 11 });
  });
  it('drops a closing colon and stops at a colon followed by text', () => {
    expect(heading('一、主要做法：')?.heading).toBe('主要做法');
    expect(heading('（二）工作目标：到2020年全面完成整改任务。')?.heading).toBe('工作目标');
  });
});

describe('numbers that are not headings', () => {
  it.each([
    ['a decimal figure', '1.5万人次参加培训。'],
    ['a month range', '1-9月全市GDP增长7.5%。'],
    ['a 1+N label', '1+N政策体系加快出台。'],
    ['an enumerated action', '一是全面打响水污染防治攻坚战。出台行动计划。'],
    ['a sentence that only mentions a number later', '全市新建截污次支管网1152公里。'],
    ['a list of quarters', '一、二季度全市经济稳中向好。'],
    ['a list of months', '2、3月份集中开展督查。'],
    ['a numbered paragraph whose first sentence is too long to be a title', `1.${'严格落实整改责任,'.repeat(12)}确保整改到位。`],
  ])('%s', (_what, line) => {
    expect(heading(line)).toBeNull();
  });
  it('a (一) line whose body runs on without a stop gives its first clause as the heading', () => {
    const line = `（三）强化督促检查，${'县委将巡视整改工作纳入各级各部门年度绩效考核内容，'.repeat(5)}`;
    expect(heading(line)).toMatchObject({ level: 2, heading: '强化督促检查' });
  });
  it('a year after 1. is still a heading, not a decimal', () => {
    expect(heading('1.2018年以来的整改情况')).toMatchObject({ level: 3, heading: '2018年以来的整改情况' });
  });
  it('a 。 inside quotes does not end the heading', () => {
    expect(heading('(二)落实“有错必纠。”要求,全面整改。其余正文')?.heading).toBe('落实“有错必纠。”要求,全面整改');
  });
});
