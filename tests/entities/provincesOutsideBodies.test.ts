import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A city's or county's school, hospital, co-operative, court or firm written after its province (newsgap27): the
// province is a place of its own and the body is named from its own place on, as the news gold reads 吉林|东丰县第五中学
// and 黑龙江省|阿城市委. On main the province was read into the body's name and lost as a place. Sentences written for
// this test, not taken from a report or the news set.

const read = (s: string) => {
  const es = entitiesOf(s);
  return { orgs: namesOf(es, 'organization'), places: namesOf(es, 'place') };
};

describe('a body of a city or county written after its province', () => {
  it('reads a school, a hospital and a co-operative from the city or county on', () => {
    expect(read('湖南省长沙市第一中学校长谢永红说，学校今年扩招了两个班。')).toEqual({
      orgs: ['长沙市第一中学'],
      places: ['湖南省'],
    });
    expect(read('山东省聊城市东昌府区妇幼保健院的护士长被评为全国最美护士。')).toEqual({
      orgs: ['聊城市东昌府区妇幼保健院'],
      places: ['山东省'],
    });
    expect(read('吉林省梨树县卢伟农机农民专业合作社今年托管了3万亩玉米。').orgs).toEqual(['梨树县卢伟农机农民专业合作社']);
    expect(read('广西壮族自治区南宁市第三中学举行开学典礼。')).toEqual({ orgs: ['南宁市第三中学'], places: ['广西壮族自治区'] });
  });
  it('reads a court and a firm the same way', () => {
    expect(read('河南省郑州市金水区人民法院审结一起合同纠纷案。')).toEqual({
      orgs: ['郑州市金水区人民法院'],
      places: ['河南省'],
    });
    expect(read('浙江省杭州市娃哈哈集团有限公司发布公告。')).toEqual({ orgs: ['杭州市娃哈哈集团有限公司'], places: ['浙江省'] });
  });
  it('keeps a province’s own body, a short name and the party’s formal name whole', () => {
    expect(read('湖南省人民医院的医生为患者做了手术。')).toEqual({ orgs: ['湖南省人民医院'], places: [] });
    expect(read('中共湖南省长沙市委召开常委会议。')).toEqual({ orgs: ['中共湖南省长沙市委'], places: [] });
  });
});
