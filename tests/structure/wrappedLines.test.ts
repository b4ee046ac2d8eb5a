import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';
import { joinWrappedLines } from '../../src/text/wraps.ts';

// Text copied from a PDF breaks lines mid-sentence; an enumerated action reads on to its clause's end (sentences written for this test).
const TEXT =
  '（一）整改措施。县委常委会带头落实主体责任，一是制定《县委常委会\n' +
  '落实全面从严治党主体责任清单》，明确责任事项36项；二是建立季度\n' +
  '研判机制，全年召开专题会议4次。县纪委监委对全县各乡镇开展专项\n' +
  '督查，发现问题线索18条，已全部办结。\n' +
  '（二）整改成效。全县新建截污管网\n' +
  '12.6公里。一是新建污水处理厂3座。县委组织部对全县\n' +
  '215个村（社区）党组织开展整顿，其中软弱涣散党组织\n' +
  '18个已全部整改到位。\n';

describe('measures across wrapped lines', () => {
  const { measures, sections } = structureReport(TEXT, 'x');
  it('reads the heading of each action to its ； or 。 across the line break; the action runs to the end of its paragraph', () => {
    expect(measures.map((m) => [m.ordinal, m.heading, TEXT.slice(m.start, m.end)])).toEqual([
      [
        '一是',
        '制定《县委常委会\n落实全面从严治党主体责任清单》，明确责任事项36项',
        '一是制定《县委常委会\n落实全面从严治党主体责任清单》，明确责任事项36项；',
      ],
      [
        '二是',
        '建立季度\n研判机制，全年召开专题会议4次',
        '二是建立季度\n研判机制，全年召开专题会议4次。县纪委监委对全县各乡镇开展专项\n督查，发现问题线索18条，已全部办结。',
      ],
      [
        '一是',
        '新建污水处理厂3座',
        '一是新建污水处理厂3座。县委组织部对全县\n215个村（社区）党组织开展整顿，其中软弱涣散党组织\n18个已全部整改到位。',
      ],
    ]);
  });
  it('reads a sentence across the wrap, so its subject and its figures stand in one sentence', () => {
    const { sentences } = structureReport(TEXT, 'x');
    const texts = sentences.map((s) => TEXT.slice(s.start, s.end));
    expect(texts).toContain('县委组织部对全县\n215个村（社区）党组织开展整顿，其中软弱涣散党组织\n18个已全部整改到位。');
    expect(sentences.find((s) => TEXT.slice(s.start, s.end).startsWith('县委组织部'))!.paragraph).toBe('x-p6');
  });
  it('keeps the headings where they were', () => {
    expect(sections.map((s) => [s.level, s.heading])).toEqual([
      [2, '整改措施'],
      [2, '整改成效'],
    ]);
  });
});

