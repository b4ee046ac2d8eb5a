import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';
import { readHtml } from '../../src/read/readHtml.ts';

// Layouts of the structure23 set (tests/fixtures/structure23), in sentences written for these tests.
const outline = (text: string) => structureReport(text, 'r').sections.map((s) => [s.level, s.heading]);
const measures = (text: string) => structureReport(text, 'r').measures.map((m) => m.heading);
const body = (text: string, i: number) => {
  const s = structureReport(text, 'r').sections[i]!;
  return text.slice(s.start, s.end).trim();
};

describe('a numeral alone on its line', () => {
  it('numbers a part, its heading the numeral where no title follows', () => {
    const text =
      '各位代表：\n我代表县人民委员会报告工作，请予审议。\n一\n去年全县新修水库十二座，扩大灌溉面积四万亩。\n二\n今年全县水利工作的主要任务是：\n继续兴修水利，扩大灌溉面积三万亩。';
    expect(outline(text)).toEqual([
      [1, '一'],
      [1, '二'],
    ]);
    expect(body(text, 0)).toBe('一\n去年全县新修水库十二座，扩大灌溉面积四万亩。');
  });
  it('heads the title line after it', () => {
    const text =
      '报告如下。\n一\n农业生产的成就\n去年全县粮食总产量比上年增长百分之十二。\n二\n今年的任务\n继续兴修水利，扩大灌溉面积三万亩。';
    expect(outline(text)).toEqual([
      [1, '农业生产的成就'],
      [1, '今年的任务'],
    ]);
  });
  it('reads a column of numerals, one a line, as no parts', () => {
    expect(outline('名次统计如下。\n一\n二\n三\n各乡镇得分见下表。')).toEqual([]);
  });
  it('reads a lone numeral with no sibling as no part', () => {
    expect(outline('报告如下。\n一\n去年全县新修水库十二座，扩大灌溉面积四万亩。')).toEqual([]);
  });
});

describe('part titles with no number among 一、 headings', () => {
  const text =
    '各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员提出意见。\n过去一年的工作\n过去一年，全县地区生产总值增长百分之六，一般公共预算收入增长百分之七。\n一、产业发展势头向好\n新签约项目42个。\n二、城乡面貌持续改善\n新建农村公路148公里。\n今年的主要任务\n今年经济社会发展的主要预期目标是地区生产总值增长百分之六左右。\n一、全力扩大有效投资\n全年谋划项目120个。\n结束语\n各位代表！\n让我们在县委的坚强领导下团结一心，为建设美丽幸福新县城而努力奋斗！';
  it('are level 1 beside them, the 一、 under them level 1 too', () => {
    expect(outline(text)).toEqual([
      [1, '过去一年的工作'],
      [1, '产业发展势头向好'],
      [1, '城乡面貌持续改善'],
      [1, '今年的主要任务'],
      [1, '全力扩大有效投资'],
      [1, '结束语'],
    ]);
  });
  it('end where the first 一、 under them begins', () => {
    expect(body(text, 0)).toBe('过去一年的工作\n过去一年，全县地区生产总值增长百分之六，一般公共预算收入增长百分之七。');
    expect(body(text, 2)).toBe('二、城乡面貌持续改善\n新建农村公路148公里。');
  });
  it('reads a bare line before （二） as a label inside the section, no part', () => {
    const t = '一、整改情况\n（一）压实责任\n成立领导小组。\n整改成效\n已整改问题12个，整改率百分之八十。\n（二）完善制度\n修订制度9项。';
    expect(outline(t).map((s) => s[1])).toEqual(['整改情况', '压实责任', '完善制度']);
  });
});

describe('decimal outline numbering', () => {
  const text =
    '开发区营商环境工作总结\n1 总体情况\n全年新登记市场主体4326户，增长14.2%。\n1.1 主要指标\n1.5万户个体工商户完成意向登记。\n1.2 重点改革事项\n2023年3月，上线集成服务。\n2 主要做法\n2.1 提升政务服务效能\n2.1.1 推行帮办代办\n组建帮办代办队伍28人。';
  it("gives the number's depth as the level", () => {
    expect(outline(text)).toEqual([
      [1, '总体情况'],
      [2, '主要指标'],
      [2, '重点改革事项'],
      [1, '主要做法'],
      [2, '提升政务服务效能'],
      [3, '推行帮办代办'],
    ]);
  });
  it('reads no outline in lines opening with a number and a space that have no second level', () => {
    expect(outline('检查结果如下。\n1 号楼外墙脱落，已整改。\n2 号楼消防通道堵塞，已清理。')).toEqual([]);
  });
});

