import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/entities/places/gazetteer.ts';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

const dongguan = fs.readFileSync(new URL('../../data/reports/dongguan-2018.txt', import.meta.url), 'utf8');

describe('the gazetteer', () => {
  const gaz = loadGazetteer();
  it('hangs the towns of 东莞市 straight off the city (no county level)', () => {
    const [town] = gaz.byName.get('大朗镇')!;
    expect(town).toMatchObject({ level: 'town', path: ['广东省', '东莞市'] });
  });
  it('knows short names of provinces and cities, but not of counties or word-like cities', () => {
    expect(gaz.byName.get('东莞')?.[0]?.name).toBe('东莞市');
    expect(gaz.byName.get('广东')?.[0]?.name).toBe('广东省');
    expect(gaz.byName.has('新昌')).toBe(false);
    expect(gaz.byName.has('白银')).toBe(false);
    expect(gaz.byName.get('白银市')?.[0]?.level).toBe('city');
  });
  it('puts municipal districts straight under the municipality', () => {
    expect(gaz.byName.get('徐汇区')?.[0]?.path).toEqual(['上海市']);
  });
});

describe('places in a Dongguan sentence', () => {
  const text =
    '市委副书记、市长肖亚非同志赴滨海湾新区、沙田镇等18个单位和镇(街道),督导水污染治理、滨海湾高质量发展和市民服务中心建设等方面整改工作';
  const es = entitiesOf(text);
  it('reads the new district by its suffix and the bare 滨海湾 as its short name', () => {
    expect(spans(entity(es, 'place', '滨海湾新区'))).toEqual([
      [14, 19, '滨海湾新区'],
      [44, 47, '滨海湾'],
    ]);
  });
  it('resolves 沙田镇 (a name nine counties share) to the one in 东莞 when the report is about 东莞', () => {
    const withHome = entitiesOf(`省委第二巡视组对东莞市进行了巡视。${text}`);
    expect(entity(withHome, 'place', '沙田镇')?.place).toMatchObject({ level: 'town', path: ['广东省', '东莞市'] });
  });
  it('does not take 镇(街道) or 市民服务中心 for places', () => {
    expect(namesOf(es, 'place')).toEqual(['沙田镇', '滨海湾新区']);
  });
});

describe('islands, bays, rivers and zones', () => {
  it('reads each item of a list of new-district blocks', () => {
    const es = entitiesOf('高质量推进威远岛、沙角半岛、交椅湾等新区三大板块启动区建设');
    expect(namesOf(es, 'place')).toEqual(['交椅湾', '威远岛', '沙角半岛']);
    expect(spans(entity(es, 'place', '沙角半岛'))).toEqual([[9, 13, '沙角半岛']]);
  });
  it('reads a river named inside a project and a waterway', () => {
    const es = entitiesOf('推进长安新河工程和磨碟河、太平水道综合治理与开发');
    expect(namesOf(es, 'place')).toEqual(['太平水道', '磨碟河', '长安新河']);
  });
  it('reads a bonded zone whole, not the port inside it', () => {
    const es = entitiesOf('抓紧推进虎门港综合保税区建设');
    expect(spans(entity(es, 'place', '虎门港综合保税区'))).toEqual([[4, 12, '虎门港综合保税区']]);
    expect(namesOf(es, 'place')).toEqual(['虎门港综合保税区']);
  });
  it('knows well-known rivers and lakes but not common nouns', () => {
    expect(namesOf(entitiesOf('推动长江经济带发展，保护太湖和海湾、港湾'), 'place')).toEqual(['太湖', '长江经济带']);
    expect(namesOf(entitiesOf('保护母亲河，疏浚护城河和运河'), 'place')).toEqual([]);
  });
  it('does not read official names that are common nouns (中心镇, 老城区) as places', () => {
    expect(namesOf(entitiesOf('加快中心镇建设，推进老城区改造和新城区开发，城区街道环境整治，主城区'), 'place')).toEqual([]);
  });
  it('does not read generic zones and units as places', () => {
    const es = entitiesOf('全市各园区、镇(街道)和中心城区12个拥堵节点，39个试点村(社区)，对本地区、本部门，启动区建设');
    expect(namesOf(es, 'place')).toEqual([]);
  });
});

describe('a district written after its city', () => {
  it('reads 南城区 in an address and places it in 东莞市', () => {
    const text = '邮政信箱:东莞市南城区鸿福路99号市委督查室';
    const es = entitiesOf(text);
    expect(spans(entity(es, 'place', '南城区'))).toEqual([[8, 11, '南城区']]);
    expect(entity(es, 'place', '南城区')?.place?.path).toEqual(['广东省', '东莞市']);
  });
  it('places the streets of 杭州市西湖区 in that district, not in a namesake elsewhere', () => {
    const es = entitiesOf('省委第三巡视组对杭州市西湖区进行了巡视。西溪街道、三墩镇积极整改。');
    expect(entity(es, 'place', '西湖区')?.place?.path).toEqual(['浙江省', '杭州市']);
    expect(entity(es, 'place', '三墩镇')?.place?.path).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(entity(es, 'place', '西溪街道')?.place?.path).toEqual(['浙江省', '杭州市', '西湖区']);
  });
});

describe('the whole Dongguan report', () => {
  const es = entitiesOf(dongguan);
  it('merges 东莞 into 东莞市 and 广东 into 广东省, with the hierarchy', () => {
    const city = entity(es, 'place', '东莞市')!;
    expect(city.aliases).toEqual(['东莞']);
    expect(city.place).toMatchObject({ code: '4419', level: 'city', path: ['广东省'] });
    expect(entity(es, 'place', '广东省')?.aliases).toEqual(['广东']);
    expect(entity(es, 'place', '高埗镇')?.place?.path).toEqual(['广东省', '东莞市']);
  });
  it('does not count 东莞市 inside 中共东莞市委 as a place mention', () => {
    const at = dongguan.lastIndexOf('中共东莞市委');
    expect(entity(es, 'place', '东莞市')!.mentions.some((m) => m.start >= at && m.end <= at + 6)).toBe(false);
  });
  it('gives mentions that read their own surface', () => {
    for (const e of es) for (const m of e.mentions) expect(dongguan.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('Hong Kong and Macao', () => {
  it('knows them by their short names', () => {
    const es = entitiesOf('深化与香港、澳门的合作');
    expect(entity(es, 'place', '香港特别行政区')?.aliases).toEqual(['香港']);
    expect(entity(es, 'place', '澳门特别行政区')?.aliases).toEqual(['澳门']);
  });
});

describe('lists of counties and zones (a Hubei inspection notice)', () => {
  const text = '正对公安县、荆门市屈家岭管理区、随州市曾都区、随州高新区、孝感高新区、鄂州市葛店经济技术开发区等13个县(市、区)开展巡视';
  const es = entitiesOf(text);
  it('reads a gazetteer county whole, not glued to the word before it', () => {
    expect(spans(entity(es, 'place', '公安县'))).toEqual([[2, 5, '公安县']]);
    expect(entity(es, 'place', '公安县')?.place?.path).toEqual(['湖北省', '荆州市']);
  });
  it('reads a zone named after its city and places it there', () => {
    expect(entity(es, 'place', '随州高新区')?.place?.path).toEqual(['湖北省', '随州市']);
    expect(entity(es, 'place', '葛店经济技术开发区')?.place?.path).toEqual(['湖北省', '鄂州市']);
  });
});
