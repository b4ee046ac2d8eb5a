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

// A court's drives on one matter (the kind the twenty-fourth set's brief suggested), in sentences written for this test.
describe('drives named …专项活动', () => {
  it('reads a drive on one matter as a 专项行动 is read', () => {
    expect(names('开展涉企积案清理专项活动，清理积案126件。')).toEqual(['涉企积案清理专项活动']);
  });

  it('reads no drive in a field’s ordinary activity or a bare 专项活动', () => {
    expect(names('开展安全生产专项活动。组织开展主题党日专项活动。开展专项活动3次。')).toEqual([]);
  });
});
