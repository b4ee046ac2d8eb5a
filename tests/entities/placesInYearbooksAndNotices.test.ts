import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Places of kinds of text the earlier sets left out (tests/fixtures/places24: a county yearbook's overview, an
// earthquake bulletin, an east-west pairing digest, a division change notice, a border ports report, a sister-city
// digest) and sentences written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('villages and communities a counted list names by their stems', () => {
  it('reads each member as the village or community of the class, named in full', () => {
    expect(places('泗城镇辖解放、胜利、东风、前进、新秀5个社区。')).toEqual([
      '东风社区',
      '前进社区',
      '新秀社区',
      '泗城镇',
      '胜利社区',
      '解放社区',
    ]);
    expect(places('全镇辖红旗、向阳、团结、胜利4个社区和大同、九江、平安、光明等15个村。')).toEqual([
      '九江村',
      '光明村',
      '向阳社区',
      '团结社区',
      '大同村',
      '平安村',
      '红旗社区',
      '胜利社区',
    ]);
  });
  it('reads a county or city of the member’s name there as the village, no county or city (东兰 of 东兰县, 九江 of 九江市)', () => {
    expect(places('玉洪瑶族乡辖东兰、九江、乐凤、伟达等18个村，其中东兰村、九江村为安置村。')).toEqual([
      '东兰村',
      '乐凤村',
      '九江村',
      '伟达村',
      '玉洪瑶族乡',
    ]);
    expect(places('九江、南昌两市开展合作。')).toEqual(['九江市', '南昌市']);
  });
  it('reads no list of ordinary words that no name vouches for', () => {
    expect(places('全乡有建设、发展、改革等10个村实现集体经济收入超过10万元。')).toEqual([]);
    expect(places('做好道路、水利等8个村的基础设施建设。')).toEqual([]);
  });
});

describe('the divisions a change of divisions sets up or renames', () => {
  it('reads the new district after its city, not the county of its stem (合肥市|长丰|区)', () => {
    expect(places('撤销长丰县，设立合肥市长丰区，区人民政府驻水湖镇。')).toEqual(['合肥市', '水湖镇', '长丰区', '长丰县']);
  });
  it('reads a town set up from a township, whatever jieba reads its stem as', () => {
    expect(places('撤销肥东县马湖乡，设立马湖镇。')).toEqual(['肥东县', '马湖乡', '马湖镇']);
    expect(places('撤销长丰县造甲乡、罗塘乡，合并设立罗塘镇。')).toEqual(['罗塘乡', '罗塘镇', '造甲乡', '长丰县']);
    expect(places('新华村和光明村合并设立新光村。')).toEqual(['光明村', '新光村', '新华村']);
  });
  it('reads the old and the new name of a division renamed', () => {
    expect(places('肥东县牌坊回族满族乡更名为牌坊回族满族镇。')).toEqual(['牌坊回族满族乡', '牌坊回族满族镇', '肥东县']);
    expect(places('朱巷镇的杨庙街道更名为杨庙社区，杜集镇的陶楼村更名为陶楼社区。')).toEqual([
      '朱巷镇',
      '杜集镇',
      '杨庙社区',
      '杨庙街道',
      '陶楼村',
      '陶楼社区',
    ]);
  });
  it('reads no division where what is set up is a body, a kind of zone or a level', () => {
    expect(places('设立县级市，设立综合保税区和示范区，设立了专门机构。')).toEqual([]);
    expect(places('设立农业农村局，机构更名为新区管委会。')).toEqual([]);
    expect(places('中国扶贫基金会更名为中国乡村发展基金会。')).toEqual([]);
  });
});

describe('border ports and bearings', () => {
  it('reads a port whose transliterated name jieba cut after a piece (努尔/nrt|饶尔/x|口岸) whole', () => {
    expect(places('哈萨克斯坦努尔饶尔口岸同步扩能。')).toEqual(['努尔饶尔口岸', '哈萨克斯坦']);
  });
  it('reads a port named by a county-level city that jieba reads as a noun (图们/n|口岸)', () => {
    expect(places('图们口岸对朝鲜南阳的货运量恢复。')).toContain('图们口岸');
  });
  it('reads a region of two sides of the compass before a word of bearing as that bearing, no region', () => {
    expect(places('三、西北方向')).toEqual([]);
    expect(places('受西北风影响，气温下降。')).toEqual([]);
    expect(places('西北地区生态脆弱，西南地区水资源丰富。')).toEqual(['西北', '西南']);
  });
});

describe('a river named by a place, whose tail is a city’s short name', () => {
  it('reads 瑞丽江 as the river, no 丽江市, and a city listed after a mark as the city', () => {
    expect(places('瑞丽江沿岸新建边民互市贸易区2个。')).toEqual(['瑞丽江']);
    expect(places('开放福州、广州、湛江、北海等港口。')).toContain('湛江市');
    expect(places('在丽江举办活动。')).toEqual(['丽江市']);
  });
});
