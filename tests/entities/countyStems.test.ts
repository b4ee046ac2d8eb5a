import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// A county, county-level city or district named by its short form (恭城 for 恭城瑶族自治县). The first sentences are
// from the news evaluation set (People's Daily, 1998), which named these places and was read without them before.
describe('places: a county named without its suffix', () => {
  it('reads the short form where jieba reads it as a name word', () => {
    const es = entitiesOf(
      '在恭城，水果是农业的半壁江山。据考证，焉耆回民主要来自宁夏。使瑞金180多处不可移动文物得到保护。说起冬暖式蔬菜大棚，寿光人就不能不提到三元朱村。上海开发浦东为高层次人才施展才华提供了舞台。',
    );
    const places = namesOf(es, 'place');
    expect(places).toEqual(
      expect.arrayContaining(['恭城瑶族自治县', '焉耆回族自治县', '瑞金市', '寿光市', '浦东新区', '宁夏回族自治区', '上海市']),
    );
    expect(entity(es, 'place', '恭城瑶族自治县')?.mentions[0]?.surface).toBe('恭城');
  });

  it('reads a county after the province or city it lies in (浙江嘉善), written by us', () => {
    expect(namesOf(entitiesOf('浙江嘉善、江苏昆山和江阴的企业来此投资。'), 'place')).toEqual(
      expect.arrayContaining(['嘉善县', '昆山市', '江阴市']),
    );
  });

  it('does not read an ordinary word that is also a county stem (新建, 平原, 太平) as the county', () => {
    const places = namesOf(entitiesOf('今年新建厂房三座，华北平原一片太平景象，和平发展，友谊长存。'), 'place');
    expect(places.filter((p) => /^(新建|平原|太平|和平|友谊)/.test(p))).toEqual([]);
  });

  it('reads no county in a railway named by two cities’ first characters (贵南高铁: 贵阳–南宁, not 贵南县)', () => {
    const places = namesOf(entitiesOf('贵南高铁全线通车，“县县通高速”成果巩固。'), 'place');
    expect(places).not.toContain('贵南县');
  });

  it('leaves a lake, a river or an island named like a county to the water or the island (太湖, 嫩江, 威远岛, 长安新河)', () => {
    const places = namesOf(entitiesOf('太湖流域水环境综合治理。嫩江发生特大洪水。推进威远岛建设，推进长安新河工程。'), 'place');
    expect(places).not.toContain('太湖县');
    expect(places).not.toContain('嫩江市');
    expect(places).not.toContain('威远县');
    expect(places).not.toContain('新河县');
  });
});
