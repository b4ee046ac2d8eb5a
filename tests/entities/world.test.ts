import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// Sentences written for these tests, in the style of national reports and news.
describe('the world beyond China (i18n-iso-countries zh and src/entities/data/world.ts)', () => {
  it('reads countries, former states, regions and foreign cities as places', () => {
    const es = entitiesOf('总理访问了日本和印度，并在新德里会见了印度总理。苏联解体后，东南亚和中东局势发生变化。');
    expect(namesOf(es, 'place')).toEqual(['东南亚', '中东', '印度', '新德里', '日本', '苏联'].sort());
    expect(entity(es, 'place', '新德里')?.place).toEqual({ level: 'city', path: ['印度'] });
    expect(entity(es, 'place', '日本')?.place).toEqual({ level: 'country' });
  });

  it('makes one entity of a country under its full and short names', () => {
    const es = entitiesOf('中华人民共和国同美利坚合众国建交。中国和美国领导人会晤。');
    expect(entity(es, 'place', '中国')?.aliases).toEqual(['中华人民共和国']);
    expect(entity(es, 'place', '美国')?.aliases).toEqual(['美利坚合众国']);
  });

  it('reads international organizations with their short forms as one body', () => {
    const es = entitiesOf('我国加入世界贸易组织。世贸组织规则要求透明。东盟和上海合作组织成员国，以及北约、二十国集团、金砖国家。');
    expect(entity(es, 'organization', '世界贸易组织')?.aliases).toEqual(['世贸组织']);
    expect(namesOf(es, 'organization')).toEqual(
      expect.arrayContaining(['东南亚国家联盟', '上海合作组织', '北大西洋公约组织', '二十国集团', '金砖国家']),
    );
  });

  it('reads a country at the front of a body jieba keeps whole (印度政府)', () => {
    expect(namesOf(entitiesOf('声明说，印度政府已采取必要措施。'), 'place')).toEqual(['印度']);
  });

  it('reads a country that jieba glued to a post or a nationality (法国总理, 德国总理, 荷兰人)', () => {
    const es = entitiesOf('法国总理若斯潘在记者招待会上说，他已同德国总理科尔通了电话。由荷兰人出任行长。');
    expect(namesOf(es, 'place')).toEqual(['德国', '法国', '荷兰'].sort());
    expect(namesOf(es, 'person')).toEqual(['若斯潘', '科尔'].sort());
  });

  it('makes one entity of a region and its 地区 form, and reads a region jieba glued to 各国 or 问题', () => {
    const es = entitiesOf('以维护南亚地区的和平与稳定。南亚国家领导人出席。东欧各国在借鉴经验。考虑到中东问题的具体情况。');
    expect(entity(es, 'place', '南亚')?.aliases).toEqual(['南亚地区']);
    expect(namesOf(es, 'place')).toEqual(['东欧', '中东', '南亚'].sort());
  });

  it("reads China's regions and seas that no division names, one entity with their 地区 form, not a direction", () => {
    const es = entitiesOf('华北、华南以及江南有小到中雨，东北地区北部有阵雨，渤海和黄海有大风。黄淮中南部有雷阵雨。');
    expect(namesOf(es, 'place')).toEqual(['东北', '华北', '华南', '江南', '渤海', '黄海', '黄淮'].sort());
    expect(entity(es, 'place', '东北')?.aliases).toEqual(['东北地区']);
    expect(namesOf(entitiesOf('我国工业中原有的技术力量很弱。'), 'place')).toEqual([]);
  });

  it('does not read 中美, 中欧 or 中非 relations as places, nor the nation inside a term (中国特色社会主义)', () => {
    expect(namesOf(entitiesOf('推动中美关系、中欧合作和中非友谊发展。'), 'place')).toEqual([]);
    expect(namesOf(entitiesOf('坚持以习近平新时代中国特色社会主义思想为指导。'), 'place')).toEqual([]);
  });

  it('does not read the nation inside its dream (中国梦, a county trade unions’ report), and still reads it where it is said', () => {
    expect(namesOf(entitiesOf('持续开展“中国梦·劳动美”主题宣讲，为实现中华民族伟大复兴的中国梦而奋斗。'), 'place')).toEqual([]);
    expect(namesOf(entitiesOf('中国是世界第二大经济体，中国梦是全体中国人民的共同追求。'), 'place')).toEqual(['中国']);
  });

  it('reads a region jieba keeps in one word with 国家 (拉美国家, 西欧国家), as with 各国; not 美国 inside it (a miss of recall-gwr-3105)', () => {
    const es = entitiesOf('加强同拉美国家和西欧国家的合作。发展中国家要团结。');
    expect(namesOf(es, 'place')).toEqual(['拉丁美洲', '西欧'].sort());
  });
});
