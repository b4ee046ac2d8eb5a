import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

describe('a post before the name', () => {
  it('reads 市委书记梁维东同志 and 市长肖亚非同志 (Dongguan, line 8 and 20)', () => {
    const text = '市委书记梁维东同志、市长肖亚非同志分别代表市委、市政府领导班子作对照检查';
    const es = entitiesOf(text);
    expect(namesOf(es, 'person')).toEqual(['梁维东', '肖亚非']);
    expect(spans(entity(es, 'person', '梁维东'))).toEqual([[4, 7, '梁维东']]);
    expect(spans(entity(es, 'person', '肖亚非'))).toEqual([[12, 15, '肖亚非']]);
  });
  it('reads a name after a chain of posts', () => {
    const es = entitiesOf('省委书记、省人大常委会主任李希出席会议');
    expect(spans(entity(es, 'person', '李希'))).toEqual([[13, 15, '李希']]);
  });
  it('reads names in other cities’ reports', () => {
    expect(namesOf(entitiesOf('郑州市委书记安伟同志主持召开市委常委会会议'), 'person')).toEqual(['安伟']);
    expect(namesOf(entitiesOf('区委书记张三同志、区长李四同志带头开展督导'), 'person')).toEqual(['张三', '李四']);
  });
});

describe('同志 or a post after the name', () => {
  it('reads 习近平 before 总书记 and 同志, and takes the bare 总书记 for him', () => {
    const text = '坚决维护习近平总书记的核心地位,坚决维护以习近平同志为核心的党中央权威。总书记对广东工作的重要讲话';
    const e = entity(entitiesOf(text), 'person', '习近平')!;
    expect(spans(e)).toEqual([
      [4, 7, '习近平'],
      [21, 24, '习近平'],
      [36, 39, '总书记'],
    ]);
    expect(e.aliases).toEqual(['总书记']);
  });
  it('reads a name jieba files under another tag, and names before 副主席 (gwr-1978)', () => {
    expect(namesOf(entitiesOf('“四人帮”疯狂反对周恩来总理和叶剑英副主席。'), 'person')).toEqual(['叶剑英', '周恩来']);
    expect(namesOf(entitiesOf('我们坚持执行周恩来总理一九六四年宣布的方针。'), 'person')).toEqual(['周恩来']);
  });
  it('takes 总书记 after 为 for the post, not for the man (gwr-2016)', () => {
    const e = entity(entitiesOf('在以习近平同志为总书记的党中央坚强领导下，习近平总书记强调。'), 'person', '习近平')!;
    expect(spans(e).map(([, , s]) => s)).toEqual(['习近平', '习近平']);
  });
  it('takes no time word for a name before a post', () => {
    expect(namesOf(entitiesOf('明天总理将出席会议。'), 'person')).toEqual([]);
  });
  it('reads every name of a list that 同志 closes', () => {
    expect(namesOf(entitiesOf('梁维东、肖亚非同志出席会议'), 'person')).toEqual(['梁维东', '肖亚非']);
  });
});

describe('names under 肃清…恶劣影响', () => {
  it('reads both names of 肃清李嘉、万庆良恶劣影响 (Dongguan, line 40)', () => {
    const text = '一是彻底肃清李嘉、万庆良恶劣影响。';
    const es = entitiesOf(text);
    expect(spans(entity(es, 'person', '李嘉'))).toEqual([[6, 8, '李嘉']]);
    expect(spans(entity(es, 'person', '万庆良'))).toEqual([[9, 12, '万庆良']]);
  });
});

describe('no person without a name', () => {
  it('does not take posts, generic 同志 or verbs after a post for people', () => {
    const text =
      '成立以市委书记为组长的领导小组。市委书记集体约谈镇(街道)党委书记64人次。主要负责同志对本地区负总责,分管负责同志具体抓。党委书记向市纪委全会述责述廉,组长单位牵头,全体党员同志';
    expect(namesOf(entitiesOf(text), 'person')).toEqual([]);
  });
});

describe('names with characters that are also function words, and anonymized names', () => {
  it('reads 刘以安 and 李和平 whole, and no 周某', () => {
    const es = entitiesOf('市政协主席刘以安出席。李和平同志发言。原副县长周某受到党内警告处分。');
    expect(namesOf(es, 'person')).toEqual(['刘以安', '李和平']);
  });
});

describe('a name followed by a verb', () => {
  it('reads 赵月霞 after a post and before 出席', () => {
    expect(namesOf(entitiesOf('省委常委、省委巡视工作领导小组副组长赵月霞出席。'), 'person')).toEqual(['赵月霞']);
  });
});

describe('a post before and 同志 after', () => {
  it('reads a name that is also a word (区委书记文献同志), but not kinds of people (党员同志)', () => {
    const es = entitiesOf('区委书记文献同志主持召开区委常委会会议。书记党员同志,组长干部同志。');
    expect(spans(entity(es, 'person', '文献'))).toEqual([[4, 6, '文献']]);
    expect(namesOf(es, 'person')).toEqual(['文献']);
  });
});

describe('people: a name before 任 and no name in a post', () => {
  it('reads 刘建平 before 任副组长, and not 党组副 out of 党组副书记', () => {
    const es = entitiesOf('董事长郑海涛任组长，党组副书记、总经理刘建平任副组长。');
    expect(namesOf(es, 'person')).toEqual(['刘建平', '郑海涛']);
  });
});
