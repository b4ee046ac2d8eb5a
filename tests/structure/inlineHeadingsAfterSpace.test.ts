import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';

const headings = (text: string) => structureReport(text, 'x').sections.map((s) => `L${s.level} ${s.heading}`);

// The twenty-third held-out set's 江西 page with its paragraphs run into one: each paragraph's end kept as a space, so a
// first numbered child follows its heading after a space (…的问题 1.推进…), not glued to it.
const RUN_TOGETHER =
  '根据省委统一部署，省委第六巡视组对省水利厅党组开展了常规巡视。 一、提高政治站位，扛牢巡视整改政治责任 厅党组把巡视整改作为重大政治任务。' +
  ' 二、聚焦反馈问题，推动整改任务落地见效 （一）关于贯彻落实党中央决策部署不够到位的问题 1.推进河湖长制落地见效。全省各级河湖长巡河巡湖' +
  '38.6万人次。 2.加快水利基础设施建设。全年完成水利投资412.6亿元。 （二）关于落实全面从严治党责任有差距的问题 1.压实管党治党责任。' +
  '驻厅纪检监察组与厅党组会商6次。 2.严肃查处违纪违法问题。查处违纪违法案件9件。';

describe('a first numbered child after its heading and a space, in a page run into one paragraph', () => {
  // Where a part heading ends before its body is not written (…政治责任 厅党组把…); the levels under it are read here.
  it('is read as a heading, and its siblings after it', () => {
    expect(headings(RUN_TOGETHER).filter((h) => !h.startsWith('L1'))).toEqual([
      'L2 关于贯彻落实党中央决策部署不够到位的问题',
      'L3 推进河湖长制落地见效',
      'L3 加快水利基础设施建设',
      'L2 关于落实全面从严治党责任有差距的问题',
      'L3 压实管党治党责任',
      'L3 严肃查处违纪违法问题',
    ]);
  });

  it('but a number after a space inside a sentence starts no heading', () => {
    expect(headings('全年共完成整改任务 1.5万项，其中重点任务 1项。')).toEqual([]);
  });
});
