import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Companies read by the structure of a registered name (place + trade name + industry + legal form). Sentences written by
// helper companies13 (none from a report) and one of a State Council report (gwr-1958).
const orgs = (s: string) => namesOf(entitiesOf(s), 'organization');

describe('organizations: a company read by its registered name’s structure', () => {
  it('opens the name at the place, whatever jieba reads the trade name as (a verb, a name, nothing)', () => {
    expect(orgs('成都市飞跃汽车配件有限公司获评省级专精特新企业。')).toEqual(['成都市飞跃汽车配件有限公司']);
    expect(orgs('广东美的制冷设备有限公司向灾区捐款100万元。')).toEqual(['广东美的制冷设备有限公司']);
  });
  it('reads a province by its short name and a county of it by its short name as the place (浙江|诸暨)', () => {
    expect(orgs('浙江诸暨华丰袜业有限公司年出口袜子3亿双。')).toEqual(['浙江诸暨华丰袜业有限公司']);
    expect(orgs('江苏江阴兴达特钢有限公司投资10亿元改造生产线。')).toEqual(['江苏江阴兴达特钢有限公司']);
  });
  it('names a company after a town from its trade name on: the town is where it stands', () => {
    expect(orgs('处罚对象为嘉兴市秀洲区新塍镇阿强五金加工厂。')).toEqual(['阿强五金加工厂']);
    expect(orgs('7月22日，沙洋县后港镇鑫盛建材有限公司发生一起机械伤害事故。')).toEqual(['鑫盛建材有限公司']);
  });
  it('starts after a party’s role in a case (原告, 被告, 申请人, X某系)', () => {
    expect(orgs('判决被告腾达建设工程有限公司支付工程款86万元。')).toEqual(['腾达建设工程有限公司']);
    expect(orgs('被告人王某系东莞市恒信五金制品有限公司法定代表人。')).toEqual(['东莞市恒信五金制品有限公司']);
  });
  it('reads a trade name no place opens only after a bound, and never one opening with a verb or an owner', () => {
    expect(orgs('全年新增规上企业12家，其中鼎力机械有限公司产值突破5亿元。')).toEqual(['鼎力机械有限公司']);
    expect(orgs('三是对下属华东能源电力有限公司开展专项审计。')).toEqual(['华东能源电力有限公司']);
    expect(orgs('组建教育集团12个，覆盖学校60所。')).toEqual([]);
  });
  it('reads a state factory named by its city and trade name (gwr-1958)', () => {
    expect(orgs('今年地方新建和扩建的十四个冶金企业，有乌鲁木齐八一钢铁厂，南京钢铁厂。')).toContain('乌鲁木齐八一钢铁厂');
  });
});
