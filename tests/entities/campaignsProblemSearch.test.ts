import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

// A drive that searches out one field's problems and mends them (…突出问题排查整治), as the tenth held-out set's 舒城 runs
// the national 妨碍河道行洪突出问题排查整治; in sentences written for this test.
describe('drives named …问题排查整治', () => {
  it('reads a drive named by a long description of the problems it searches out', () => {
    expect(names('开展妨碍河道行洪突出问题排查整治，清理违建12处。')).toEqual(['妨碍河道行洪突出问题排查整治']);
    expect(names('深入开展城镇燃气安全突出问题排查整治。')).toEqual(['城镇燃气安全突出问题排查整治']);
  });

  it('reads no drive in the ordinary search for hazards or problems', () => {
    expect(names('开展安全隐患排查整治，整改隐患36处。')).toEqual([]);
    expect(names('开展群众身边问题排查整治。')).toEqual([]);
  });
});
