import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';

// Text copied from a PDF: lines broken at the page width, mid-sentence and mid-name (sentences of our own).
const content = [
  '中共平江县委关于巡视整改进展情况的通报',
  '根据省委统一部署，省委第五巡视组对平江县进行了常规巡视，并向县委反馈了巡视意见。县委',
  '常委会高度重视，先后召开会议研究整改工作，逐项制定整改措施，明确责任单位和完成时限。长寿',
  '镇石湾村原党支部书记违规套取补助资金问题，已移送县人民法',
  '院审理，相关责任人员已被依纪依法严肃处理，整改工作取得阶段性成效。',
].join('\n');

describe('names cut by a line wrap', () => {
  const x = extractReport({ path: 'w.txt', file: 'w.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} });
  const named = (name: string) => x.entities.find((e) => e.name === name);

  it('reads a body whose name runs over the break, with a mention that reads the text as shown', () => {
    const court = named('平江县人民法院');
    const at = content.indexOf('县人民法\n院');
    expect(court?.mentions.map((m) => [m.start, m.end, m.surface])).toEqual([[at, at + 6, '县人民法\n院']]);
    expect(named('平江县委常委会')?.mentions.map((m) => content.slice(m.start, m.end))).toEqual(['县委\n常委会']);
  });

  it('reads a place whose name runs over the break', () => {
    expect(named('长寿镇')?.mentions.map((m) => content.slice(m.start, m.end))).toEqual(['长寿\n镇']);
  });
});