describe('a list of short items ending in ；', () => {
  it('is parts of one sentence: no headings, no actions', () => {
    const text =
      '一、今年的任务\n今年水利工作的主要指标是：\n1. 新增灌溉面积四百万亩；\n2. 改善灌溉面积六百万亩；\n3. 治理水土流失面积一千二百平方公里。\n实现这些指标，关键在于发动群众。';
    expect(outline(text)).toEqual([[1, '今年的任务']]);
    expect(measures(text)).toEqual([]);
  });
});

describe('a list a sentence announces as the work to do', () => {
  it('reads its items as actions', () => {
    const text =
      '三、下一步措施\n针对尚未完成的任务，我局将重点做好以下工作：\n1.加强跟踪督办，实行周调度、月通报，确保6月底前全部完成。\n2.健全长效机制，压实企业主体责任。';
    expect(outline(text)).toEqual([[1, '下一步措施']]);
    expect(measures(text)).toEqual(['加强跟踪督办，实行周调度、月通报，确保6月底前全部完成', '健全长效机制，压实企业主体责任']);
  });
});

describe('a short heading line after a list of dates', () => {
  it('is a heading: a short line before it is no sentence cut off', () => {
    const text =
      '县人民政府：\n现将我局2023年高标准农田建设工作的有关情况报告如下。\n主要做法\n坚持规划先行，优先在粮食生产功能区布局项目，全年完成投资一亿元。\n全年主要节点如下：\n3月20日　完成初步设计批复\n11月30日　完成县级初验\n存在的问题\n部分乡镇配套资金到位较慢，影响工程结算进度和项目验收。';
    expect(outline(text)).toEqual([
      [1, '主要做法'],
      [1, '存在的问题'],
    ]);
  });
});

describe('a web page', () => {
  it('ranks its unnumbered headings by their tags', () => {
    const { content, marked } = readHtml(
      '<html><body><div class="content"><div>区生态环境局关于整改进展情况的公示</div><p>根据督察组反馈意见，我区共承担整改任务23项，现将整改进展情况公示如下。</p><h3>重点问题整改情况</h3><h4>城区黑臭水体治理滞后</h4><p>完成截污管网改造14.2公里，3条支流水质稳定达标。</p><h4>工业园区管理不规范</h4><p>已督促企业完成贮存库房改造，依法处罚46万元。</p><h3>下一步整改措施</h3><p>对未完成任务实行周调度、月通报，确保6月底前全部完成。</p></div></body></html>',
    );
    expect(marked.map((m) => m.depth)).toEqual([3, 4, 4, 3]);
    expect(structureReport(content, 'r', marked).sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '重点问题整改情况'],
      [2, '城区黑臭水体治理滞后'],
      [2, '工业园区管理不规范'],
      [1, '下一步整改措施'],
    ]);
  });
  it("keeps an ordered list's numbers, not letters nor numbers it writes itself", () => {
    const lines = (html: string) => readHtml(`<html><body><article>${html}</article></body></html>`).content.split('\n');
    expect(lines('<ol start="3"><li>加强跟踪督办。</li><li>健全长效机制。</li></ol>')).toEqual(['3.加强跟踪督办。', '4.健全长效机制。']);
    expect(lines('<ol type="a"><li>加强跟踪督办。</li></ol>')).toEqual(['加强跟踪督办。']);
    expect(lines('<ol><li>1. 加强跟踪督办。</li></ol>')).toEqual(['1. 加强跟踪督办。']);
    expect(lines('<ul><li>加强跟踪督办。</li></ul>')).toEqual(['加强跟踪督办。']);
  });
  it('reads no heading in a list of attachments under its label', () => {
    const text = '一、整改情况\n已整改问题61个。\n南溪区生态环境局\n2024年3月15日\n附件：\n1.整改清单\n2.信访举报件办理情况统计表';
    expect(outline(text)).toEqual([[1, '整改情况']]);
  });
});
