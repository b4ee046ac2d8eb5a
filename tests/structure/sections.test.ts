import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';

const excerpt = fs.readFileSync(new URL('../fixtures/structure/dongguan-excerpt.txt', import.meta.url), 'utf8');

describe('sections of a Dongguan excerpt', () => {
  const { sections } = structureReport(excerpt, 'dg');
  const byHeading = (h: string) => sections.find((s) => s.heading === h)!;

  it('finds every heading in order with its level', () => {
    expect(sections.map((s) => [s.level, s.number])).toEqual([
      [1, '一、'],
      [2, '(一)'],
      [1, '二、'],
      [2, '(一)'],
      [3, '1.'],
      [4, '(1)'],
      [4, '(2)'],
      [3, '2.'],
      [3, '3.'],
      [2, '(三)'],
      [1, '三、'],
      [2, '(一)'],
    ]);
  });

  it('gives ids from the sibling path and parents from the nesting', () => {
    const s = byHeading('全力推进污染防治攻坚');
    expect(s.id).toBe('dg-s2-1-1-1');
    expect(s.parent).toBe('dg-s2-1-1');
    expect(byHeading('关于贯彻落实党中央和省委重大决策部署不到位问题').parent).toBe('dg-s2-1');
    expect(byHeading('聚焦问题精准发力,确保各项整改工作落实到位')).toMatchObject({ id: 'dg-s2', parent: null });
  });

  it('spans a section to the next heading of the same or higher level', () => {
    const one = byHeading('对政治意识有待增强,结合实际贯彻习近平新时代中国特色社会主义思想和党的十九大精神存在差距问题的整改');
    const next = byHeading('对选人用人不规范,一些基层党组织软弱涣散问题的整改');
    expect(one.end).toBe(next.start);
    expect(excerpt.slice(next.start, next.headingStart)).toBe('(三)');
    const last = sections[sections.length - 1]!;
    expect(last.end).toBe(excerpt.length);
  });

  it('reads every heading span as its heading', () => {
    for (const s of sections) expect(excerpt.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
  });

  it('keeps a page-break marker out of the section and its heading', () => {
    const s = byHeading('聚焦问题精准发力,确保各项整改工作落实到位');
    expect(excerpt.slice(s.start, s.headingEnd)).toBe('二、聚焦问题精准发力,确保各项整改工作落实到位');
  });

  it('tells problem headings from action headings', () => {
    expect(byHeading('关于党组织领导有待加强问题').kind).toBe('problem');
    expect(byHeading('有关贯彻落实意识形态工作责任制存在薄弱环节问题').kind).toBe('problem');
    expect(byHeading('对选人用人不规范,一些基层党组织软弱涣散问题的整改').kind).toBe('problem');
    expect(byHeading('全力推进污染防治攻坚').kind).toBe('measure');
    expect(byHeading('以上率下,雷厉风行全面部署整改').kind).toBe('measure');
  });

  it('puts a heading line, page-break markup included, in its own section', () => {
    const { paragraphs } = structureReport(excerpt, 'dg');
    const p = paragraphs.find((x) => excerpt.slice(x.start, x.end).startsWith('[NextPage][/NextPage]二、'))!;
    expect(p.section).toBe('dg-s2');
  });

  it('takes the first sentence as the heading of a (一) line that goes on with its body', () => {
    expect(byHeading('坚持不懈用习近平新时代中国特色社会主义思想武装头脑、指导实践、推动工作').level).toBe(2);
  });
});

describe('sections of reports numbered differently (own sentences)', () => {
  it('parents a 1. written directly under 一、 to the 一、', () => {
    const text = '一、组织落实整改情况\n1．关于学习贯彻不深入的问题\n正文。\n（1）完善学习制度\n二、下一步工作打算\n';
    const { sections } = structureReport(text, 'r');
    expect(sections.map((s) => [s.id, s.level, s.parent, s.kind])).toEqual([
      ['r-s1', 1, null, 'other'],
      ['r-s1-1', 3, 'r-s1', 'problem'],
      ['r-s1-1-1', 4, 'r-s1-1', 'measure'],
      ['r-s2', 1, null, 'other'],
    ]);
  });
  it('starts at (一) when a report has no 一、', () => {
    const text = '（一）提高政治站位，增强整改政治自觉。市委坚持学习。\n（二）坚持以上率下，拧紧整改责任链条。成立领导小组。';
    const { sections } = structureReport(text, 'z');
    expect(sections.map((s) => [s.id, s.level, s.parent, s.heading])).toEqual([
      ['z-s1', 2, null, '提高政治站位，增强整改政治自觉'],
      ['z-s2', 2, null, '坚持以上率下，拧紧整改责任链条'],
    ]);
  });
});
