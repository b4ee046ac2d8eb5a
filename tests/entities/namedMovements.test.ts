import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// The People's Republic's political movements named as history in the reports of the 1950s–70s, by the words CC-CEDICT
// glosses as such: found by the paragraph recall audit of the State Council reports (tests/fixtures/audit/recall-gwr-2122.tsv
// row 11: 文化大革命 missed; 整风运动 ×14, 反右派斗争 ×7, 大跃进 ×11 read nowhere in gwr). Report sentences.
const campaigns = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'campaign')
    .flatMap((e) => e.mentions.map((m) => [m.start, m.surface] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, surface]) => surface);

describe('a named movement of the state’s history', () => {
  it('reads the movement where the report looks back on it (gwr-1958, gwr-1978, gwr-1960)', () => {
    expect(campaigns('在高等学校和其他知识界，经过整风运动和反右派斗争，批判了资产阶级思想。')).toEqual(['整风运动', '反右派斗争']);
    expect(campaigns('这个伟大胜利，标志着我国第一次无产阶级文化大革命胜利结束。')).toEqual(['文化大革命']);
    expect(campaigns('在总路线、大跃进和人民公社这三面红旗的引导下继续前进。')).toEqual(['大跃进']);
  });

  it('reads no movement in the common noun it is counted as (gwr-1964)', () => {
    expect(campaigns('孙中山先生在本世纪初期就说过，中国将要出现一个大跃进。')).toEqual([]);
  });
});
