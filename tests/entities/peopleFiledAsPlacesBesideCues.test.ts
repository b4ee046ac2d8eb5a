import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// jieba's dictionary files a few people's names as places (钟南山/ns, a name that ends like a mountain's): beside a cue of a
// person (院士 before or after) the word is the person, as 罗干/ns before 说 was; a place no title stands beside stays one.
describe('a name jieba files as a place, beside a cue of a person', () => {
  it('reads 钟南山 as a person after and before 院士 (news14: read as a mountain)', () => {
    const es = entitiesOf('中国工程院院士钟南山在广州出席会议。钟南山院士表示，疫情防控不能放松。');
    expect(namesOf(es, 'person')).toEqual(['钟南山']);
    expect(namesOf(es, 'place')).not.toContain('钟南山');
  });
  it('leaves a mountain without a cue a place (登上华山)', () => {
    const es = entitiesOf('游客登上华山，欣赏日出。');
    expect(namesOf(es, 'person')).toEqual([]);
  });
});
