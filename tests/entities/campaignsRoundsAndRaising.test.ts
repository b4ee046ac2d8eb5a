import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

// A drive's round and date said before its name, movements raised, quoted aims held up as the means of the work, quoted
// names chained before one programme's head: sentences written by helper regcamp24 (the misses of regcamp23's sets).
const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

describe('the round and the date of a drive, said before its name', () => {
  it('reads the name without its round', () => {
    expect(names('启动新一轮城镇老旧小区改造提升三年行动，改造小区86个。')).toEqual(['城镇老旧小区改造提升三年行动']);
    expect(names('开展第二轮违规占用耕地建房专项整治。')).toEqual(['违规占用耕地建房专项整治']);
  });

  it('reads a long drive dated by its year, carried over a word inside it', () => {
    expect(names('开展2022年度医疗保障基金专项治理，追回资金300万元。')).toEqual(['医疗保障基金专项治理']);
    expect(names('开展2023年食品安全保障能力专项整治。')).toEqual(['食品安全保障能力专项整治']);
  });
});

describe('movements raised and launched with 了', () => {
  it('reads a movement after a verb of raising or a launch verb and its 了', () => {
    expect(names('全乡掀起了全民义务植树运动的高潮。')).toEqual(['全民义务植树运动']);
    expect(names('各村开展了爱国卫生运动，清理垃圾800吨。')).toEqual(['爱国卫生运动']);
  });

  it('reads no movement from a fervour with no named movement', () => {
    expect(names('全镇掀起植树造林热潮。')).toEqual([]);
    expect(names('掀起了群众运动。')).toEqual([]);
  });
});

describe('quoted aims held up as the means of the work', () => {
  it('reads the building or the work of a quoted aim held up by 以', () => {
    expect(names('以“清廉学校”建设为抓手，推动全面从严治党向基层延伸。')).toEqual(['“清廉学校”建设']);
    expect(names('以“双减”工作为载体，提升课后服务水平。')).toEqual(['双减']);
  });

  it('reads no drive from a manner or a building not held up so', () => {
    expect(names('以“网格化”建设为抓手，提升治理水平。')).toEqual([]);
    expect(names('以“平台”建设为重点。')).toEqual([]);
  });
});

describe('quoted names chained before one programme', () => {
  it('reads the whole chain and its head as one programme', () => {
    expect(names('实施“揭榜”“挂帅”科技攻关计划，攻克关键技术12项。')).toEqual(['“揭榜”“挂帅”科技攻关计划']);
    expect(names('启动“领航”研发攻关计划。')).toEqual(['“领航”研发攻关计划']);
  });
});
