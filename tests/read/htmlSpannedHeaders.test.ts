import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/readHtml.ts';
import { extractReport } from '../../src/corpus/extractReport.ts';
import type { RawReport } from '../../src/types.ts';

// A data table whose header takes two rows (one-column labels spanning both beside a group label over its columns), as
// government pages publish their tables of counts; tables written for this test, in the shape of the twenty-seventh
// held-out set's 巡察整改 table and of the 国办 format's 依申请公开 table.
const para = '根据市委巡察工作统一部署，市委第三巡察组对医院党委开展了常规巡察，并向医院党委反馈了巡察意见。';
const cell = (t: string, attrs = '') => `<td${attrs}>${t}</td>`;
const page = (rows: string) => `<html><body><article><p>${para}</p><table>${rows}</table></article></body></html>`;
const TWO_ROW_HEADER =
  `<tr>${cell('序号', ' rowspan="2"')}${cell('问题类别', ' rowspan="2"')}${cell('反馈问题（个）', ' rowspan="2"')}` +
  `${cell('整改措施（条）', ' rowspan="2"')}${cell('整改进展', ' colspan="2"')}</tr>` +
  `<tr>${cell('已完成整改（个）')}${cell('完成率')}</tr>` +
  `<tr>${cell('1')}${cell('党的建设方面')}${cell('8')}${cell('26')}${cell('7')}${cell('87.5%')}</tr>` +
  `<tr>${cell('合计', ' colspan="2"')}${cell('11')}${cell('35')}${cell('10')}${cell('90.9%')}</tr>`;

describe('a table header of two rows', () => {
  it('gives its last line every column’s label, the group’s label on the line above', () => {
    expect(readHtml(page(TWO_ROW_HEADER)).content.split('\n').slice(1)).toEqual([
      '整改进展',
      '序号 问题类别 反馈问题（个） 整改措施（条） 已完成整改（个） 完成率',
      '1 党的建设方面 8 26 7 87.5%',
      '合计 11 35 10 90.9%',
    ]);
  });

  it('so that each count takes the unit of its own column', () => {
    const { content } = readHtml(page(TWO_ROW_HEADER));
    const raw: RawReport = { path: 't.html', file: 't.html', format: 'html', encoding: 'UTF-8', content, meta: {} };
    const figures = extractReport(raw).figures.map((f) => `${f.value}${f.unit}`);
    expect(figures).toEqual(['8个', '26条', '7个', '87.5%', '11个', '35条', '10个', '90.9%']);
  });

  it('lifts a label from the middle and the end of the header, and leaves a corner note over several columns', () => {
    const rows =
      `<tr>${cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="2" rowspan="2"')}` +
      `${cell('自然人', ' rowspan="2"')}${cell('法人或其他组织', ' colspan="2"')}${cell('总计', ' rowspan="2"')}</tr>` +
      `<tr>${cell('商业企业')}${cell('科研机构')}</tr>` +
      `<tr>${cell('一、本年新收政府信息公开申请数量', ' colspan="2"')}${cell('22')}${cell('4')}${cell('2')}${cell('28')}</tr>`;
    expect(readHtml(page(rows)).content.split('\n').slice(1)).toEqual([
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 法人或其他组织',
      '自然人 商业企业 科研机构 总计',
      '一、本年新收政府信息公开申请数量 22 4 2 28',
    ]);
  });

  it('moves nothing in a table whose spanning cells are data (a row group of counts)', () => {
    const rows =
      `<tr>${cell('城镇', ' rowspan="2"')}${cell('男')}${cell('12')}</tr><tr>${cell('女')}${cell('9')}</tr>` +
      `<tr>${cell('乡村')}${cell('合计')}${cell('30')}</tr>`;
    expect(readHtml(page(rows)).content.split('\n').slice(1)).toEqual(['城镇 男 12', '女 9', '乡村 合计 30']);
  });
});
