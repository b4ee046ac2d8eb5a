import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';

// Rules from the twenty-fourth held-out set (a county's budget report, a city 医疗保障局's summary), each tried on sentences
// written for it.

/** Each figure's text and the names of what it is linked to, for a report given as text. */
function linksOf(content: string): [string, string[]][] {
  const got = extractReport({ path: 'r.txt', file: 'r.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} });
  const name = new Map(got.entities.map((e) => [e.id, e.name]));
  return got.figures.map((f) => [f.text, f.entities.map((id) => name.get(id) ?? id)]);
}

describe('分别 in a clause naming nobody, after clauses that name nobody either', () => {
  it('pairs its figures with the names the sentence opened on', () => {
    const text = '湖州市第一人民医院、湖州市中心医院牵头组建紧密型医疗集团，医保基金实行总额付费，两家医院次均住院费用分别下降5.2%和3.6%。';
    expect(linksOf(text)).toEqual([
      ['5.2%', ['湖州市第一人民医院']],
      ['3.6%', ['湖州市中心医院']],
    ]);
  });

  it('pairs nothing when the figures after 分别 are not as many as the names', () => {
    const text = '德清县、长兴县启动农村生活污水治理，项目全面开工，分别完成投资1.2亿元、0.8亿元和0.5亿元。';
    const got = linksOf(text);
    expect(got.map(([f, names]) => [f, names.length])).toEqual([
      ['1.2亿元', 2],
      ['0.8亿元', 2],
      ['0.5亿元', 2],
    ]);
  });
});

describe('a subjectless clause building up several named bodies, each with the part of it built', () => {
  it('links the money after it to each hospital (支持A医院新院区、B医院康复楼建设，安排资金…)', () => {
    const text = '支持安吉县人民医院新院区、安吉县中医医院门诊楼建设，安排资金5200万元。';
    expect(linksOf(text)).toEqual([['5200万元', ['安吉县人民医院', '安吉县中医医院']]]);
  });
});
