import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// A region's law named with the region before it, cited by a verb or not: found reading the gwr mentions whose surface is
// not their entity's name after the mention precision audit (tests/fixtures/audit/mentions-gwr-1818.tsv): 香港特别行政区|
// 基本法 was read as 基本法 alone and joined to Macao's law (gwr-1988, 1994, 1998). Report sentences and sentences written by
// helper audit18.
const laws = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'regulation')
    .map((e) => `${e.name} <- ${e.mentions.map((m) => m.surface).join(',')}`)
    .sort();

describe('a law of a special administrative region or a republic', () => {
  it('reads the region with the law, apart from the other region’s (gwr-1988, gwr-1998)', () => {
    expect(laws('香港特别行政区基本法正在拟订。澳门特别行政区基本法需要着手起草。')).toEqual([
      '澳门特别行政区基本法 <- 澳门特别行政区基本法',
      '香港特别行政区基本法 <- 香港特别行政区基本法',
    ]);
    expect(laws('“港人治港”、高度自治的方针和香港特别行政区基本法得到全面贯彻执行。按照“一国两制”方针和澳门基本法的规定办事。')).toEqual([
      '澳门基本法 <- 澳门基本法',
      '香港特别行政区基本法 <- 香港特别行政区基本法',
    ]);
  });

  it('reads the region with the law after a verb of law too, and leaves a bare region word alone', () => {
    expect(laws('全面准确贯彻香港特别行政区基本法。')).toEqual(['香港特别行政区基本法 <- 香港特别行政区基本法']);
    expect(laws('认真学习中华人民共和国宪法和中华人民共和国民法典。')).toEqual([
      '中华人民共和国宪法 <- 中华人民共和国宪法',
      '中华人民共和国民法典 <- 中华人民共和国民法典',
    ]);
    expect(laws('严格按照特别行政区基本法办事。')).toEqual(['基本法 <- 基本法']);
  });
});
