import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { readHtml } from '../../src/read/readHtml.ts';
import { readMarkdown } from '../../src/read/readMarkdown.ts';
import type { RawReport } from '../../src/types.ts';

// Tables of targets whose units stand in a column of their own (指标 | 单位 | 年度目标 | 完成), as a city's 政府工作报告 and a
// plan's report print them: each row writes its unit in that column. The thirty-second held-out set's 衡阳 report (.md) read
// none of its 17 cells so on the first run: 12 took the text's commonest classifier (6.5 个), 5 of one count a row none.
const raw = (content: string, format: RawReport['format'] = 'txt'): RawReport => ({
  path: `t.${format}`,
  file: `t.${format}`,
  format,
  encoding: 'UTF-8',
  content,
  meta: {},
});
const cells = (r: RawReport) =>
  extractReport(r)
    .figures.filter((f) => !f.text.endsWith(f.unit))
    .map((f) => `${f.text} ${f.unit}`);

const MARKDOWN = [
  '全市新增城镇就业4.56万人，实施重点项目312个。',
  '',
  '表1　2024年主要经济指标完成情况',
  '',
  '| 指标 | 单位 | 年度目标 | 完成 |',
  '|---|---|---|---|',
  '| 地区生产总值增长 | % | 6.5 | 6.1 |',
  '| 一般公共预算收入 | 亿元 | 168 | 171.6 |',
  '| 城镇新增就业 | 万人 | 4.2 | 4.56 |',
  '',
  '表2　2025年主要预期目标',
  '',
  '| 指标 | 单位 | 2025年目标 |',
  '|---|---|---|',
  '| 地区生产总值增长 | % | 6 |',
  '| 粮食产量 | 万吨 | 290 |',
].join('\n');

describe('a table’s 单位 column', () => {
  it('gives each row’s cells the unit the row writes there, in a Markdown table of targets, one count a row or two', () => {
    expect(cells(raw(readMarkdown(MARKDOWN).content, 'md'))).toEqual([
      '6.5 %',
      '6.1 %',
      '168 亿元',
      '171.6 亿元',
      '4.2 万人',
      '4.56 万人',
      '6 %',
      '290 万吨',
    ]);
  });

  it('is read in a page’s <table> and in a tab-parted text, 计量单位 as 单位', () => {
    const html =
      '<html><body><p>一、主要指标</p><p>全县粮食总产量达到52.3万吨。</p><table>' +
      '<tr><td>指标名称</td><td>计量单位</td><td>2023年</td><td>2024年</td></tr>' +
      '<tr><td>粮食总产量</td><td>万吨</td><td>51.8</td><td>52.3</td></tr>' +
      '<tr><td>城镇居民人均可支配收入</td><td>元</td><td>41250</td><td>43180</td></tr>' +
      '</table></body></html>';
    expect(cells(raw(readHtml(html).content, 'html'))).toEqual(['51.8 万吨', '52.3 万吨', '41250 元', '43180 元']);
    const tabs = ['主要指标完成情况如下。', '指标\t单位\t计划\t完成', '造林面积\t万亩\t12\t13.6', '森林覆盖率\t%\t62.5\t62.8'].join('\n');
    expect(cells(raw(tabs))).toEqual(['12 万亩', '13.6 万亩', '62.5 %', '62.8 %']);
  });

  it('takes the unit from the right of a label whose indicator holds a space', () => {
    const text = ['指标 单位 目标 完成', '城镇 新增就业 万人 4.2 4.56'].join('\n');
    expect(cells(raw(text))).toEqual(['4.2 万人', '4.56 万人']);
  });

  it('names no unit where its cell holds no unit (a 单位 column of bodies), nor a 责任单位 column', () => {
    // The bodies of a column headed 单位 are no units: the counts take the classifier the text writes (问题12个).
    const bodies = ['巡察发现问题12个，已整改10个。', '序号 单位 问题数 已整改', '1 市财政局 7 6', '2 市教育局 5 4'].join('\n');
    expect(cells(raw(bodies))).toEqual(['7 个', '6 个', '5 个', '4 个']);
    const owners = ['整改任务共35条。', '任务 责任单位 条数', '压实责任 局办公室 12', '完善制度 政策法规科 23'].join('\n');
    expect(cells(raw(owners))).toEqual(['12 条', '23 条']);
  });
});
