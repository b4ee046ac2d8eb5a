import { describe, expect, it } from 'vitest';
import { insideLonger, SpanCover } from '../../src/text/spanCover.ts';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';
import { foldWidth } from '../../src/text/foldWidth.ts';

describe('SpanCover', () => {
  const cover = new SpanCover(20, [{ start: 2, end: 5 }]);
  it('tells overlap by shared characters only (touching spans do not overlap)', () => {
    expect([cover.overlaps({ start: 0, end: 2 }), cover.overlaps({ start: 4, end: 9 }), cover.overlaps({ start: 5, end: 9 })]).toEqual([
      false,
      true,
      false,
    ]);
  });
  it('grows as spans are added and answers single positions', () => {
    cover.add({ start: 10, end: 12 });
    expect([cover.covers(11), cover.covers(12), cover.overlaps({ start: 8, end: 11 })]).toEqual([true, false, true]);
  });
});

describe('SpanCover.lazy', () => {
  // The bodies a sentence names (中共东莞市委, 市纪委, 东莞市人民政府), as the organizations' recognizers hand them over.
  const text = '中共东莞市委、市纪委联合东莞市人民政府部署工作。';
  const bodies = [
    { start: 0, end: 6 },
    { start: 7, end: 10 },
    { start: 12, end: 19 },
  ];
  const asked = Array.from({ length: text.length + 2 }, (_, at) => at - 1);
  it('answers its first questions from the offsets as the flags answer them, and every later one from the flags', () => {
    const eager = new SpanCover(text.length, bodies);
    const lazy = SpanCover.lazy(text.length, bodies);
    // Enough questions that the lazy cover turns to flags on the way (a share of the text's length in offsets read).
    for (const at of asked) {
      expect([lazy.covers(at), lazy.any(at, at + 3)]).toEqual([eager.covers(at), eager.any(at, at + 3)]);
      if (at === 12) {
        lazy.add({ start: 20, end: 22 });
        eager.add({ start: 20, end: 22 });
      }
    }
    expect([lazy.covers(10), lazy.covers(21), lazy.any(10, 12)]).toEqual([false, true, false]);
  });
});

describe('insideLonger', () => {
  it('hides a span inside a strictly longer one, never one of two equal spans', () => {
    const spans = [
      { start: 5, end: 9 }, // inside 0–10
      { start: 0, end: 10 },
      { start: 12, end: 15 },
      { start: 12, end: 15 }, // equal to the previous: both stay
      { start: 12, end: 14 }, // inside 12–15
      { start: 9, end: 13 }, // crosses two spans, inside none
    ];
    expect(insideLonger(spans)).toEqual([true, false, false, false, true, false]);
  });
});

describe('findCampaigns on a long report', () => {
  it('finds the same names in every copy of a repeated paragraph (no cross-talk between distant mentions)', () => {
    const para = '深入开展“清风行动”，打好碧水保卫战，推进“千万工程”迭代升级，开展扫黑除恶专项斗争。\n';
    const text = para.repeat(200);
    const found = findCampaigns(text, foldWidth(text));
    expect(found.length).toBe(200 * 4);
    expect(found.slice(0, 4).map((c) => c.surface)).toEqual(['清风行动', '碧水保卫战', '千万工程', '扫黑除恶专项斗争']);
  });
});

describe('findCampaigns: the permanent drive against organized crime', () => {
  it('reads 扫黑除恶常态化斗争 as a drive, not only the old 专项斗争', () => {
    const text = '开展扫黑除恶常态化斗争，打好防范化解重大风险攻坚战。';
    expect(findCampaigns(text, foldWidth(text)).map((c) => [c.surface, c.start, c.end])).toEqual([
      ['扫黑除恶常态化斗争', 2, 11],
      ['防范化解重大风险攻坚战', 14, 25],
    ]);
  });
});
