import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Places of a sister-city digest, a transport plan, an earthquake bulletin and an urban renewal notice
// (tests/fixtures/places26) and sentences written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');
const people = (text: string) => namesOf(entitiesOf(text), 'person');
const sorted = (names: string[]) => [...names].sort();

describe('divisions abroad written after their country', () => {
  it('reads 新 opening a name that translates "New" (新阿基坦大区, 新莱昂州), not the rest alone', () => {
    expect(places('湖南省与法国新阿基坦大区续签友好合作协议。')).toEqual(sorted(['湖南省', '法国', '新阿基坦大区']));
    expect(places('娄底市与墨西哥新莱昂州蒙特雷市签署意向书。')).toEqual(sorted(['娄底市', '墨西哥', '新莱昂州', '蒙特雷市']));
    expect(places('加拿大新斯科舍省哈利法克斯市代表团来访。')).toContain('新斯科舍省');
  });
  it('goes on through a list of the country’s divisions (静冈县、神奈川县横滨市), not into the next country', () => {
    expect(places('怀化市与日本静冈县、神奈川县横滨市的企业对接。')).toEqual(sorted(['怀化市', '日本', '静冈县', '神奈川县', '横滨市']));
    expect(places('湖南省与澳大利亚昆士兰州、新西兰怀卡托大区开展合作。')).toEqual(
      sorted(['湖南省', '澳大利亚', '昆士兰州', '新西兰', '怀卡托大区']),
    );
  });
  it('reads a Japanese city named like a Chinese district whole after its prefecture (松江市, not 岛根县松江)', () => {
    expect(places('湘潭市代表团访问日本岛根县松江市。')).toEqual(sorted(['日本', '岛根县', '松江市']));
    expect(places('访问岛根县松江市。')).not.toContain('岛根县松江');
  });
  it('reads a city named for a bay after a person (纳尔逊·曼德拉湾市), no person', () => {
    const text = '邵阳市与南非东开普省纳尔逊·曼德拉湾市签署友好交流意向书。';
    expect(places(text)).toContain('纳尔逊·曼德拉湾市');
    expect(people(text)).toEqual([]);
  });
});

describe('a line across borders named by China and the states it runs to', () => {
  it('reads no place in 中吉乌铁路; lines of our own places stay (赣深高铁)', () => {
    expect(places('加快建设中吉乌铁路境内段，推进喀什至伊尔克什坦铁路前期工作。')).not.toContain('中吉乌铁路');
    expect(places('赣深高铁和沪苏湖高铁加快建设。')).toEqual(sorted(['赣深高铁', '沪苏湖高铁']));
  });
});

describe('communities and housing estates named where they lie', () => {
  it('reads a community named like a city after its town (桃园社区, not 桃园市 of Taiwan)', () => {
    expect(places('竹海镇桃园社区、相岭社区共转移安置群众1860人。')).toEqual(sorted(['竹海镇', '桃园社区', '相岭社区']));
    expect(places('宣州区济川街道桃园社区完成改造。')).toContain('桃园社区');
  });
  it('reads an estate after its community or village, or next in their list', () => {
    expect(places('洪山镇锦江社区八一七小区、象山社区金牛山小区加装电梯36部。')).toEqual(
      sorted(['洪山镇', '锦江社区', '八一七小区', '象山社区', '金牛山小区']),
    );
    expect(places('开元社区的省府路小区、观风亭小区列入改造计划。')).toEqual(sorted(['开元社区', '省府路小区', '观风亭小区']));
    expect(places('澄江街道八角石小区、化楼镇沿河村沿河小区实施雨污分流。')).toEqual(
      sorted(['澄江街道', '八角石小区', '化楼镇', '沿河村', '沿河小区']),
    );
  });
  it('reads no estate of a kind (老旧小区, 安置小区) and no estate without the place it lies in', () => {
    expect(places('全市新建小区、老旧小区改造，朝阳社区老旧小区和街道安置小区。')).toEqual(['朝阳社区']);
    expect(places('阳光小区居民反映停车难。')).toEqual([]);
  });
});

describe('old divisions and ages in a history text', () => {
  it('reads the county a 府 governed, not 府辖 with it', () => {
    expect(places('清代苏州府辖吴县、长洲县，府城即今苏州市姑苏区。')).not.toContain('府辖吴县');
  });
  it('reads no person in two dynasties before their age (宋元时期) nor in a lane (衣锦坊, 郎官巷)', () => {
    expect(people('泉州宋元时期是东方第一大港。')).toEqual([]);
    expect(people('南街街道对南后街、衣锦坊、文儒坊、郎官巷实施立面修缮。')).toEqual([]);
    expect(people('宋元同志出席会议。')).toEqual(['宋元']);
  });
});
