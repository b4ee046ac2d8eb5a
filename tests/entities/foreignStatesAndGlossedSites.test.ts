import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A state under its style (塞尔维亚共和国 is 塞尔维亚) and heights and grottoes CC-CEDICT glosses by name (戈兰高地 'Golan
// Heights', 云冈石窟 'Yungang Caves'): world news and heritage sentences written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a state under its style', () => {
  it('is the country, its style an alias (塞尔维亚共和国)', () => {
    const es = entitiesOf('塞尔维亚共和国总统访华。塞尔维亚队获胜。');
    expect(es.find((e) => e.name === '塞尔维亚')?.aliases).toContain('塞尔维亚共和国');
  });
});

describe('heights and grottoes glossed by name', () => {
  it('reads them as places (戈兰高地, 云冈石窟)', () => {
    expect(places('叙利亚要求以色列归还戈兰高地。')).toEqual(['以色列', '叙利亚', '戈兰高地']);
    expect(places('云冈石窟游客增多。')).toEqual(['云冈石窟']);
  });
});
