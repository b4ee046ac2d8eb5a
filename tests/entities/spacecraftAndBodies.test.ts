import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Spacecraft named with 号 and bodies of the sky, which the news gold reads as places (“旅行者”号探测器, “卡西尼”号飞船,
// 银河). Sentences of the news14 set (tests/fixtures/news14), gwr-2012 and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a spacecraft named with 号', () => {
  it('reads a quoted name and its craft as a place (“毅力”号火星车, “卡西尼”号飞船)', () => {
    expect(places('“毅力”号火星车在火星杰泽罗陨石坑发现了岩石。')).toContain('“毅力”号火星车');
    expect(places('“卡西尼”号飞船飞往土星。')).toEqual(['“卡西尼”号飞船', '土星']);
  });
  it('reads a name and the craft’s number as a place (嫦娥六号探测器, 神舟八号飞船)', () => {
    expect(places('嫦娥六号探测器已从月球背面采集样品。')).toEqual(['嫦娥六号探测器', '月球']);
    expect(places('天宫一号目标飞行器与神舟八号飞船先后成功发射并顺利交会对接。')).toEqual(['神舟八号飞船']);
  });
  it('reads no craft named without 号 or of no craft’s kind (探测器 alone, “雪龙”号科考船)', () => {
    expect(places('新一代探测器将于明年发射。')).toEqual([]);
    expect(places('“雪龙”号科考船从上海启航。')).toEqual(['上海市']);
  });
});

describe('the Milky Way and a planet before a place on it', () => {
  it('reads 银河系 and the planet after a preposition before a name (在火星|杰泽罗|陨石坑)', () => {
    expect(places('首次拍摄到银河系中心黑洞的偏振图像。')).toEqual(['银河系']);
    expect(places('探测车在火星杰泽罗陨石坑发现了岩石。')).toEqual(['火星']);
  });
});
