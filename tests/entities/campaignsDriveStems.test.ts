import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

// Drives whose name holds a word that usually ends one (落实, 服务, 组织), as a city 民政局's summary writes them (the sixteenth
// held-out set, 十堰), in sentences written for this test, and drives that are only the object of a visit.
const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

describe('a drive named across a word inside it, up to the verb that launches it', () => {
  it('reads the name through 落实 and 服务 to 开展', () => {
    expect(names('深入开展农村低保政策落实专项整治，排查问题420个。')).toEqual(['农村低保政策落实专项整治']);
    expect(names('开展整治殡葬服务乱收费专项行动，查处6起。')).toEqual(['整治殡葬服务乱收费专项行动']);
  });

  it('reads a quoted kind before the stem as the front of the whole name, 行动 included', () => {
    expect(names('开展“空壳型”农民合作社专项清理整治行动。')).toEqual(['“空壳型”农民合作社专项清理整治行动']);
    expect(names('开展“僵尸型”社会组织专项清理整治行动，撤销登记42家。')).toEqual(['“僵尸型”社会组织专项清理整治行动']);
  });

  it('does not read a description of problems across a word inside it (dongguan-2018)', () => {
    expect(names('开展领导干部不作为不尽责问题专项整治,对不作为不尽责问题线索进行排查。')).toEqual([]);
  });
});

describe('a drive that places are visited to supervise', () => {
  it('is no drive named after the places', () => {
    expect(names('赴城关镇、柳林乡督查专项整治3次。')).toEqual([]);
    expect(names('局长带队赴郧阳区、竹溪县督导专项整治4次。')).toEqual([]);
  });

  it('but a check launched as a drive keeps its name', () => {
    expect(names('开展安全生产大检查专项行动。')).toEqual(['安全生产大检查专项行动']);
  });
});
