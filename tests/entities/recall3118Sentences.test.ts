import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';
import { foldText } from '../../src/text/foldText.ts';

// The classes of miss of the blind recall sample tests/fixtures/audit/recall-gwr-3118.tsv, in its sentences (gwr-2006 …)
// and in sentences written beside them, so that they test without ../shared.
const named = (text: string, type: Parameters<typeof namesOf>[1]) => namesOf(entitiesOf(text, foldText(text)), type);

describe('laws listed before a law read without marks', () => {
  it('are cited with it, whatever verb stands before the list (gwr-2006: only the drafted one was read)', () => {
    expect(
      named('重视政府法制建设，国务院提出了劳动合同法、妇女权益保障法和个人所得税法修正案（草案）等7部法律议案。', 'regulation'),
    ).toEqual(['个人所得税法', '劳动合同法', '妇女权益保障法']);
  });

  it('are cited before a law in marks, and before one against a thing', () => {
    expect(named('常委会审议了食品安全法、药品管理法和《疫苗管理法》的实施情况。', 'regulation')).toEqual([
      '疫苗管理法',
      '药品管理法',
      '食品安全法',
    ]);
    expect(named('本次会议表决通过了出口管制法、生物安全法和反外国制裁法。', 'regulation')).toEqual([
      '出口管制法',
      '反外国制裁法',
      '生物安全法',
    ]);
    // 合同|法: jieba tags 合同 an adjective; listed between laws it is a law's subject.
    expect(named('大会听取了关于民法典、合同法和物权法的说明。', 'regulation')).toEqual(['合同法', '民法典', '物权法']);
  });

  it('leaves methods and ways listed before other things alone', () => {
    expect(named('推广了小麦宽幅播种法和水稻旱育稀植技术。', 'regulation')).toEqual([]);
    expect(named('总结工作方法和领导方法，学习辩证法和唯物论。', 'regulation')).toEqual([]);
  });
});

describe('a plant named by its city and what it makes', () => {
  it('is a body when jieba writes the product and 厂 as one word (gwr-1956: only the city was read)', () => {
    const text = '包括鞍钢的九号炼铁炉、本溪工源水泥厂、包头第三电厂、阜新电厂、官厅水电站、长春第一汽车厂、哈尔滨电机厂、广东紫坭糖厂等。';
    expect(named(text, 'organization')).toEqual(
      ['本溪工源水泥厂', '包头第三电厂', '阜新电厂', '长春第一汽车厂', '哈尔滨电机厂', '广东紫坭糖厂'].sort(),
    );
    expect(named(text, 'place')).not.toContain('阜新市');
    // A province-level 市 names its plants as a city does.
    expect(named('上海电机厂和哈尔滨锅炉厂的产品远销海外。', 'organization')).toEqual(['上海电机厂', '哈尔滨锅炉厂'].sort());
  });

  it('is no body after a province or a country, nor as a bare 工厂 or a kind jieba files as generic', () => {
    expect(named('广东电厂大量使用进口煤炭，东莞工厂订单饱满。', 'organization')).toEqual([]);
    expect(named('美国汽车厂纷纷裁员，四川化工厂发生事故。', 'organization')).toEqual([]);
  });
});

describe('a treaty named by a place before what it settles', () => {
  it('is a document from the place to the treaty (gwr-1984, 1988, 1992, 2014 read without marks)', () => {
    expect(named('希望通过有关方面的谈判把朝鲜停战协定变为和平协定。', 'regulation')).toEqual(['朝鲜停战协定']);
    expect(named('但是，应当指出，苏美中导条约规定要销毁的核武器，只占两国核武库的百分之四。', 'regulation')).toEqual(['苏美中导条约']);
    expect(named('巴黎和平协定的签署，为政治解决柬埔寨问题开辟了道路。', 'regulation')).toEqual(['巴黎和平协定']);
    expect(named('推进中美、中欧投资协定谈判。', 'regulation')).toEqual(['中欧投资协定']);
  });

  it('is a class without a place, and no treaty where the agreement is a body of the world', () => {
    expect(named('最近又签订了长期贸易协定，两国签署了陆地边界条约。', 'regulation')).toEqual([]);
    expect(named('索马里断然废除了同苏联的条约。', 'regulation')).toEqual([]);
    expect(named('早日恢复中国关贸总协定缔约国的合法地位。', 'regulation')).toEqual([]);
  });
});

describe('a country before its -ism', () => {
  it('is the country even between two nouns (gwr-1964: 武装/n|西德|军国主义/n was read as a modifier)', () => {
    expect(named('周总理指出这是美国企图用核武器武装西德军国主义、控制西欧国家的一个重大步骤。', 'place')).toEqual(
      ['美国', '西德', '西欧'].sort(),
    );
  });

  it('stays a modifier before 特色 (中国特色社会主义)', () => {
    expect(named('坚持走中国特色社会主义道路。', 'place')).toEqual([]);
  });
});
