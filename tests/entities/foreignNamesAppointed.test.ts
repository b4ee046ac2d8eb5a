import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A head of state's appointment names a foreigner in transliteration (任命萨伊多夫为外交部长), which news15 missed; a
// country elected to a seat stays a place.
describe('foreign names in appointments', () => {
  it('reads the minister a president appoints (news15)', () => {
    const es = entitiesOf('乌兹别克斯坦总统米尔济约耶夫签署命令，任命萨伊多夫为外交部长。');
    expect(namesOf(es, 'person')).toContain('萨伊多夫');
  });
  it('reads no person of a country elected to a seat', () => {
    const es = entitiesOf('联合国大会选举巴拿马为安理会非常任理事国。');
    expect(namesOf(es, 'person')).toEqual([]);
  });
});
