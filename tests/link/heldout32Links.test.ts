import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const bodies = (text: string, ...names: string[]) => names.map((n) => makeEntity('organization', n, text));
const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));

// Sentences of the thirty-second held-out set (shanxi-audit-office-2024-gb18030, a 审计厅's audit work report, and
// hengyang-city-government-2025, a city's 政府工作报告) and sentences written for these tests.
describe('linkReport: a sentence opening on 该集团 refers to the body of the sentence before', () => {
  it('links the figures of a sentence opening on 该集团 to the group audited in the sentence before (山西)', () => {
    const text = '对山西晋融投资控股集团有限公司进行了审计。该集团对外出借资金9.7亿元逾期未收回，所属3户子企业连续亏损。';
    expect(figureLinks(text, bodies(text, '山西晋融投资控股集团有限公司'))).toEqual([
      ['9.7亿元', ['山西晋融投资控股集团有限公司']],
      ['3户', ['山西晋融投资控股集团有限公司']],
    ]);
  });

  it('takes the last body of the kind the sentence before names, and a village for 该村', () => {
    const text = '县市场监管局检查了宏达食品有限公司和鑫源商贸有限公司。该公司被罚款3万元。';
    expect(figureLinks(text, bodies(text, '县市场监管局', '宏达食品有限公司', '鑫源商贸有限公司'))).toEqual([
      ['3万元', ['鑫源商贸有限公司']],
    ]);
    const village = '驻村工作队进驻石门镇龙潭村。该村去年集体经济收入达到32万元。';
    expect(figureLinks(village, places(village, '石门镇', '龙潭村'))).toEqual([['32万元', ['石门镇', '龙潭村']]]);
  });

  it('not across paragraphs, nor where the word does not open its sentence', () => {
    const apart = '对山西晋融投资控股集团有限公司进行了审计。\n该集团对外出借资金9.7亿元逾期未收回。';
    expect(figureLinks(apart, bodies(apart, '山西晋融投资控股集团有限公司'))).toEqual([['9.7亿元', []]]);
    const inner = '对宏达食品有限公司进行了检查。全县对该公司等企业罚款12万元。';
    expect(figureLinks(inner, bodies(inner, '宏达食品有限公司'))).toEqual([['12万元', []]]);
  });
});

describe('linkReport: partners after 与 behind a body the issuer urges, with joint work after them', () => {
  it('links the places after 与 with the hospital urged to build the group with them (衡阳)', () => {
    const text = '推动南华大学附属第一医院与珠晖区、蒸湘区共建紧密型城市医疗集团，年内覆盖社区卫生服务中心18家。';
    const entities = [...bodies(text, '南华大学附属第一医院'), ...places(text, '珠晖区', '蒸湘区')];
    expect(figureLinks(text, entities)).toEqual([['18家', ['南华大学附属第一医院', '珠晖区', '蒸湘区']]]);
  });

  it('not places after 与 that only sign a tie with it (签订) or own what it works with (的)', () => {
    const tie = '推动县人民医院与城关镇、新华镇签订合作协议，下沉专家12名。';
    expect(figureLinks(tie, [...bodies(tie, '县人民医院'), ...places(tie, '城关镇', '新华镇')])).toEqual([['12名', ['县人民医院']]]);
    const owned = '推动县人民医院与城关镇的卫生院合作，下沉专家12名。';
    expect(figureLinks(owned, [...bodies(owned, '县人民医院'), ...places(owned, '城关镇')])).toEqual([['12名', ['县人民医院']]]);
  });
});
