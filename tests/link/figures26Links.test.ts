import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';

// Links figures26 set right after the first run of its documents (tests/fixtures/figures26), on sentences written for them.
function linked(sentence: string): [string, string[]][] {
  const content = `某市2023年统计公报\n${sentence}\n`;
  const x = extractReport({ path: 't.txt', file: 't.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.figures.map((f) => [f.text, f.entities.map((id) => name.get(id)!)]);
}

describe('figures26: a project opening its clause, a bound inside a 分别 list', () => {
  it('gives a project that opens its clause its own figures, not the river named before', () => {
    const got = linked('湘江株洲段通航里程98公里；渌水航道整治工程完成投资1.2亿元。');
    expect(got[1]).toEqual(['1.2亿元', ['渌水航道整治工程']]);
  });

  it('pairs the places of a 分别 list with its counts past a bound that sets the counted things apart', () => {
    const got = linked('黎家坪镇、七里桥镇分别建成500亩以上粮食生产示范片5个和3个。');
    expect(got.slice(1)).toEqual([
      ['5个', ['黎家坪镇']],
      ['3个', ['七里桥镇']],
    ]);
  });
});
