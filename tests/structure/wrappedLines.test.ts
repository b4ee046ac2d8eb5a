import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';
import { joinWrappedLines } from '../../src/structure/joinWrappedLines.ts';

// Text copied from a PDF breaks lines mid-sentence; an enumerated action reads on to its clause's end (sentences written for this test).
const TEXT =
  '（一）整改措施。县委常委会带头落实主体责任，一是制定《县委常委会\n' +
  '落实全面从严治党主体责任清单》，明确责任事项36项；二是建立季度\n' +
  '研判机制，全年召开专题会议4次。\n' +
  '（二）整改成效。全县新建截污管网\n' +
  '12.6公里。一是新建污水处理厂3座。\n';

describe('measures across wrapped lines', () => {
  const { measures, sections } = structureReport(TEXT, 'x');
  it('reads each action to its ； or 。 across the line break, with exact spans', () => {
    expect(measures.map((m) => [m.ordinal, m.heading, TEXT.slice(m.start, m.end)])).toEqual([
      ['一是', '制定《县委常委会\n落实全面从严治党主体责任清单》，明确责任事项36项', '一是制定《县委常委会\n落实全面从严治党主体责任清单》，明确责任事项36项；'],
      ['二是', '建立季度\n研判机制，全年召开专题会议4次', '二是建立季度\n研判机制，全年召开专题会议4次。'],
      ['一是', '新建污水处理厂3座', '一是新建污水处理厂3座。'],
    ]);
  });
  it('keeps the headings where they were', () => {
    expect(sections.map((s) => [s.level, s.heading])).toEqual([
      [2, '整改措施'],
      [2, '整改成效'],
    ]);
  });
});

describe('joinWrappedLines', () => {
  it('joins a line stopping mid-sentence with the next, but never into a heading, after a short line or a finished one', () => {
    const text = '中共某某县委\n2023年9月15日\n县委召开常委会会议专题研究整改工作，\n部署整改任务。\n1.加强领导\n';
    const lines = [
      { start: 0, end: 6 },
      { start: 7, end: 17 },
      { start: 18, end: 36 },
      { start: 37, end: 44 },
      { start: 45, end: 51 },
    ];
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['中共某某县委', '2023年9月15日', '县委召开常委会会议专题研究整改工作，', '部署整改任务。', '1.加强领导']);
    const { spans, breaks } = joinWrappedLines(text, lines, new Map([[4, 51]]));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['中共某某县委', '2023年9月15日', '县委召开常委会会议专题研究整改工作，\n部署整改任务。', '1.加强领导']);
    expect([...breaks]).toEqual([3]);
  });
});
