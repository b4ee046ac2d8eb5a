import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import type { RawReport } from '../../src/types.ts';

// Tables as a page's, a Markdown or a tab-parted table comes out as text (one line a row, its cells parted by spaces), in
// reports written for this test: a bare count in a cell takes the unit its table gives it, and a row's numbered label is
// no heading. The twenty-fifth held-out set's 政府信息公开年报 (铅山) has the standard tables of that genre.
const raw = (content: string): RawReport => ({ path: 't.txt', file: 't.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} });
const run = (content: string) => extractReport(raw(content));
// A figure of the text reads as written (28件); a cell's count with the unit its table gave it (7 件).
const figures = (content: string) => run(content).figures.map((f) => (f.text.endsWith(f.unit) ? f.text : `${f.text} ${f.unit}`));

const DISCLOSURE = [
  '一、总体情况',
  '全年共收到政府信息公开申请28件，予以公开15件，被申请行政复议1件。',
  '二、主动公开政府信息情况',
  '信息内容 本年制发件数 本年废止件数 现行有效件数',
  '规章 0 0 0',
  '行政规范性文件 7 1 36',
  '信息内容 本年处理决定数量',
  '行政许可 2140',
  '信息内容 本年收费金额（单位：万元）',
  '行政事业性收费 88.6',
  '三、收到和处理政府信息公开申请情况',
  '自然人 法人或其他组织 总计',
  '一、本年新收政府信息公开申请数量 22 6 28',
  '三、本年度办理结果 （一）予以公开 12 3 15',
  '（二）部分公开 0 0 0',
  '四、政府信息公开行政复议、行政诉讼情况',
  '结果维持 结果纠正 总计',
  '1 0 1',
].join('\n');

describe('bare counts in a table’s cells', () => {
  it('take the unit the header names (件数, 单位：万元), a count (数量) the table’s classifier; zeros are none', () => {
    const got = figures(DISCLOSURE);
    expect(got.slice(3, 8)).toEqual(['7 件', '1 件', '36 件', '2140 件', '88.6 万元']);
  });

  it('take, where no header names one, the classifier the text writes after the words the table’s labels use', () => {
    // 申请28件 and 公开15件 in the text: the 依申请公开 table counts in 件; 行政复议1件: the review table too.
    expect(figures(DISCLOSURE).slice(8)).toEqual(['22 件', '6 件', '28 件', '12 件', '3 件', '15 件', '1 件', '1 件']);
  });

  it('give a row’s counts the row as context', () => {
    const f = run(DISCLOSURE).figures.find((x) => x.text === '2140')!;
    expect(f.context).toBe('行政许可 2140');
  });

  it('read a tab-parted table of another kind by the counts its text writes', () => {
    const text = [
      '全年受理消费者投诉举报1260件，办结1198件。',
      '表1 投诉举报分类情况',
      '类别\t投诉\t举报\t合计',
      '食品\t310\t95\t405',
      '特种设备\t42\t8\t50',
    ].join('\n');
    expect(figures(text)).toEqual(['1260件', '1198件', '310 件', '95 件', '405 件', '42 件', '8 件', '50 件']);
  });

  it('take the unit a line of its own names above the table (单位：万元), and leave a rate ending the row as written', () => {
    const text = [
      '全县一般公共预算收入完成13.62亿元，增长5.3%。',
      '表1 2024年一般公共预算收入执行情况',
      '单位：万元',
      '项目 预算数 执行数 完成率',
      '税收收入 94700 96210 101.6%',
      '非税收入 41500 40030 96.5%',
    ].join('\n');
    expect(figures(text)).toEqual(['13.62亿元', '5.3%', '94700 万元', '96210 万元', '101.6%', '41500 万元', '40030 万元', '96.5%']);
  });

  it('take each column’s own unit where the header names several (参保人数（人）, 基金收入（万元）)', () => {
    const text = ['表2 各县区参保情况', '县区 参保人数（人） 基金收入（万元）', '东阳市 412360 86325.4', '磐安县 98214 17540'].join('\n');
    expect(figures(text)).toEqual(['412360 人', '86325.4 万元', '98214 人', '17540 万元']);
  });

  it('take the unit a row’s label names in a table by year (行政复议受理案件（件）, 罚没款（万元）), each row its own', () => {
    // The twenty-sixth held-out set's 法治政府建设年度报告 (泾县) counts its reviews and suits so; the text's 场次 is no row's.
    const text = [
      '全县开展普法活动126场次。',
      '表1 主要指标',
      '指标 2023年 2024年',
      '行政复议受理案件（件） 41 58',
      '罚没款（万元） 1402.3 1286.5',
      '持证执法人员（人） 980 1046',
      '行政诉讼败诉率（%） 8.5 5.1',
      '法律援助案件数 386 412',
    ].join('\n');
    expect(figures(text)).toEqual([
      '126场次',
      '41 件',
      '58 件',
      '1402.3 万元',
      '1286.5 万元',
      '980 人',
      '1046 人',
      '8.5 %',
      '5.1 %',
      '386 件',
      '412 件',
    ]);
  });

  it('leave a table alone whose header and text name no unit, and a header of years', () => {
    const scores = ['各县区考核得分如下。', '县区 得分 排名', '东城区 92.5 1', '西城区 88 2'].join('\n');
    expect(figures(scores)).toEqual([]);
    const years = ['全县新建学校3所。', '指标 2022 2023 2024', '学校数量 41 43 44'].join('\n');
    expect(figures(years)).toEqual(['3所', '41 所', '43 所', '44 所']);
  });

  it('are not read in prose ending on a number, nor in a line of one label and one number outside a table', () => {
    expect(figures('全年办结群众来信 42件。\n附件 2')).toEqual(['42件']);
  });
});

describe('a table’s numbered rows', () => {
  it('are no headings, and the part headings around the table stay', () => {
    const { report } = run(DISCLOSURE);
    expect(report.sections.map((s) => `${s.level} ${s.heading}`)).toEqual([
      '1 总体情况',
      '1 主动公开政府信息情况',
      '1 收到和处理政府信息公开申请情况',
      '1 政府信息公开行政复议、行政诉讼情况',
    ]);
  });

  it('do not make a report of whole paragraphs read as wrapped, nor run into each other in a wrapped one', () => {
    const { figures: got } = run(DISCLOSURE);
    // Read as wrapped, the rows ran into one sentence and 36 and 2140 joined the lines after them.
    expect(got.map((f) => f.text)).toContain('36');
    const wrapped = [
      '全年共收到政府信息公开申请28件，比上年增加6件，主要',
      '集中在征地拆迁、规划建设和社会保障等领域，均在法定',
      '期限内答复，未发生因答复不及时引发的行政复议和行政',
      '诉讼，申请人对答复结果总体满意，依申请公开工作的规',
      '范化水平进一步提升。',
      '自然人 法人或其他组织 总计',
      '一、本年新收政府信息公开申请数量 22 6 28',
      '二、上年结转政府信息公开申请数量 1 0 1',
    ].join('\n');
    expect(figures(wrapped)).toEqual(['28件', '6件', '22 件', '6 件', '28 件', '1 件', '1 件']);
  });
});

// A table of the twenty-seventh held-out set's kind (a 巡察整改 table of problems, measures and completion) copied as text from a
// page or a Word file, its header of two rows on two lines: the group 整改进展 over 已完成整改（个） and 完成率.
describe('a header of two rows as text', () => {
  const TWO_ROWS = [
    '巡察反馈问题整改完成情况如下表：',
    '序号\t问题类别\t反馈问题（个）\t整改措施（条）\t整改进展',
    '已完成整改（个）\t完成率',
    '1\t党的建设方面\t8\t26\t7\t87.5%',
    '2\t全面从严治党方面\t11\t35\t10\t90.9%',
  ].join('\n');

  it('gives each count the unit of its own column, the first line’s labels spanning both', () => {
    expect(figures(TWO_ROWS)).toEqual(['8 个', '26 条', '7 个', '87.5%', '11 个', '35 条', '10 个', '90.9%']);
  });

  it('leaves a one-line header that names every column as it was', () => {
    const one = ['信息内容 本年制发件数 本年废止件数 现行有效件数', '行政规范性文件 7 1 36'].join('\n');
    expect(figures(one)).toEqual(['7 件', '1 件', '36 件']);
  });
});
