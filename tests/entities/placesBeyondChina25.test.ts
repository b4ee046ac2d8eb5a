import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Places of the world beyond China (tests/fixtures/places25: an international digest, a Belt and Road digest, a
// foreign-investment digest) and sentences written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');
// The names as namesOf orders them (by code unit), whatever order they are written in here.
const sorted = (names: string[]) => [...names].sort();

describe('a foreign place whose name joins names by hyphens', () => {
  it('reads the whole name however jieba cut its parts', () => {
    expect(places('北莱茵-威斯特法伦州和下萨克森州派员出席。')).toEqual(sorted(['北莱茵-威斯特法伦州', '下萨克森州']));
    expect(places('法国奥弗涅-罗讷-阿尔卑斯大区里昂市举办灯光节。')).toContain('奥弗涅-罗讷-阿尔卑斯大区');
    expect(places('浙江省与德国石勒苏益格-荷尔斯泰因州缔结友好省州关系。')).toContain('石勒苏益格-荷尔斯泰因州');
    expect(places('宁波舟山港与比利时安特卫普-布鲁日港签署友好港协议。')).toEqual(sorted(['安特卫普-布鲁日港', '比利时', '宁波舟山港']));
    expect(places('代表团访问了美国北卡罗来纳州温斯顿-塞勒姆市。')).toContain('温斯顿-塞勒姆市');
    // A name word that ends with a level closes the name: the city after it is one of its own.
    expect(places('南非夸祖鲁-纳塔尔省德班市遭遇洪灾。')).toEqual(sorted(['南非', '夸祖鲁-纳塔尔省', '德班市']));
  });
  it('joins no country or region, and no places of ours paired by a dash', () => {
    expect(places('中国-中亚峰会在西安举行。')).not.toContain('中国-中亚');
    expect(places('广州-佛山市同城化发展。')).not.toContain('广州-佛山市');
  });
});

describe('the provinces of Korea, 道, and their cities', () => {
  it('reads a province however jieba cut it, in a sentence that names Korea', () => {
    expect(places('韩国庆尚北道浦项市与江原道江陵市联合举办冬季运动会。')).toEqual(
      sorted(['江陵市', '江原道', '浦项市', '庆尚北道', '韩国']),
    );
    expect(places('湖州市与韩国全罗南道木浦市签署备忘录，舟山市与韩国济州特别自治道举办海洋文化节。')).toEqual(
      sorted(['韩国', '湖州市', '济州特别自治道', '木浦市', '全罗南道', '舟山市']),
    );
    expect(places('韩国釜山广域市、忠清北道清州市和朝鲜咸镜北道清津市开展交流。')).toEqual(
      sorted(['朝鲜', '釜山广域市', '韩国', '清津市', '清州市', '咸镜北道', '忠清北道']),
    );
  });
  it('reads no word that ends with 道 (渠道, 街道, 全国道路)', () => {
    expect(places('韩国媒体报道，韩国在全国道路上设置标志，和渠道、在轨道、与街道。')).toEqual(['韩国']);
  });
});

describe('a port named by the word of a ground (越南|老街|口岸)', () => {
  it('reads no old street of the country before it; 屯溪老街 still is one', () => {
    expect(places('云南河口口岸与越南老街口岸开通绿色通道，屯溪老街游客如织。')).not.toContain('越南老街');
    expect(places('屯溪老街游客如织。')).toContain('屯溪老街');
  });
});
