import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('a unit written after the body it is named with', () => {
  it('reads a college after a university jieba knows by its field alone with the place before it (内蒙古|农业大学/nt)', () => {
    expect(orgs('内蒙古农业大学草原与资源环境学院科研团队培育出耐旱苜蓿新品种。')).toEqual(['内蒙古农业大学草原与资源环境学院']);
    expect(orgs('南京农业大学经济管理学院发布调查报告。')).toEqual(['南京农业大学经济管理学院']);
  });

  it('reads a procuratorate’s branch after the procuratorate (人民检察院|银川|铁路运输|分院)', () => {
    expect(orgs('宁夏回族自治区人民检察院银川铁路运输分院对一起破坏铁路设施案提起公诉。')).toEqual([
      '宁夏回族自治区人民检察院银川铁路运输分院',
    ]);
    expect(orgs('省人民检察院第一分院提起公诉。')).toEqual(['省人民检察院第一分院']);
  });

  it('reads the federation a cooperative leads with the cooperative (专业合作社|联合社)', () => {
    expect(orgs('西吉县马铃薯种植专业合作社联合社年销售鲜薯2万吨。')).toEqual(['西吉县马铃薯种植专业合作社联合社']);
  });
});
