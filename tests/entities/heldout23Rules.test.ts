import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';
import { nationalBodies } from '../../src/entities/organizations/nationalBodies.ts';

// Drives and works a provincial 水利厅's rectification report names (the twenty-third held-out set, 江西), and the central
// level of its money, in sentences written for this test, and what stays no campaign.
const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

describe('a drive against the prominent problems of a field (…突出问题专项整治)', () => {
  it('reads the field through 突出问题 to the verb that launches it', () => {
    expect(names('会同省发展改革委开展水利工程建设领域招标投标突出问题专项整治，检查项目136个。')).toEqual([
      '水利工程建设领域招标投标突出问题专项整治',
    ]);
    expect(names('深入开展工程建设领域突出问题专项治理。')).toEqual(['工程建设领域突出问题专项治理']);
  });

  it('keeps 突出 a verb that stops the name before anything but 问题', () => {
    expect(names('突出问题导向，开展专项整治。')).toEqual([]);
    expect(names('突出重点开展扫黑除恶专项斗争。')).toEqual(['扫黑除恶专项斗争']);
  });
});

describe('a named work whose building starts', () => {
  it('is known by its name where 开工建设 or 正式开工 follows it', () => {
    expect(names('推动鄱阳湖水利枢纽工程开工建设，完成投资36.5亿元。')).toEqual(['鄱阳湖水利枢纽工程']);
    expect(names('引江济淮工程正式开工。')).toEqual(['引江济淮工程']);
  });

  it('but a kind of work that starts names none', () => {
    expect(names('全市重点工程开工建设12个。')).toEqual([]);
    expect(names('推进城乡供水一体化工程开工建设。')).toEqual([]);
  });
});

describe('a quoted verb of clearing and its numbered target', () => {
  it('names the drive whatever word follows it', () => {
    expect(names('排查整治河湖“清四乱”问题1862个。')).toEqual(['清四乱']);
    expect(names('推进河湖“清四乱”常态化规范化。')).toEqual(['清四乱']);
    expect(names('禁止卖淫嫖娼、吸毒贩毒等“除六害”斗争。')).toEqual(['除六害']);
  });

  it('while the numbered target alone is the problem', () => {
    expect(names('整治河湖“四乱”问题120个。')).toEqual([]);
  });
});

describe("中央 as the central level of the state's money", () => {
  const centre = (text: string) => nationalBodies(text, []).map((h) => text.slice(h.start, h.end));

  it('is no party centre before 和省级 or 资金', () => {
    expect(centre('会同省财政厅下达中央和省级水利资金168.3亿元。')).toEqual([]);
    expect(centre('争取中央资金12亿元。')).toEqual([]);
  });

  it('while 中央 before 和省 of a body or an inspection still is', () => {
    expect(centre('认真落实中央和省委部署。')).toEqual(['中央']);
  });
});
