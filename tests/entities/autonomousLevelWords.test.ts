import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('an autonomous place’s level word before its own bodies (自治区公安厅, 自治州人民医院)', () => {
  it('reads the departments, institutes and hospitals written after 自治区, 自治州 and 自治县 as the level’s own', () => {
    expect(orgs('自治区市场监督管理局联合自治区公安厅开展食品安全专项检查。')).toEqual(['自治区公安厅', '自治区市场监督管理局']);
    expect(orgs('自治区疾病预防控制中心派出专家赴基层指导防控工作。')).toEqual(['自治区疾病预防控制中心']);
    expect(orgs('自治区农牧业科学院培育出耐旱牧草新品种。')).toEqual(['自治区农牧业科学院']);
    expect(orgs('自治州人民医院新建住院楼一栋。')).toEqual(['自治州人民医院']);
    expect(orgs('自治县市场监督管理局开展节前检查。')).toEqual(['自治县市场监督管理局']);
  });

  it('reads the bare departments listed after the first as the region’s own (自治区公安厅、检察院、法院)', () => {
    expect(orgs('自治区公安厅、检察院、法院联合开展专项行动。')).toEqual(['自治区公安厅', '自治区检察院', '自治区法院']);
  });

  it('names them by the region the report is about', () => {
    const names = orgs('墨脱县人民医院接收自治区人民医院派出的医生3名。');
    expect(names).toContain('西藏自治区人民医院');
  });

  it('leaves 自治区 in a list of levels and at the end of a region’s name to what they are', () => {
    expect(orgs('各省、自治区、直辖市人民政府要加强领导。')).toEqual([]);
    expect(orgs('广西壮族自治区人民医院派出医疗队。')).toEqual(['广西壮族自治区人民医院']);
  });
});

describe('a level word jieba glued or a department named by the work it does', () => {
  it('reads 县 of 县城 as the level word where a body’s short name follows (县城|管|执法局)', () => {
    expect(orgs('县城管执法局对主干道两侧占道经营行为进行集中整治。')).toEqual(['县城管执法局']);
  });

  it('reads a committee’s standing office and departments named by a verb of their work (禁毒, 振兴)', () => {
    expect(orgs('县禁毒委员会办公室联合县教育局开展禁毒宣传。')).toEqual(['县教育局', '县禁毒委员会办公室']);
    expect(orgs('县乡村振兴局会同县财政局开展绩效评价。')).toEqual(['县乡村振兴局', '县财政局']);
  });

  it('reads no body in the county town itself', () => {
    expect(orgs('他在县城管理一家超市。')).toEqual([]);
  });
});
