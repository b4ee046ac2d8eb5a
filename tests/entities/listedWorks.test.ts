import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';
import { foldWidth } from '../../src/text/foldWidth.ts';

// Works listed in the 1950s reports' lists of the plan's projects, each named by its place and what it makes: found reading
// gwr-1958 after audit21's samples (本溪钢铁公司, 南京钢铁厂 … read as their cities alone). Report sentences, folded as the
// normalize stage folds them (the comma narrow).
const bodies = (text: string) =>
  entitiesOf(text, foldWidth(text))
    .filter((e) => e.type === 'organization')
    .flatMap((e) => e.mentions.map((m) => [m.start, m.surface] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, surface]) => surface);

describe('works listed beside a works read', () => {
  it('reads each member of a list of plants named by their places (gwr-1958)', () => {
    expect(bodies('今年地方新建和扩建的十四个冶金企业，有乌鲁木齐八一钢铁厂，南京钢铁厂，江西钢铁厂，广州钢铁厂，等等。')).toEqual([
      '乌鲁木齐八一钢铁厂',
      '南京钢铁厂',
      '江西钢铁厂',
      '广州钢铁厂',
    ]);
    expect(
      bodies('重要的有：本溪钢铁公司，黑龙江钢厂，吉林肥料厂，吉林电石厂，哈尔滨锅炉厂，太原第一热电站，佳木斯造纸厂，等等。'),
    ).toEqual(['本溪钢铁公司', '黑龙江钢厂', '吉林肥料厂', '吉林电石厂', '哈尔滨锅炉厂', '太原第一热电站', '佳木斯造纸厂']);
  });

  it('reads no plant of a province alone, outside a list (written)', () => {
    expect(bodies('江西钢铁厂的产量增加了。')).toEqual([]);
  });
});
