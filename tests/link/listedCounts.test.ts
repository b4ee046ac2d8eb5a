import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const links = figureLinks;
const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));

// A breakdown "X n、Y m" gives each place its own count: the first name opens the clause, but it is the subject of its
// own figure only, not of the figures that name another place.
describe('linkReport: a breakdown of counts by place', () => {
  it('gives each place of 其中X 320处、Y 150处 its own count, and the total to none', () => {
    const text = '全县共排查隐患1200处,其中城关镇320处、新城镇150处。';
    expect(links(text, places(text, '城关镇', '新城镇'))).toEqual([
      ['1200处', []],
      ['320处', ['城关镇']],
      ['150处', ['新城镇']],
    ]);
  });

  it('does the same for three places after the subject clause', () => {
    const text = '完成改造任务86个,城关镇40个、新城镇26个、河西乡20个。';
    expect(links(text, places(text, '城关镇', '新城镇', '河西乡'))).toEqual([
      ['86个', []],
      ['40个', ['城关镇']],
      ['26个', ['新城镇']],
      ['20个', ['河西乡']],
    ]);
  });

  it('keeps the opening place for a later figure that names no place', () => {
    const text = '城关镇完成整改18个,销号12个。';
    expect(links(text, places(text, '城关镇'))).toEqual([
      ['18个', ['城关镇']],
      ['12个', ['城关镇']],
    ]);
  });
});
