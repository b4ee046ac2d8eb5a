import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Scenic grounds, parks, heritage sites and historic blocks named by the words before their class noun, where jieba reads
// those words as something other than one name (a number, a distinguishing word, a noun of three characters, two names).
// Sentences written for the case in the style of tourism and culture bureaus' reports.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('grounds named before their class noun', () => {
  it('reads a resort whose class carries its level (国家旅游度假区) and a mine park (矿山公园)', () => {
    expect(places('北海市银海区银滩国家旅游度假区沙滩修复工程完工。')).toContain('银滩国家旅游度假区');
    expect(places('黄石市石泉矿山公园完成生态修复。')).toContain('石泉矿山公园');
  });

  it('reads a historic or creative block (历史文化街区, 文创街区) by the name before it, a street’s block as the street', () => {
    expect(places('西安市碑林区书院门历史文化街区客流量同比增长。')).toContain('书院门历史文化街区');
    expect(places('泉州市鲤城区西街历史文化街区游客量同比增长三成。')).toContain('西街');
    expect(places('景德镇市昌江区陶溪川文创街区夜间消费持续升温。')).toContain('陶溪川文创街区');
  });

  it('reads a name right after a place that jieba tags a common noun of three characters or a distinguishing word', () => {
    expect(places('长春市净月潭国家森林公园冬季游客增长三成。')).toContain('净月潭国家森林公园');
    expect(places('伊春市丰林县五营国家森林公园林区防火形势平稳。')).toContain('五营国家森林公园');
  });

  it('reads a night market named by a place word jieba tags a noun (鼓楼/n|夜市), not by a kind (新建|夜市)', () => {
    expect(places('鼓楼夜市日均客流量达到5.6万人次。')).toContain('鼓楼夜市');
    expect(places('新建夜市3个，特色夜市5个。')).toEqual([]);
  });

  it('reads a name that opens with a numeral (三星堆/m), not a count or an age (千年古城, 两处遗址)', () => {
    expect(places('广汉市三星堆遗址新出土文物500余件。')).toContain('三星堆遗址');
    expect(places('这里有千年古城和两处遗址。')).toEqual([]);
  });

  it('reads two name words as one name (七彩/nz|丹霞/nr) and a lake with the unknown word after it (太湖|图影)', () => {
    expect(places('张掖市七彩丹霞景区实行分时预约。')).toContain('七彩丹霞景区');
    expect(places('张掖七彩丹霞景区实行分时预约。')).toEqual(['七彩丹霞景区', '张掖市']);
    expect(places('太湖图影旅游度假区新建酒店3家。')).toContain('太湖图影旅游度假区');
  });
});
