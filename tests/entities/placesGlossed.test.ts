import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Lakes, ranges, seas and foreign regions CC-CEDICT names (src/entities/data/cedictPlaces.ts), on sentences written for
// these tests.
const places = (s: string) => namesOf(entitiesOf(s), 'place');

describe('places CC-CEDICT glosses', () => {
  it('reads a lake, a range and a sea jieba takes for a name, which no gazetteer holds', () => {
    expect(places('候鸟季节，白洋淀湿地迎来大批天鹅。')).toContain('白洋淀');
    expect(places('秦岭北麓违建别墅整治完成后，复绿面积达到1.6万亩。')).toContain('秦岭');
    expect(places('黑海沿岸的港口恢复粮食出口。')).toContain('黑海');
    expect(places('九寨沟今年接待游客增长35%。')).toContain('九寨沟');
    // 'lake Dianchi', 'Dabie mountains': a head written in lower case.
    expect(places('滇池、洱海保护治理纳入重点督办事项。')).toContain('滇池');
  });

  it('reads a foreign region under its bare name when 地区 follows it, as the world regions are', () => {
    expect(places('英国苏格兰、威尔士地区举行地方选举。')).toContain('威尔士');
    expect(places('英国苏格兰、威尔士地区举行地方选举。')).not.toContain('威尔士地区');
  });

  it('leaves a lake’s 地区 the land around it', () => {
    expect(places('江西鄱阳湖地区、湖南洞庭湖地区建设商品粮基地。')).not.toContain('鄱阳湖');
  });

  it('takes no name jieba misread across a word (工业|中原|有的) nor one opening a quoted award', () => {
    expect(places('我国工业中原有的技术力量很弱。')).not.toContain('中原');
    expect(places('他荣获河南省人民政府颁发的“中原友谊奖”。')).not.toContain('中原');
  });

  it('takes a word jieba reads as a common noun for one (湖区, not the Lake District)', () => {
    expect(places('湖区群众的生产生活条件明显改善。')).not.toContain('湖区');
  });
});
