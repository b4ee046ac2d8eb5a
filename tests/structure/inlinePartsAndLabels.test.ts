import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';

// The thirtieth held-out set's 濮阳 report (第一部分 parts, half-width (一) and (1) under 1., an 整改情况： label before each
// first item) with its line breaks lost, and sentences written for this test.
const FLAT =
  '现将巡察整改进展情况予以公布。第一部分　整改工作组织开展情况(一)强化政治担当，压紧压实整改责任。党工委书记张卫国同志主持召开会议9次。' +
  '(二)坚持统筹推进，确保整改落地见效。建立完善制度机制18项。第二部分　巡察反馈问题整改落实情况(一)关于贯彻落实党中央决策部署方面' +
  '1.关于招商引资和项目建设质效不高的问题整改情况：(1)健全项目准入和履约监管机制。出台评价办法。(2)推动重点项目加快建设。新签约项目28个。' +
  '第三部分　下一步工作打算(一)持续深化整改。确保全部整改到位。';

describe('parts numbered 第一部分 and items after a label, when no heading starts a line', () => {
  const { sections } = structureReport(FLAT, 'x');
  it('reads each part after a sentence end, its (一) restarting under it, and the (1) after 整改情况： (濮阳)', () => {
    expect(sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '整改工作组织开展情况'],
      [2, '强化政治担当，压紧压实整改责任'],
      [2, '坚持统筹推进，确保整改落地见效'],
      [1, '巡察反馈问题整改落实情况'],
      [2, '关于贯彻落实党中央决策部署方面'],
      [3, '关于招商引资和项目建设质效不高的问题整改情况'],
      [4, '健全项目准入和履约监管机制'],
      [4, '推动重点项目加快建设'],
      [1, '下一步工作打算'],
      [2, '持续深化整改'],
    ]);
  });

  it('reads no part in a sentence that names one (见第二部分), and no items run on within a sentence after a colon', () => {
    const text = '现将情况公布如下。一、总体情况具体措施见第二部分。会议要求：(1)加强领导，(2)压实责任。二、下一步打算继续推进。';
    expect(structureReport(text, 'y').sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '总体情况具体措施见第二部分'],
      [1, '下一步打算继续推进'],
    ]);
  });

  it('still reads items after a colon that each end their sentence', () => {
    const text = '现将情况公布如下。一、总体情况会议要求：(1)加强领导。成立领导小组。(2)压实责任。逐项明确责任人。二、下一步打算继续推进。';
    expect(structureReport(text, 'z').sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '总体情况会议要求'],
      [4, '加强领导'],
      [4, '压实责任'],
      [1, '下一步打算继续推进'],
    ]);
  });
});
