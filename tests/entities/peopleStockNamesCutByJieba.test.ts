import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const people = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();

describe('Tibetan and Mongolian names jieba cut across their edges', () => {
  it('reads a name whose first word jieba ran into the role before it (村医达/x|娃卓玛, 护|边员索/x|南群)', () => {
    expect(people('据介绍，村医达娃卓玛每天骑摩托车走村入户为牧民看病。')).toEqual(['达娃卓玛']);
    expect(people('阿里地区噶尔县的护边员索南群培已在边境线上巡逻了二十年。')).toEqual(['索南群培']);
  });
  it('reads a name before 和 or a household 家 that jieba glued to its last character', () => {
    expect(people('驻村工作队队长边巴次仁和村党支部书记拉巴顿珠带领群众修通了通村公路。')).toEqual(['拉巴顿珠', '边巴次仁']);
    expect(people('那曲市色尼区牧民扎西次仁家今年出栏牦牛40头。')).toEqual(['扎西次仁']);
    expect(people('锡林郭勒盟正蓝旗牧民巴图孟和家的草场今年禁牧休养。')).toEqual(['巴图孟和']);
  });
  it('reads one word of the stock after a role where a household or a word of its own follows', () => {
    expect(people('林芝镇真巴村村民旺姆家开办的家庭旅馆迎来了第一批游客。')).toEqual(['旺姆']);
    expect(people('苏尼特右旗嘎查党支部书记其其格带领牧民发展了民宿。')).toEqual(['其其格']);
  });
  it('reads no name in a place or a body named by the words (尼玛县, 德吉康萨社区)', () => {
    expect(people('尼玛县扎西岗乡的群众喝上了自来水。')).toEqual([]);
    expect(people('德吉康萨社区开展了环境整治。')).toEqual([]);
  });
});

describe('Amdo Tibetan names of one word and a closing syllable', () => {
  it('reads the word and the syllable after a post, before a word of its own (县委书记才让|太|深入)', () => {
    expect(people('海南州贵德县委书记才让太深入牧区调研。')).toEqual(['才让太']);
  });
  it('reads no closing syllable where a verb opens with it (牧民才让|加入)', () => {
    expect(people('村里的牧民才让加入了合作社。')).toEqual(['才让']);
  });
});
