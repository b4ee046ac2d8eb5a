import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

// Sentences written for the rule (orgs15): a banner's, league's or prefecture's body by its level word in a text that is
// not that place's report, as a sentence alone or a news story names it.
describe('a banner’s, league’s or prefecture’s body by its level word outside its own report', () => {
  it('reads the body where the level word opens the clause or follows a verb or a preposition', () => {
    expect(orgs('旗医疗保障局追回违规使用的医保基金86万元。')).toEqual(['旗医疗保障局']);
    expect(orgs('盟应急管理局组织开展森林草原火灾应急演练。')).toEqual(['盟应急管理局']);
    expect(orgs('州市场监督管理局对辖区内药品零售企业开展飞行检查。')).toEqual(['州市场监督管理局']);
    expect(orgs('督查组对州医疗保障局开展专项督查。')).toEqual(['州医疗保障局']);
    expect(orgs('旗人民医院与包头医学院第一附属医院建立医联体。')).toContain('旗人民医院');
  });
  it('reads none where the level character ends a name or lists levels (纽约州, 全省州, 红旗)', () => {
    expect(orgs('纽约州警察局发布通告。')).not.toContain('州警察局');
    expect(orgs('全省州人民医院均已达标。')).toEqual([]);
    expect(orgs('红旗公安局开展巡逻。')).not.toContain('旗公安局');
  });
});

describe('a county’s own 城投 or 城发 company, whose 县 jieba glued to 城 (县城|投|公司)', () => {
  it('reads the company, named with the county where the report says which', () => {
    expect(orgs('县城投公司完成棚户区改造项目融资3亿元。')).toEqual(['县城投公司']);
    expect(orgs('县城发集团发行企业债券5亿元。')).toEqual(['县城发集团']);
    expect(orgs('平遥县人民政府工作报告。县城投公司完成融资。')).toEqual(['平遥县人民政府', '平遥县城投公司']);
  });
  it('reads none where 县城 is the town something is done in', () => {
    expect(orgs('他在县城开公司。')).toEqual([]);
    expect(orgs('县城的公司都已复工。')).toEqual([]);
  });
});
