import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A sub-district's communities (社区) keep the name of the village, bridge, street or road they replaced, names jieba does
// not know. Sentences of the twenty-sixth held-out set's kind (a 街道办事处's year summary), written for the test.
describe('places: a community named after what stood there before it', () => {
  it('reads a community named by a village or a bridge jieba does not know, alone or in a list', () => {
    expect(namesOf(entitiesOf('倪家桥社区完成芳草街片区5个院落改造。'), 'place')).toEqual(['倪家桥社区']);
    expect(namesOf(entitiesOf('在南虹村社区建成嵌入式养老服务中心1个。'), 'place')).toEqual(['南虹村社区']);
    const listed = namesOf(entitiesOf('在黉门街社区、九如村社区试点“居民出一点、产权单位补一点”。'), 'place');
    expect(listed).toEqual(expect.arrayContaining(['黉门街社区', '九如村社区']));
    expect(listed).not.toContain('村社区');
  });

  it('reads a community named by its road, the road a word of its own after a noun', () => {
    expect(namesOf(entitiesOf('在电信路社区建成普惠性托育服务点1个。'), 'place')).toEqual(['电信路社区']);
    expect(namesOf(entitiesOf('推进人民路社区老旧小区改造。'), 'place')).toEqual(['人民路社区']);
  });

  it('reads no community from communities in general', () => {
    expect(namesOf(entitiesOf('加强城乡社区治理，推动各社区建设服务站。'), 'place')).toEqual([]);
    expect(namesOf(entitiesOf('全面推进智慧社区和完整社区建设。'), 'place')).toEqual([]);
  });
});
