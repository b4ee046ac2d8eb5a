import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Institutions named after a person written in dots. Sentences of the news14 set (tests/fixtures/news14) and written
// for the case.
const of = (text: string, type: 'person' | 'place' | 'organization') => namesOf(entitiesOf(text), type);

describe('an institution named after a person in dots', () => {
  it('reads the university or institute with the country before it, and no person or country of its own', () => {
    const uni = '据美国约翰斯·霍普金斯大学统计，全球登革热病例今年已超过500万例。';
    expect(
      entitiesOf(uni)
        .find((e) => e.type === 'organization')
        ?.mentions.map((m) => m.surface),
    ).toEqual(['美国约翰斯·霍普金斯大学']);
    expect(of(uni, 'person')).toEqual([]);
    expect(of(uni, 'place')).toEqual([]);
    const institute = '中国科学院上海天文台与德国马克斯·普朗克射电天文研究所合作。';
    expect(of(institute, 'organization')).toContain('德国马克斯·普朗克射电天文研究所');
    expect(of(institute, 'person')).toEqual([]);
  });
  it('leaves the person who went through a school (鲍里斯·约翰逊大学毕业后) and a person before a post', () => {
    expect(of('英国首相鲍里斯·约翰逊大学毕业后从政。', 'person')).toEqual(['鲍里斯·约翰逊']);
    expect(of('法国总统埃马纽埃尔·马克龙访问中国。', 'person')).toEqual(['埃马纽埃尔·马克龙']);
  });
});
