import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A parliament's delegation named by the parliament (newsgap25), as a party's is (越南共产党代表团). Sentences written for
// this test, not taken from a report or the news set.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('a parliament’s delegation', () => {
  it('reads the delegation with the parliament that sends it', () => {
    expect(orgs('李鹏会见了约旦议会代表团。')).toEqual(['约旦议会代表团']);
    expect(orgs('以议长为团长的日本国会代表团今天抵达北京。')).toEqual(['日本国会代表团']);
  });
  it('leaves the parliament alone where no delegation follows', () => {
    expect(orgs('美国国会通过了这项法案。')).toEqual(['美国国会']);
  });
});
