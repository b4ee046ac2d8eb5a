import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

// Things listed before a drive's target share the drive: found by the mention precision audit of the State Council reports
// (tests/fixtures/audit/mentions-gwr-1818.tsv, row 161; gwr-2010 has a second). Report sentences and sentences written by
// helper audit18.
const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

describe('a drive over things listed before its target', () => {
  it('reads the drive from the first thing listed (gwr-2018, gwr-2010)', () => {
    expect(names('开展柴油货车、船舶超标排放专项治理，继续淘汰老旧车。')).toEqual(['柴油货车、船舶超标排放专项治理']);
    expect(names('加强食品、药品安全专项整治。')).toEqual(['食品、药品安全专项整治']);
  });

  it('reads places and institutions listed so as well', () => {
    expect(names('全面开展城市、农村人居环境集中整治。')).toEqual(['城市、农村人居环境集中整治']);
    expect(names('开展学校、医院周边治安专项整治。')).toEqual(['学校、医院周边治安专项整治']);
    expect(names('深入开展农村、校园周边食品安全专项整治。')).toEqual(['农村、校园周边食品安全专项整治']);
  });

  it('leaves apart a task listed before the drive', () => {
    expect(names('推进污染防治、食品安全专项整治。')).toEqual(['食品安全专项整治']);
    expect(names('加强安全生产、道路交通专项整治。')).toEqual(['道路交通专项整治']);
  });
});
