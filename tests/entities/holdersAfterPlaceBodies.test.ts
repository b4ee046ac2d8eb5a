import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A place's body written before the post and name of its head (newsgap26): the body's name ended on the last word with a
// body's head in it, and a given name ending in 军 (建军, 晓军, 卫军, among the commonest) is such a word, so the body ran
// over the post and the person, who was lost. jieba also glues a department's one-character head to its post (局局长).
// Sentences written for this test, not taken from a report or the news set.

const read = (s: string) => {
  const es = entitiesOf(s);
  return { orgs: namesOf(es, 'organization'), people: namesOf(es, 'person') };
};

describe('a body before the post and name of its head', () => {
  it('ends the body at its head, before the post, and reads the person', () => {
    expect(read('绥德县公安局局长张建军说，案件已经告破。')).toEqual({ orgs: ['绥德县公安局'], people: ['张建军'] });
    expect(read('榆林市林业局副局长赵卫军带队检查。')).toEqual({ orgs: ['榆林市林业局'], people: ['赵卫军'] });
  });
  it('reads the head jieba glued to its post (局局长) as the end of the body', () => {
    expect(read('汉中市交通运输局局长李晓军表示，公路已经抢通。')).toEqual({ orgs: ['汉中市交通运输局'], people: ['李晓军'] });
    expect(read('延安市宝塔区农业农村局局长刘建军说，全区苹果种植面积稳定。')).toEqual({
      orgs: ['延安市宝塔区农业农村局'],
      people: ['刘建军'],
    });
  });
  it('keeps a body whose name holds a post before words that are no name (市长热线)', () => {
    expect(read('杭州市长热线办公室受理了群众来电。').people).toEqual([]);
  });
});
