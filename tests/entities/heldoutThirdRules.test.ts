import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules found on the third held-out set (tests/fixtures/heldout: zibo, pingyao), each on sentences written for the test.
describe('people: a rarer surname, the staff posts written before a punished name', () => {
  it('reads a name with the surname 阎 after a post (副局长阎秀梅同志)', () => {
    expect(namesOf(entitiesOf('副局长阎秀梅同志带队开展专项督导。'), 'person')).toEqual(['阎秀梅']);
  });

  it('reads a name after a staff post (原会计, 出纳, 教师)', () => {
    expect(namesOf(entitiesOf('某中心校原会计冀丽娟违规报销差旅费，被给予党内警告处分。'), 'person')).toEqual(['冀丽娟']);
    expect(namesOf(entitiesOf('该校出纳钟永福挪用公款2.1万元。'), 'person')).toEqual(['钟永福']);
    expect(namesOf(entitiesOf('全县选派会计人员参加培训，教师队伍持续壮大。'), 'person')).toEqual([]);
  });
});
