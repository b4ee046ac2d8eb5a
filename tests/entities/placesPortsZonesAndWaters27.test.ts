import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Places of a border-port report, a Belt and Road digest, a flood bulletin and a tourism bulletin (tests/fixtures/places27)
// and sentences written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');
const organizations = (text: string) => namesOf(entitiesOf(text), 'organization');
const sorted = (names: string[]) => [...names].sort();

describe('ports across the border', () => {
  it('reads a neighbour’s port named by its town after the country or a province of it (老街口岸, 清水口岸)', () => {
    expect(places('河口口岸与越南老街口岸推行“两国一检”。')).toEqual(sorted(['河口口岸', '越南', '老街口岸']));
    expect(places('天保口岸对应越南河江省清水口岸。')).toEqual(sorted(['天保口岸', '越南', '河江省', '清水口岸']));
  });
  it('reads no port in a country before 口岸 (对越南口岸: the ports facing it)', () => {
    expect(places('一、对越南口岸')).toEqual(['越南']);
    expect(places('三、对缅甸口岸')).toEqual(['缅甸']);
  });
});

describe('zones whose class jieba cuts into words', () => {
  it('reads a border economic cooperation zone by the place before it, glued to the next word or not', () => {
    expect(places('河口边境经济合作区新入驻加工企业42家。')).toEqual(['河口边境经济合作区']);
    expect(places('东兴边境经济合作区新入驻企业73家。')).toEqual(['东兴边境经济合作区']);
    expect(places('临沧边境经济合作区和畹町边境经济合作区新建边民互市交易中心。')).toEqual(
      sorted(['临沧边境经济合作区', '畹町边境经济合作区']),
    );
  });
  it('reads none where the class stands after a level or a verb (全省边境经济合作区, 推进边境经济合作区)', () => {
    expect(places('全省边境经济合作区新增企业210家。')).toEqual([]);
    expect(places('推进边境经济合作区、跨境经济合作区、境外经贸合作区建设。')).toEqual([]);
    expect(places('兴办经济特区。')).toEqual([]);
  });
  it('reads no department of a level word and a founding verb (区|新建|边民互市交易中心)', () => {
    expect(organizations('畹町边境经济合作区新建边民互市交易中心。')).toEqual([]);
  });
  it('reads the pair of states that builds a zone with it (中哈霍尔果斯国际边境合作中心, 中白工业园)', () => {
    expect(places('中哈霍尔果斯国际边境合作中心全年入区旅客超过600万人次。')).toEqual(['中哈霍尔果斯国际边境合作中心']);
    expect(places('中白工业园累计入园企业突破130家。')).toEqual(['中白工业园']);
    expect(places('中老铁路累计发送旅客4800万人次。')).toEqual([]);
  });
  it('reads a special economic zone abroad by its name (磨丁经济特区, 西哈努克港经济特区)', () => {
    expect(places('老挝磨丁经济特区新建仓储物流园。')).toEqual(sorted(['老挝', '磨丁经济特区']));
    expect(places('柬埔寨西哈努克港经济特区新增就业岗位。')).toEqual(sorted(['柬埔寨', '西哈努克港经济特区']));
  });
});

describe('reservoirs and rivers of a flood bulletin', () => {
  it('reads a reservoir whose first character jieba left alone at a clause’s start (西大洋水库, 封江口水库, 双河水库)', () => {
    expect(places('西大洋水库、王快水库和岗南水库联合调度。')).toEqual(sorted(['西大洋水库', '王快水库', '岗南水库']));
    expect(places('宜宾市双河水库、封江口水库完成除险加固。')).toEqual(sorted(['宜宾市', '双河水库', '封江口水库']));
  });
  it('reads a reservoir jieba takes for a person’s name (岳城水库/nr)', () => {
    expect(places('岳城水库最大入库流量达到3600立方米每秒。')).toEqual(['岳城水库']);
  });
  it('reads 海河 before its basin or in a list of rivers, after a date too; not 江河 or 大江', () => {
    expect(places('7月下旬海河流域发生流域性洪水。')).toEqual(['海河']);
    expect(places('继续治理黄河、长江、淮河、海河、辽河、珠江等大江大河。')).toEqual(
      sorted(['黄河', '长江', '淮河', '海河', '辽河', '珠江']),
    );
    expect(places('江河流域水质总体改善。')).toEqual([]);
  });
});

describe('names that are no place', () => {
  it('reads no place in a quoted machine named like a district (“天河”系列超级计算机)', () => {
    expect(places('国家超级计算天津中心展出“天河”系列超级计算机。')).not.toContain('天河');
    expect(places('“旅行者”号探测器飞越海王星。')).toContain('“旅行者”号探测器');
  });
  it('reads no national stadium in 这个国家体育场很少 (this country has few stadiums)', () => {
    expect(places('当地官员说，这个国家体育场很少，新场馆意义重大。')).toEqual([]);
    expect(places('国家体育场“鸟巢”开放夜场参观。')).toEqual(['国家体育场']);
  });
  it('reads a city after a prefecture abroad whole, with no country before it (岛根县松江市, not 松江)', () => {
    expect(places('岛根县松江市旅游推介团在西安举办推介会。')).toEqual(sorted(['岛根县', '松江市', '西安市']));
    expect(places('河北省磁县邯郸市。')).toEqual(sorted(['河北省', '磁县', '邯郸市']));
  });
});
