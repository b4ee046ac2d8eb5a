import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rivers of a water bulletin and places of a village-level notice that jieba misbounds (tests/fixtures/places25: a Hai
// River flood bulletin, a power company's flood notice, a county's village notice) and sentences written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');
const sorted = (names: string[]) => [...names].sort();

describe('the rivers of a water bulletin, however jieba cut them', () => {
  it('reads a river before its system, a station, a reading or a stretch', () => {
    expect(places('子牙河系滏阳河艾辛庄站31日20时流量达820立方米每秒。')).toEqual(sorted(['子牙河', '滏阳河', '艾辛庄站']));
    expect(places('大清河系白沟河东茨村站、南拒马河北河店站出现超警洪水。')).toEqual(
      sorted(['大清河', '白沟河', '东茨村站', '南拒马河', '北河店站']),
    );
    expect(places('山东省聊城市、德州市境内徒骇河、马颊河水位上涨。')).toEqual(sorted(['山东省', '聊城市', '德州市', '徒骇河', '马颊河']));
    expect(places('漳卫新河四女寺至大口河段堤防出现管涌险情。')).toEqual(sorted(['漳卫新河', '四女寺', '大口河']));
  });
  it('reads a river named beside its station again where a sentence writes it alone', () => {
    expect(places('水阳江新河庄站水位超过保证水位。加强水阳江、句溪河沿线变电站防汛巡视。')).toEqual(
      sorted(['水阳江', '新河庄站', '句溪河']),
    );
  });
  it('leaves out of the name the verb or the example word before it (清理|泔河, 如|淮河)', () => {
    expect(places('组织群众清理泔河河道6.5公里。')).not.toContain('清理泔河');
    expect(places('有三十五个新的工程开工，如淮河流域的宿鸭湖蓄洪工程。')).toEqual(sorted(['淮河', '宿鸭湖']));
    expect(places('凌云县地处云贵高原东南边缘，澄碧河、布柳河流经县境。')).toContain('澄碧河');
  });
  it('reads no kind of water or station as a name (护城河, 母亲河, 界河, 核电站)', () => {
    expect(places('护城河沿岸绿化，母亲河沿岸，界河水位，小河水位上涨。')).toEqual([]);
    expect(places('溪洛渡水电站、红沿河核电站投产。')).not.toContain('红沿河');
  });
});

describe('the transformer area of a grid, 台区', () => {
  it('is no place, whatever jieba tags it (台区/ns); 丰台区 still is', () => {
    expect(places('水阳镇裘联村和狸桥镇南湖村共有配变台区46个停电，汛后对全区高损台区开展排查。')).toEqual(
      sorted(['水阳镇', '裘联村', '狸桥镇', '南湖村']),
    );
    expect(places('48小时内恢复38个台区供电，北京市丰台区卢沟桥街道。')).toEqual(sorted(['北京市', '丰台区', '卢沟桥街道']));
  });
});
