import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Heritage sites named with the dynasty of their capital (北宋东京城遗址, 南宋临安城遗址, 金上京会宁府遗址) and with a
// structure joined to them by 及 (州桥及汴河遗址), as the held-out 开封 report's .spec reads them: a city of today or
// abroad inside the name (东京, 临安, 会宁) is no place of its own. Sentences of the places15 set and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a site of ruins named with its dynasty', () => {
  it('reads the dynasty into the name (北宋|东京城|遗址, 南宋|临安|城|遗址)', () => {
    expect(places('持续推进北宋东京城遗址考古。')).toEqual(['北宋东京城遗址']);
    expect(places('杭州市上城区南宋临安城遗址考古工作取得新进展。')).toEqual(['上城区', '南宋临安城遗址', '杭州市']);
  });
  it('reads the old capital between the dynasty and the site’s own name (金|上京|会宁府遗址)', () => {
    expect(places('哈尔滨市阿城区金上京会宁府遗址入选全国十大考古新发现。')).toEqual(['哈尔滨市', '金上京会宁府遗址', '阿城区']);
  });
  it('reads a dynasty of one character (唐|长安城, 宋|东京城)', () => {
    expect(places('唐长安城遗址和宋东京城遗址。')).toEqual(['唐长安城遗址', '宋东京城遗址']);
  });
});

describe('a site named after a structure and the place beside it, joined by 及', () => {
  it('reads one site (州桥及汴河遗址)', () => {
    expect(places('持续推进州桥及汴河遗址保护展示工程。')).toEqual(['州桥及汴河遗址']);
  });
  it('reads two sites where the first is no structure (三星堆及金沙遗址), none for kinds (城门及城墙遗址)', () => {
    expect(places('三星堆及金沙遗址联合申报世界文化遗产。')).not.toContain('三星堆及金沙遗址');
    expect(places('开展城门及城墙遗址保护。')).toEqual([]);
  });
});
