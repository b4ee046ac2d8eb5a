import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A county a county is to become: found by audit22 reading the older State Council reports after its samples (gwr-1978:
// 把三分之一的县建成大寨县, a model of the 学大寨 movement read as a county); the other sentences written for this test.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a county a county is to become', () => {
  it('is a model of a kind, no county of that name', () => {
    expect(places('保证到一九八○年把三分之一的县建成大寨县。')).toEqual([]);
    expect(places('力争全县三年内建成小康县。')).toEqual([]);
  });

  it('while a county named after it is still read', () => {
    expect(places('把三分之一的县建成大寨县，昔阳县走在前面。')).toEqual(['昔阳县']);
  });
});
