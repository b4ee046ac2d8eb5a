import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// Rules written after the tenth held-out set's first run (a county 水利局's summary and a city 民族宗教事务局's summary),
// each on sentences written for the rule, not taken from the reports.
describe('a township of a people by its short name', () => {
  it('reads 于家务乡 as the 于家务回族乡 the report named in full, one place', () => {
    const e = entitiesOf('通州区于家务回族乡建成民族团结广场。于家务乡新建文化活动室3处。');
    expect(namesOf(e, 'place')).toEqual(['于家务回族乡', '通州区']);
    expect(entity(e, 'place', '于家务回族乡')?.aliases).toContain('于家务乡');
  });
  it('tells apart two townships of one short name by the report’s places (青林乡 of 钟山区, not of 大通县)', () => {
    const e = entitiesOf('钟山区青林苗族彝族乡发展特色产业。青林乡新建蔬菜基地500亩。');
    expect(entity(e, 'place', '青林苗族彝族乡')?.aliases).toContain('青林乡');
    expect(namesOf(e, 'place')).not.toContain('青林乡');
  });
  it('splits no word of the language for a short name (加大|水乡, not 加|大水乡 of 大水彝族苗族布依族乡)', () => {
    expect(namesOf(entitiesOf('三是加大水乡新城建设力度。'), 'place')).not.toContain('大水彝族苗族布依族乡');
  });
});
