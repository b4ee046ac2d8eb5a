import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Places of kinds of text the earlier sets left out (tests/fixtures/places22: news digests, a tourism bulletin, a typhoon
// warning, a rural revitalisation report, an infrastructure plan) and sentences written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('seas CC-CEDICT names that are words of the language too', () => {
  it('reads the Red Sea listed before a strait jieba cut from its name (红海|和|曼德/x|海峡)', () => {
    expect(places('武装人员宣布将继续在红海和曼德海峡袭击商船。')).toEqual(['曼德海峡', '红海']);
    expect(places('不少企业希望跳出红海和内卷。')).toEqual([]);
  });
  it('reads the Black Sea before a word jieba read after it (黑海|港口), not the word 海港', () => {
    expect(places('黑海港口的粮食出口逐步恢复。')).toEqual(['黑海']);
  });
});

describe('what is done to a place is no part of its name', () => {
  it('reads no lake with the verb before a lake jieba takes for a name (整治|洪湖/nr)', () => {
    expect(places('整治洪湖周边堤防86公里。')).not.toContain('整治洪湖');
  });
  it('reads no village with a word of kind before its name (新建|龙庄村), but 新建村 is a name', () => {
    expect(places('新建龙庄村产业路3公里。')).not.toContain('新建龙庄村');
    expect(places('新建村、红旗村完成改厕。')).toEqual(['新建村', '红旗村']);
  });
});

describe('county-level cities named bare in a list of cities of their province', () => {
  it('reads a county-level city listed beside a city or county-level city of the same province (孝感、天门、荆门)', () => {
    expect(places('途经孝感、天门、荆门三地。')).toEqual(['天门市', '孝感市', '荆门市']);
    expect(places('线路经宜城、钟祥两市。')).toEqual(['宜城市', '钟祥市']);
  });
});

describe('areas of Hong Kong, Macao and Taiwan jieba takes for names', () => {
  it('reads an area right after its region (台湾|花莲/nr) or listed with another area (观塘/x、黄大仙/nr)', () => {
    expect(places('来自台湾花莲的歌手在厦门演出。')).toEqual(['厦门市', '台湾省', '花莲']);
    expect(places('负责人到观塘、黄大仙走访基层社团。')).toEqual(['观塘', '黄大仙']);
  });
});

describe('stations and port areas of an infrastructure plan', () => {
  it('reads a station whose place jieba glued to 站 and tagged a name or noun (武汉站/nr), not a service station', () => {
    expect(places('武汉站、武昌站改造同步推进。')).toEqual(['武昌站', '武汉站']);
    expect(places('新建加油站、服务站各3座。')).toEqual([]);
  });
  it('reads a port area apart from the port whose 港 jieba read into its stem (武汉|新港|阳逻|港区, 港盐/x|卡|港区)', () => {
    expect(places('武汉新港阳逻港区三期集装箱码头建成投用。')).toEqual(['武汉新港', '阳逻港区']);
    expect(places('荆州港盐卡港区二期工程开工。')).toContain('盐卡港区');
  });
});

describe('natural villages after their village', () => {
  it('reads a natural village written right after its village as one place (友谊村茶山冲自然村), no 冲自然村', () => {
    expect(places('友谊村茶山冲自然村建成示范点32个。')).toEqual(['友谊村茶山冲自然村']);
  });
  it('reads none out of the natural villages a village has (红星村下辖自然村, 所有自然村)', () => {
    expect(places('红星村下辖自然村12个。')).toEqual(['红星村']);
    expect(places('红星村所有自然村通了水泥路。')).toEqual(['红星村']);
  });
});
