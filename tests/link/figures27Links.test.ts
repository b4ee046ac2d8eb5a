import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';

// Links figures27 set right after the first run of its documents (tests/fixtures/figures27), on sentences written for them.
function linked(sentence: string): [string, string[]][] {
  const content = `某市民政局2024年工作总结\n${sentence}\n`;
  const x = extractReport({ path: 't.txt', file: 't.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.figures.map((f) => [f.text, f.entities.map((id) => name.get(id)!).sort()]);
}

describe('figures27: 灾区 stands for the places a disaster struck', () => {
  it('gives the relief sent 向灾区 to the places the sentence says a flood struck', () => {
    const got = linked('5月，平江县、汨罗市遭受暴雨洪涝灾害，省应急管理厅向灾区调拨折叠床500张、救灾资金300万元。');
    for (const [, names] of got) expect(names).toEqual(expect.arrayContaining(['平江县', '汨罗市']));
  });

  it('reads no 灾区 where no place is said to be struck before it', () => {
    const got = linked('全年向灾区捐赠物资折合86万元。');
    expect(got[0]![1]).toEqual([]);
  });
});

describe('figures27: a water section or a port named by a place, a facility owns its traffic', () => {
  it('links no city named inside a water section or a port', () => {
    expect(linked('澧水张家界段漂流接待游客42万人次。')[0]![1]).not.toContain('张家界市');
    expect(linked('湘江株洲段通航里程98公里。')[0]![1]).not.toContain('株洲市');
  });

  it('takes a port or an airport it is linked to out of the key of its traffic', () => {
    const x = extractReport({
      path: 't.txt',
      file: 't.txt',
      format: 'txt',
      encoding: 'UTF-8',
      content: '某市2024年商务工作报告\n岳阳港完成货物吞吐量1.62亿吨。\n',
      meta: {},
    });
    expect(x.figures[0]!.indicator).toBe('货物吞吐量');
  });
});