describe('joinWrappedLines', () => {
  it('keeps every line a paragraph in a report written one paragraph per line (a title or signature line stops without a stop)', () => {
    const text = '中共上海市闵行区委关于巡视整改进展情况的通报\n根据市委统一部署，市委第三巡视组对闵行区进行了巡视。\n中共上海市闵行区委\n';
    const lines = [
      { start: 0, end: 22 },
      { start: 23, end: 49 },
      { start: 50, end: 59 },
    ];
    expect(joinWrappedLines(text, lines, new Map()).spans).toEqual(lines);
  });
  it('in a wrapped report, joins a line stopping mid-sentence with the next, but never into a heading, after a short line or a finished one', () => {
    const raw = [
      '县委召开常委会会议专题研究整改工作，',
      '部署整改任务。',
      '县纪委监委对全县各乡镇开展专项督查',
      '发现问题线索18条，已全部办结并通报',
      '批评。',
      '1.加强领导',
      '中共某某县委',
      '2023年9月15日',
    ];
    const text = raw.join('\n');
    let at = 0;
    const lines = raw.map((l) => ({ start: (at += l.length + 1) - l.length - 1, end: at - 1 }));
    const { spans, breaks } = joinWrappedLines(text, lines, new Map([[5, lines[5]!.end]]));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '县委召开常委会会议专题研究整改工作，\n部署整改任务。',
      '县纪委监委对全县各乡镇开展专项督查\n发现问题线索18条，已全部办结并通报\n批评。',
      '1.加强领导',
      '中共某某县委',
      '2023年9月15日',
    ]);
    expect([...breaks]).toEqual([2]);
  });
  it('reads a roster set out in columns (folded: a padded name, a space, the unit and post) as rows, neither wrapping nor wrapped', () => {
    const raw = [
      '附件：全市抗洪抢险先进个人名单',
      '许 兵 阳新县公安局富池派出所副所长',
      '罗 明 大冶市金湖街道党工委书记',
      '胡德华 黄石港区江北管理区办事处主任',
      '先进个人:夏 青、程晓峰、万 军、柯美玲',
      '中共黄石市委 黄石市人民政府',
    ];
    const text = raw.join('\n');
    let at = 0;
    const lines = raw.map((l) => ({ start: (at += l.length + 1) - l.length - 1, end: at - 1 }));
    expect(joinWrappedLines(text, lines, new Map()).spans).toEqual(lines);
  });
  it('still joins a wrapped page whose characters are spaced out (全 面 推 进 is prose, no padded name)', () => {
    const raw = [
      '县委召开常委会会议专题研究整改工作全面',
      '全 面 推 进 整改任务落实到位并且建立台账',
      '逐项销号管理全面完成整改工作任务并通报',
      '批评。',
    ];
    const text = raw.join('\n');
    let at = 0;
    const lines = raw.map((l) => ({ start: (at += l.length + 1) - l.length - 1, end: at - 1 }));
    expect(joinWrappedLines(text, lines, new Map()).spans).toEqual([{ start: 0, end: text.length }]);
  });
});

describe('an ordinal cut by the wrap', () => {
  it('reads 一⏎是 as 一是 inside a wrapped paragraph', () => {
    const text =
      '县委书记王强同志认真履行第一责任人责任，先后主持召开县委常委\n' +
      '会会议6次、整改工作推进会3次，带队赴三市镇等15个乡镇督导整改。一\n' +
      '是成立整改工作领导小组，制定整改方案；二是建立问题、任务、责\n' +
      '任“三张清单”，细化整改措施126条；三是实行周调度、月通报\n' +
      '制度。\n';
    expect(structureReport(text, 'x').measures.map((m) => [m.ordinal, m.heading])).toEqual([
      ['一\n是', '成立整改工作领导小组，制定整改方案'],
      ['二是', '建立问题、任务、责\n任“三张清单”，细化整改措施126条'],
      ['三是', '实行周调度、月通报\n制度'],
    ]);
  });
});

describe('a report whose paragraphs open on their headings', () => {
  // Written for this test: three head lines that stop without a stop, then paragraphs that each open on a heading and end
  // their sentences on the line. The heading lines' bodies show the lines are not wrapped.
  const text =
    '关于某某县人民法院2024年工作情况的报告\n' +
    '——2025年1月8日在某某县第九届人民代表大会第五次会议上\n' +
    '某某县人民法院院长　郑海波\n' +
    '各位代表：\n' +
    '现在，我代表县人民法院向大会报告工作，请予审议。\n' +
    '一、过去一年的工作\n' +
    '（一）依法惩治犯罪。全年审结刑事案件812件，判处罪犯1034人。\n' +
    '（二）服务发展大局。审结民商事案件6120件，诉讼标的额21.4亿元。\n' +
    '二、今年的工作安排\n' +
    '（一）守牢安全底线。常态化开展扫黑除恶斗争，依法严惩各类犯罪。\n';
  it('keeps the title, occasion and byline lines sentences of their own', () => {
    const { sentences } = structureReport(text, 'x');
    const texts = sentences.map((s) => text.slice(s.start, s.end));
    expect(texts.some((t) => t.includes('\n'))).toBe(false);
    expect(texts).toContain('某某县人民法院院长　郑海波');
  });
});
