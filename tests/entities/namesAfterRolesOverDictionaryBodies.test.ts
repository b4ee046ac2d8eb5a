import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A person named after a role where the dictionary knows the name as a body too (newsgap26): CC-CEDICT glosses 福克斯 as
// the broadcaster, but after 经济学家 jieba's person tag and the role say it is a person; and the head of a party in
// Japanese and Korean news, 党首, is a role written before names. Sentences written for this test, not taken from a
// report or the news set.

const read = (s: string) => {
  const es = entitiesOf(s);
  return { people: namesOf(es, 'person'), orgs: namesOf(es, 'organization') };
};

describe('a name after a role, not the body the dictionary knows by it', () => {
  it('reads the person after a role', () => {
    expect(read('德意志银行首席经济学家福克斯认为，年内仍有降息空间。')).toEqual({ people: ['福克斯'], orgs: ['德意志银行'] });
  });
  it('keeps the body where no role stands before it', () => {
    expect(read('美国福克斯新闻台报道了这一消息。').orgs).toEqual(['美国福克斯新闻台']);
  });
});

describe('党首 before a name', () => {
  it('reads the head of a party', () => {
    expect(read('韩国共同民主党党首李在明当天发表演讲。').people).toEqual(['李在明']);
    expect(read('日本自民党党首石破茂表示反对。').people).toEqual(['石破茂']);
  });
});
