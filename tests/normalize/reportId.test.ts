import { describe, expect, it } from 'vitest';
import { reportId } from '../../src/normalize/normalizeReport.ts';

describe('reportId: stable ASCII ids from the file name', () => {
  it.each([
    ['dongguan-2018.txt', 'dongguan-2018'],
    ['data/reports/Dongguan 2018.HTML', 'dongguan-2018'],
    ['东莞市2018年巡视整改.txt', 'dongguanshi-2018-nianxunshizhenggai'],
    ['绿色发展_2021.md', 'lvsefazhan-2021'],
    ['Ōsaka–report.txt', 'osaka-report'],
    ['《》.txt', 'report'],
  ])('%s → %s', (file, id) => expect(reportId(file)).toBe(id));

  it('depends on the name only, not the folder', () => {
    expect(reportId('/a/b/xinchang-2021.txt')).toBe(reportId('xinchang-2021.txt'));
  });
});
