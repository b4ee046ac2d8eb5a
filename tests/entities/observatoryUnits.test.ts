import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// An academy's observatory written right after the academy is one body, as its institutes are. A sentence of the news14
// set (tests/fixtures/news14) and one written for the case.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe("an academy's observatory after its name", () => {
  it('reads 中国科学院|上海|天文台 as one body, not the academy and the observatory', () => {
    expect(orgs('中国科学院上海天文台与德国马克斯·普朗克射电天文研究所合作。')).toEqual([
      '中国科学院上海天文台',
      '德国马克斯·普朗克射电天文研究所',
    ]);
    expect(orgs('中国科学院紫金山天文台发现一颗新彗星。')).toEqual(['中国科学院紫金山天文台']);
  });
});
