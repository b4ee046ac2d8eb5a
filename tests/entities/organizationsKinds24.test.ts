import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// Sentences written for the rules orgs24 added from its set (tests/fixtures/orgs24: a stock-market piece, a county
// health system, education, party building, a rural economy, a county meeting's departments), none of them the set's own.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('organizations in county news and party building (orgs24)', () => {
  it('reads a committee’s or a government’s office by its short name (县委办, 市政府办), not the body doing something', () => {
    expect(orgs('市委办、市政府办联合印发了实施方案。')).toEqual(['市委办', '市政府办']);
    expect(orgs('区政府办牵头组织了专项检查。')).toEqual(['区政府办']);
    expect(orgs('市政府办好十件民生实事，群众满意度明显提升。')).toEqual(['市政府']);
    expect(orgs('县委办理了群众来信120件。')).toEqual(['县委']);
  });

  it('reads the Central Committee’s departments by their short names (中央网信办, 中央编办), not the centre', () => {
    expect(orgs('会议传达了中央编办、中央网信办的通知精神。')).toEqual(['中央编办', '中央网信办']);
    expect(orgs('中央和地方共同出资设立基金。')).toEqual([]);
  });

  it('reads a foreign party’s delegation as one body, as a country’s', () => {
    expect(orgs('老挝人民革命党代表团参观了产业园。')).toEqual(['老挝人民革命党代表团']);
  });

  it('reads a province’s committee jieba keeps whole with 中共 before its department or school', () => {
    const es = entitiesOf('中共浙江省委党校举办了培训班，中共浙江省委组织部印发通知。');
    expect(namesOf(es, 'organization')).toEqual(['浙江省委党校', '浙江省委组织部']);
    expect(entity(es, 'organization', '浙江省委党校')?.aliases).toEqual(['中共浙江省委党校']);
  });

  it('reads a level’s organs’ working committee by the level (省级机关工委) and a department of approval services', () => {
    expect(orgs('省级机关工委组织开展了主题党日活动。')).toEqual(['省级机关工委']);
    expect(orgs('市行政审批服务局推行“一窗通办”。')).toEqual(['市行政审批服务局']);
  });

  it('reads a commission’s department after it (国家发展改革委价格司, 国家卫生健康委员会医政司)', () => {
    expect(orgs('国家发展改革委价格司负责人答记者问。')).toEqual(['国家发展和改革委员会价格司']);
    expect(orgs('国家卫生健康委员会医政司有关负责人介绍了情况。')).toEqual(['国家卫生健康委员会医政司']);
  });

  it('reads a college of two fields whose second opens on a verb (机械与运载工程学院), and no 产业学院 of a kind', () => {
    expect(orgs('浙江大学机械与运载工程学院的师生参加了比赛。')).toEqual(['浙江大学机械与运载工程学院']);
    expect(orgs('浙江大学与龙头企业共建产业学院，培养技能人才。')).toEqual(['浙江大学']);
  });

  it('reads a school named by a name jieba does not know (长郡双语实验学校), not a kind of school (普惠性幼儿园, 寄宿制学校)', () => {
    expect(orgs('长郡双语实验学校新校区正式投用。')).toEqual(['长郡双语实验学校']);
    expect(orgs('他毕业于长郡中学，后来当了老师。')).toEqual(['长郡中学']);
    expect(orgs('支持普惠性幼儿园发展，改善寄宿制学校办学条件，建设标准化学校。')).toEqual([]);
  });
});
