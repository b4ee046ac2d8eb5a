import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Science cities and eco-cities, a lake named by the city before it, the words for a water's side, and a place written
// after a description of it; sentences written for these tests.
const places = (s: string) => namesOf(entitiesOf(s), 'place');

describe('science cities, eco-cities and lakes named by a place', () => {
  it('reads a science city or a technology city as a zone named by its place', () => {
    expect(places('合肥滨湖科学城、怀柔科学城获批建设综合性国家科学中心。')).toEqual(expect.arrayContaining(['滨湖科学城', '怀柔科学城']));
    expect(places('合肥滨湖科学城、怀柔科学城获批建设综合性国家科学中心。')).not.toContain('怀柔区');
  });

  it('reads a zone jieba knows as a body’s name or whose name it does not know (天津经济技术开发区/nt, 张江/x|科学城)', () => {
    expect(places('苏州工业园区、天津经济技术开发区位列国家级经开区综合排名前两位。')).toContain('天津经济技术开发区');
    expect(places('张江科学城集聚集成电路企业1200家。')).toContain('张江科学城');
  });

  it('reads a listed port area as one name, not the city and the port without its 区 (宁波|北仑港|区)', () => {
    const found = places('洋山港、宁波北仑港区集装箱吞吐量保持增长。');
    expect(found).toContain('北仑港区');
    expect(found).not.toContain('宁波北仑港');
  });

  it('reads a lake whose 湖 jieba cut off the city naming it, instead of the city', () => {
    expect(places('省里实施白洋淀、衡水湖湿地修复工程。')).toContain('衡水湖');
    expect(places('省里实施白洋淀、衡水湖湿地修复工程。')).not.toContain('衡水市');
  });

  it('takes the side of a water for no river (陆家嘴|滨江, 沿江)', () => {
    expect(places('外滩、陆家嘴滨江岸线贯通工程全部完工。')).not.toContain('陆家嘴滨江');
  });
});

describe('pedestrian streets', () => {
  it('reads a pedestrian street by the name before 步行街, not the class of streets', () => {
    expect(places('王府井步行街客流量同比增长20%。')).toContain('王府井步行街');
    expect(places('全市建成步行街3条，特色步行街客流增长。')).toEqual([]);
  });
});

describe('a place written after a description of it', () => {
  it('reads the town after 古镇 and the one listed after it, not the description', () => {
    const found = places('江南古镇西塘、同里推出夜游线路。');
    expect(found).toEqual(expect.arrayContaining(['西塘镇', '同里镇']));
    expect(found).not.toContain('江南古镇');
  });

  it('reads a county by its short form after 古城, though jieba takes it for an adjective (平遥/a)', () => {
    expect(places('千年古城平遥游客量创历史新高。')).toContain('平遥县');
  });

  it('reads no place in a word of the language after such a description (小镇|建设, 古城|保护)', () => {
    expect(places('加快特色小镇建设，推进古城保护。')).toEqual([]);
  });
});
