import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

// The thirtieth held-out set (puyang-economic-development-zone-2024.txt) and sentences written for this test.
describe('drives named …集中治理', () => {
  it('reads a drive concentrated on one field, as …集中整治 is read (puyang)', () => {
    expect(names('开展危险化学品安全风险集中治理，检查企业156家次。')).toEqual(['危险化学品安全风险集中治理']);
    expect(names('深入开展城镇燃气安全集中治理行动。')).toEqual(['城镇燃气安全集中治理行动']);
  });

  it('reads no drive where the governing is done to a described matter', () => {
    expect(names('对违规占地问题进行集中治理。')).toEqual([]);
    expect(names('对校园周边环境开展集中治理。')).toEqual([]);
  });
});

describe('a formula sharing the work out before the treating', () => {
  it('reads no drive in “一企一策”治理 or “一矿一策”整治: how the work is done (puyang)', () => {
    expect(names('对化工产业园区17家重点企业实行“一企一策”治理，完成治理项目23个。')).toEqual([]);
    expect(names('对9家矿山实行“一矿一策”整治。')).toEqual([]);
  });

  it('keeps the programmes such a formula names, and the drives named by their target', () => {
    expect(names('开展“一支部一品牌”创建。')).toEqual(['“一支部一品牌”创建']);
    expect(names('实施民族乡振兴“一乡一特”工程。')).toContain('“一乡一特”工程');
    expect(names('深化“两违”整治。')).toEqual(['“两违”整治']);
  });
});
