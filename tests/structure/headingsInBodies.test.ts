import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';

const headings = (text: string) => structureReport(text, 'x').sections.map((s) => `L${s.level} ${s.heading}`);

// The twentieth held-out set's 石河子 report as a site's editor may paste it: each part's heading keeps its line, the
// headings under it run into one paragraph after the sentence before them.
const PASTED =
  '一、2023年工作回顾\n' +
  '过去一年，师市经济社会发展取得新成效。全年实现生产总值1086.4亿元，增长7.2%。（一）现代农业提质增效。全师棉花种植面积稳定在186万亩。' +
  '一二一团建成数字化棉田示范基地3.2万亩。（二）新型工业化加快推进。规模以上工业增加值增长9.1%。\n' +
  '二、存在的问题\n' +
  '一是产业结构偏重；二是团场发展不平衡。\n' +
  '三、2024年重点工作\n' +
  '（一）做强现代农业。稳定棉花种植面积180万亩。（二）壮大工业经济。完成工业投资170亿元。（三）扩大向西开放。开行中欧班列130列以上。\n';

describe('headings run into the text under a heading line', () => {
  it('reads the (一) headings after a sentence end below a part heading that kept its line, first line or not', () => {
    expect(headings(PASTED)).toEqual([
      'L1 2023年工作回顾',
      'L2 现代农业提质增效',
      'L2 新型工业化加快推进',
      'L1 存在的问题',
      'L1 2024年重点工作',
      'L2 做强现代农业',
      'L2 壮大工业经济',
      'L2 扩大向西开放',
    ]);
  });

  it('gives the sentences after an inline heading its section, and measures keep theirs', () => {
    const { sections, sentences, measures } = structureReport(PASTED, 'x');
    const at = PASTED.indexOf('一二一团建成');
    const sentence = sentences.find((s) => s.start <= at && at < s.end)!;
    expect(sections.find((s) => s.id === sentence.section)!.heading).toBe('现代农业提质增效');
    expect(measures.map((m) => m.heading)).toEqual(['产业结构偏重', '团场发展不平衡']);
  });

  it('reads the next siblings of a heading line whose own level has no line after it (（一） on its line, （二） in its text)', () => {
    const text =
      '一、主要工作\n' +
      '（一）服务民营经济。走访企业2860家。（二）推进万企兴万村。实施结对项目1520个。（三）加强商会建设。新增商会12家。\n' +
      '二、下步打算\n' +
      '持续优化服务。\n';
    expect(headings(text)).toEqual(['L1 主要工作', 'L2 服务民营经济', 'L2 推进万企兴万村', 'L2 加强商会建设', 'L1 下步打算']);
  });

  it('reads no heading in the text of a heading whose children have lines of their own', () => {
    const text = '一、主要工作\n' + '全年走访企业2860家。（一）是指规模以上企业。\n' + '（一）服务民营经济\n' + '走访企业2860家。\n';
    expect(headings(text)).toEqual(['L1 主要工作', 'L2 服务民营经济']);
  });

  it('reads no numbered clause of running text as a heading (a budget read item by item)', () => {
    const text =
      '二、一九五五年国家预算的执行情况\n' +
      '一九五五年国家预算收入的执行情况如下：（一）各项税收共收到12,748,000,000元，完成预算数的109.08%。' +
      '（二）国营企业和事业收入共收到11,194,026,000元，完成预算数的89.51%。（三）信贷保险收入共收到2,360,816,000元。\n';
    expect(headings(text)).toEqual(['L1 一九五五年国家预算的执行情况']);
  });
});
