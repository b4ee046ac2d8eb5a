import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import type { ReportExtraction } from '../../src/types.ts';

// The whole pipeline on the Dongguan report: figure links as the report's own sentences state them.
describe('linkReport on the Dongguan report (whole pipeline)', () => {
  let ex: ReportExtraction;
  const linksOf = (figureText: string, contextStart: string) => {
    const names = new Map(ex.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
    const f = ex.figures.find((x) => x.text === figureText && x.context.startsWith(contextStart));
    expect(f, `${figureText} in ${contextStart}…`).toBeDefined();
    return f!.entities.map((id) => names.get(id)!);
  };
  const has = (links: string[][], name: string) => links.some((names) => names.includes(name));

  beforeAll(() => {
    const path = new URL('../../data/reports/dongguan-2018.txt', import.meta.url);
    const content = fs.readFileSync(path, 'utf8');
    ex = extractReport({ path: path.pathname, file: 'dongguan-2018.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} });
  });

  it('links the accident to 高埗镇 and not the punishments after it', () => {
    expect(has(linksOf('5人', '高埗镇'), '高埗镇')).toBe(true);
    expect(has(linksOf('1人', '高埗镇'), '高埗镇')).toBe(true);
    expect(linksOf('11名', '对相关部门')).toEqual([]);
    expect(linksOf('10名', '并按规定')).toEqual([]);
  });

  it('links the referred complaints to the receiving body and the inspection team', () => {
    for (const [fig, ctx] of [
      ['886件', '市纪委监委'],
      ['799件', '已办结799件'],
      ['7件', '收到省委巡视组'],
      ['6件', '已办结6件'],
    ] as const) {
      const links = linksOf(fig, ctx);
      expect(has(links, '市纪委监委')).toBe(true);
      expect(has(links, '省委巡视组')).toBe(true);
    }
  });

  it('links each visit count to the visiting leader only', () => {
    expect(linksOf('18个', '市委书记梁维东').flat()).toContain('梁维东');
    expect(linksOf('18个', '市委书记梁维东').flat()).not.toContain('大朗镇');
    expect(linksOf('18个', '市委副书记、市长肖亚非').flat()).toContain('肖亚非');
  });

  it('links 全市 figures to 东莞市 only where the sentence names 东莞', () => {
    expect(has(linksOf('7.5%', '2018年1-9月全市GDP'), '东莞市')).toBe(true);
    expect(linksOf('8814家', '全市淘汰整治')).toEqual([]);
  });

  it('makes the 高埗镇 accident a case about 高埗镇', () => {
    const town = ex.entities.find((e) => e.name === '高埗镇')!;
    const accident = ex.cases.find((c) => c.kinds.includes('accident'))!;
    expect(accident.entities).toContain(town.id);
    expect(ex.relations).toContainEqual(expect.objectContaining({ type: 'case-about', source: accident.id, target: town.id }));
  });
});
