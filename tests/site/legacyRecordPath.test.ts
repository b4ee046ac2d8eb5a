// Figures, cases and measures were pages of their own (figure/<id>/); they are rows of their report's tables now. An old
// URL is read by the 404 page and sent to the row, which keeps the old id as a second anchor.
import { describe, expect, it } from 'vitest';
import { legacyAnchor, legacyRecordPath, paths } from '../../src/site/paths.ts';

describe('old record URLs', () => {
  it('sends a figure, a case and a measure page of an earlier build to its row, under any base path', () => {
    expect(legacyRecordPath('/kg/figure/dongguan-2018-f6/')).toEqual({ prefix: '/kg/', path: 'figures/dongguan-2018/#dongguan-2018-f6' });
    expect(legacyRecordPath('/case/dongguan-2018-c12/')).toEqual({ prefix: '/', path: 'cases/dongguan-2018/#dongguan-2018-c12' });
    expect(legacyRecordPath('/a/b/measure/2020-niantongbao-hunan-m3')).toEqual({
      prefix: '/a/b/',
      path: 'report/2020-niantongbao-hunan/measures/#2020-niantongbao-hunan-m3',
    });
  });

  it('leaves any other path alone', () => {
    for (const p of ['/kg/figures/dongguan-2018/', '/kg/figure/dongguan-2018-c6/', '/kg/entity/place/x/', '/kg/figure/', '/kg/case/x/'])
      expect(legacyRecordPath(p)).toBeNull();
  });

  it('points at the anchor the row keeps, and the new URL cites the content anchor', () => {
    expect(legacyRecordPath('/figure/dongguan-2018-f6/')!.path.endsWith(`#${legacyAnchor('dongguan-2018-f6')}`)).toBe(true);
    expect(paths.figure('dongguan-2018', 'f-1vexezq')).toBe('figures/dongguan-2018/#f-1vexezq');
    expect(paths.case('dongguan-2018', 'c-1vexezq')).toBe('cases/dongguan-2018/#c-1vexezq');
    expect(paths.measure('dongguan-2018', 'm-1vexezq')).toBe('report/dongguan-2018/measures/#m-1vexezq');
  });
});
