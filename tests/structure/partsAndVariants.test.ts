import { describe, expect, it } from 'vitest';
import { detectHeading } from '../../src/structure/detectHeading.ts';
import { foldWidth } from '../../src/text/foldWidth.ts';
import { structureReport } from '../../src/structure/structureReport.ts';

function heading(line: string) {
  return detectHeading(line, foldWidth(line), { start: 0, end: line.length });
}

// Lines of the held-out fixtures (tests/fixtures/heldout): a state-owned group numbering its parts 第一部分, a county and a
// health commission writing 1） for (1).
describe('第一部分 / 第一章 headings', () => {
  it('reads 第一部分 followed by a space as a part heading of level 1', () => {
    const line = '第一部分 集团党组履行巡视整改主体责任情况';
    const h = heading(line)!;
    expect(h).toMatchObject({
      level: 1,
      part: true,
      ordinal: 1,
      number: '第一部分',
      heading: '集团党组履行巡视整改主体责任情况',
      headingStart: 5,
    });
    expect(line.slice(h.headingStart, h.headingEnd)).toBe('集团党组履行巡视整改主体责任情况');
  });
  it('reads 第三章、 and 第二部分： the same way', () => {
    expect(heading('第三章、下一步工作安排')).toMatchObject({ level: 1, part: true, ordinal: 3, heading: '下一步工作安排' });
    expect(heading('第二部分：巡视反馈问题整改落实情况')).toMatchObject({ level: 1, ordinal: 2, heading: '巡视反馈问题整改落实情况' });
  });
  it('makes the parts the level-1 sections of a report without 一、', () => {
    const text =
      '第一部分 履行主体责任情况\n（一）提高政治站位\n集团党组召开会议11次。\n第二部分 问题整改情况\n（一）关于服务国家战略不够到位的问题\n1.积极服务区域重大战略。集团承建项目21个。';
    const { sections } = structureReport(text, 'r');
    expect(sections.map((s) => [s.level, s.heading, s.parent])).toEqual([
      [1, '履行主体责任情况', null],
      [2, '提高政治站位', 'r-s1'],
      [1, '问题整改情况', null],
      [2, '关于服务国家战略不够到位的问题', 'r-s2'],
      [3, '积极服务区域重大战略', 'r-s2-1'],
    ]);
  });
  it('leaves 第一部分 out where the report numbers its level 1 with 一、 (no level above 1 in the contract)', () => {
    const text =
      '第一部分 总体情况\n一、提高政治站位\n市委召开常委会会议6次。\n第二部分 具体问题\n二、聚焦反馈问题\n（一）关于乡村振兴的问题';
    const { sections, paragraphs } = structureReport(text, 'r');
    expect(sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '提高政治站位'],
      [1, '聚焦反馈问题'],
      [2, '关于乡村振兴的问题'],
    ]);
    expect(paragraphs[2]!.section).toBe('r-s1');
  });
  it('does not take 第一 without 部分/章 for a heading (第一，… is an enumeration)', () => {
    expect(heading('第一，坚持问题导向，狠抓整改落实')).toBeNull();
  });
});

describe('1） and ① variants', () => {
  it('reads 1） (no opening bracket) like （1）, as level 4', () => {
    const line = '1）强化产业帮扶。在梓山镇潭头村、车溪乡坳脑村建设蔬菜基地3个';
    const h = heading(line)!;
    expect(h).toMatchObject({ level: 4, number: '1）', ordinal: 1, heading: '强化产业帮扶', headingStart: 2, headingEnd: 8 });
    expect(heading('2)强化就业帮扶。组织开展招聘会32场')).toMatchObject({ level: 4, ordinal: 2, heading: '强化就业帮扶' });
  });
  it('still reads （1） and 1、 as before', () => {
    expect(heading('（1）选优配强村级班子。村党组织书记平均年龄下降5.6岁')).toMatchObject({ level: 4, heading: '选优配强村级班子' });
    expect(heading('2、加强扶贫资产管理。对扶贫项目资产开展全面清查')).toMatchObject({ level: 3, heading: '加强扶贫资产管理' });
  });
  it('does not read a list of numbers 1）2） or a decimal as a heading', () => {
    expect(heading('1)、2)两类项目已完成')).toBeNull();
  });
  it('takes no circled number ① for a section: the contract has four levels and ① lists sit below them', () => {
    const text =
      '（一）关于生态文明建设的问题\n1.深化生态文明建设。具体措施如下：\n①开展美丽河湖建设，完成西苕溪流域综合治理23公里；\n②推进矿山生态修复，治理废弃矿山14个；';
    const { sections } = structureReport(text, 'r');
    expect(sections.map((s) => [s.level, s.heading])).toEqual([
      [2, '关于生态文明建设的问题'],
      [3, '深化生态文明建设'],
    ]);
  });
});

