import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import type { RawReport, ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import { inferReportMeta } from '../../src/normalize/inferReportMeta.ts';
import { foldText } from '../../src/text/foldText.ts';

// Rules from the twenty-eighth held-out set (a city 科学技术局党组's 巡察整改通报 in Markdown, a county 供销合作社联合社's work
// summary in UTF-16), each tried on sentences written for it, read end to end as the command reads a report.

/** Each figure of `content` with the names it is linked to, for a report issued by `issuer`. */
function links(content: string, issuer = '金华市科学技术局'): [string, string[]][] {
  const raw: RawReport = { path: 't.txt', file: 't.txt', format: 'txt', encoding: 'UTF-8', content, meta: { issuer } };
  const r = extractReport(raw);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.figures.map((f) => [f.text, f.entities.map((id) => name.get(id)!).sort()]);
}

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const figures = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => f.text);

describe('a space where a page’s bold label ends (**整改措施：** 一是…)', () => {
  it('still lets the partner after 联合 open the clause', () => {
    expect(links('整改措施： 一是联合市财政局对市级科技计划项目开展专项检查，检查项目236个、涉及资金1.86亿元。')).toEqual([
      ['236个', ['市财政局']],
      ['1.86亿元', ['市财政局']],
    ]);
    expect(links('主要做法：　会同市农业农村局开展专项行动，走访企业1830家。')).toEqual([['1830家', ['市农业农村局']]]);
  });
});

describe('a cooperative named by its county, town and village', () => {
  it('does the work of the town and village after the county that addresses it', () => {
    expect(links('沭阳县扎下镇周沟村果蔬种植专业合作社吸纳社员316户，带动户均增收1.2万元。', '沭阳县供销合作社联合社')).toEqual([
      ['316户', ['周沟村', '扎下镇', '沭阳县扎下镇周沟村果蔬种植专业合作社']],
      ['1.2万元', ['周沟村', '扎下镇', '沭阳县扎下镇周沟村果蔬种植专业合作社']],
    ]);
  });
});

describe('a village a body is tied to for aid (挂钩帮扶, 定点帮扶)', () => {
  it('shares the counts of the aid with the body', () => {
    expect(links('市农业农村局挂钩帮扶韩山镇石平村，选派驻村第一书记1名，协调资金85万元。', '沭阳县供销合作社联合社')).toEqual([
      ['1名', ['宿迁市农业农村局', '石平村', '韩山镇']],
      ['85万元', ['宿迁市农业农村局', '石平村', '韩山镇']],
    ]);
  });

  it('is not a village owning what is helped: the body’s own counts stay its own', () => {
    expect(links('市农业农村局定点帮扶石平村的茶叶产业，投入资金20万元。', '沭阳县供销合作社联合社')).toEqual([
      ['20万元', ['市农业农村局']],
    ]);
  });
});

describe('a list’s number before a year', () => {
  it('is no span of years (附件：1．2024年…, 2.2025年工作打算)', () => {
    expect(figures('附件：1．2024年主要经济指标完成情况表\n　　　2．2025年重点工作任务清单')).toEqual([]);
    expect(figures('2.2025年工作打算。3.2023年全县新增企业126家。')).toEqual(['126家']);
  });

  it('keeps spans of years written with decimals', () => {
    expect(figures('连续3年获评先进，建设周期3.5年。')).toEqual(['3年', '3.5年']);
  });
});

describe('a list of attachments under an 附件 line of its own', () => {
  const outline = (text: string) => structureReport(text, 'r').sections.map((s) => [s.level, s.heading]);
  const body = '一、工作开展情况\n新建基层社2个。\n二、存在的问题\n人才短缺。\n某县供销合作社联合社\n2024年12月27日\n';
  it('reads no heading in its numbered names (附件：⏎1.…⏎2.…)', () => {
    expect(outline(body + '附件：\n1.2024年主要经济指标完成情况表\n2.2025年重点工作任务清单')).toEqual([
      [1, '工作开展情况'],
      [1, '存在的问题'],
    ]);
  });
});

describe('the issuer of a union of cooperatives', () => {
  const infer = (text: string) => inferReportMeta(text, foldText(text));
  const body = '　　2024年，县联社持续深化综合改革，全系统实现销售总额86.4亿元。\n';
  it('is read from the title and from the signature above a list of attachments', () => {
    expect(infer('沭阳县供销合作社联合社2024年工作总结\n' + body).issuer).toBe('沭阳县供销合作社联合社');
    const signed =
      '2024年工作总结\n' +
      body +
      '　　　　沭阳县供销合作社联合社\n　　　　2024年12月27日\n\n附件：1．主要经济指标完成情况表\n　　　2．重点工作任务清单\n';
    expect(infer(signed)).toMatchObject({ issuer: '沭阳县供销合作社联合社', date: '2024-12-27' });
  });

  it('is named by its level and 联社 alone, and its counts with a partner are the partner’s', () => {
    expect(
      links(
        '沭阳县供销合作社联合社2024年工作总结\n　　县联社会同县农业农村局开展农资打假专项行动，检查门店426家次。',
        '沭阳县供销合作社联合社',
      ),
    ).toEqual([['426家次', ['沭阳县农业农村局']]]);
  });
});