// Reports typed in Word and saved as GB2312/GBK text keep Word's numbered characters.
describe('Word numbered characters ⒈ and ⑴, and 一） without its opening bracket', () => {
  it('reads ⒈ as 1. (level 3) and ⑴ as (1) (level 4), with their ordinals', () => {
    const a = heading('⒈ 规范干部选拔任用程序');
    expect(a).toMatchObject({ level: 3, number: '⒈', ordinal: 1, heading: '规范干部选拔任用程序', headingStart: 2 });
    expect(heading('⑵强化理论学习。组织专题学习12次')).toMatchObject({
      level: 4,
      number: '⑵',
      ordinal: 2,
      heading: '强化理论学习',
      headingStart: 1,
      headingEnd: 7,
    });
    expect(heading('⒓加强督导')).toMatchObject({ level: 3, ordinal: 12 });
  });
  it('reads 二） as (二), level 2', () => {
    expect(heading('二）关于基层党组织建设薄弱的问题')).toMatchObject({
      level: 2,
      number: '二）',
      ordinal: 2,
      heading: '关于基层党组织建设薄弱的问题',
    });
  });
  it('nests them like their usual forms', () => {
    const text = '一、整改落实情况\n二）关于作风建设的问题\n⒈持续纠治四风\n⑴严查违规吃喝。查处问题12起。\n⑵严查违规收送礼金';
    expect(structureReport(text, 'r').sections.map((s) => [s.level, s.heading, s.parent])).toEqual([
      [1, '整改落实情况', null],
      [2, '关于作风建设的问题', 'r-s1'],
      [3, '持续纠治四风', 'r-s1-1'],
      [4, '严查违规吃喝', 'r-s1-1-1'],
      [4, '严查违规收送礼金', 'r-s1-1-1'],
    ]);
  });
});

// Text copied from a PDF may put a heading's number on a line of its own.
describe('a number alone on its line', () => {
  const text =
    '中国华源建设集团有限公司党组关于巡视整改进展情况的通报\n第一部分\n集团党组履行巡视整改主体责任情况\n（一）提高政治站位\n集团党组召开党组会议11次。\n' +
    '第二部分\n巡视反馈问题整改落实情况\n（一）\n关于服务国家战略不够到位的问题\n1.积极服务区域重大战略。集团承建项目21个。';
  const { sections, paragraphs } = structureReport(text, 'r');

  it('heads the title-sized line after it, the section starting at the number', () => {
    expect(sections.map((s) => [s.level, s.number, text.slice(s.headingStart, s.headingEnd), s.parent])).toEqual([
      [1, '第一部分', '集团党组履行巡视整改主体责任情况', null],
      [2, '（一）', '提高政治站位', 'r-s1'],
      [1, '第二部分', '巡视反馈问题整改落实情况', null],
      [2, '（一）', '关于服务国家战略不够到位的问题', 'r-s2'],
      [3, '1.', '积极服务区域重大战略', 'r-s2-1'],
    ]);
    expect(text.slice(sections[0]!.start, sections[0]!.start + 4)).toBe('第一部分');
  });

  it('puts the title line in the section it names', () => {
    expect(paragraphs[2]!.section).toBe('r-s1');
    expect(paragraphs[8]!.section).toBe('r-s2-1');
  });

  it('heads nothing when the next line is itself numbered (一、⏎（一）…)', () => {
    const t = '标题\n一、\n（一）关于基层党建的问题\n整顿党组织12个。';
    expect(structureReport(t, 'r').sections.map((s) => [s.level, s.heading])).toEqual([[2, '关于基层党建的问题']]);
  });
});
