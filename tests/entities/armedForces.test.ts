import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// Armed services and military regions written alone (newsgap25): jieba reads 海军, 红军 as common nouns, so no rule of names
// read them; the news gold counts them as bodies. Sentences written for this test, not taken from a report or the news set.

const orgs = (s: string) =>
  entitiesOf(s)
    .filter((e) => e.type === 'organization')
    .map((e) => e.name)
    .sort();

describe('armed services by their word alone', () => {
  it('reads the services of a state', () => {
    expect(orgs('海军和空军举行联合演习，陆军某部参加了救灾。')).toEqual(['海军', '空军', '陆军']);
  });
  it('reads the armies of the revolutionary wars', () => {
    expect(orgs('他十五岁参加红军，抗战时在八路军总部工作，后来又参加了志愿军。')).toEqual(['八路军总部', '志愿军', '红军']);
  });
  it('leaves a longer body that holds the word whole', () => {
    expect(orgs('空军工程大学的学员参观了美国海军第七舰队的旗舰。')).toEqual(['空军工程大学', '美国海军第七舰队']);
  });
  it('reads no body in a word that only holds the service (海军蓝, 老红军)', () => {
    expect(orgs('她穿着一件海军蓝的外套。')).toEqual([]);
    expect(orgs('他是一名老红军。')).toEqual([]);
  });
  it('reads no body where the word qualifies its people or a thing named after it', () => {
    expect(orgs('村里新建了一座红军烈士纪念园。')).toEqual([]);
    expect(orgs('检方对一名前空军雇员提起诉讼。')).toEqual([]);
    expect(orgs('前线部队在红军城方向继续推进。')).toEqual([]);
  });
  it('reads no body in a former unit that says who a person was (原…军区某部)', () => {
    expect(orgs('宣讲团由原沈阳军区某部副团长担任团长。')).toEqual([]);
  });
});

describe('military regions and theatres by their place', () => {
  it('reads a region jieba holds whole and one written as its province and the head', () => {
    expect(orgs('南京军区某集团军官兵在大堤上奋战。')).toEqual(['南京军区']);
    expect(orgs('南京军区政治部主任王强说，部队随时待命。')).toEqual(['南京军区政治部']);
    expect(orgs('湖北省军区和东部战区的官兵参加了抢险。')).toEqual(['东部战区', '湖北省军区']);
  });
  it('leaves a region of the army named before it to be read whole with the army', () => {
    expect(orgs('解放军东部战区组织兵力进行演练。')).toEqual(['解放军东部战区']);
  });
  it('reads no body where the region has no place before it', () => {
    expect(orgs('军区所属部队全部到位。')).toEqual([]);
  });
});

describe('the armed police’s corps in a province', () => {
  it('reads 武警, the place, a number and the corps’ head as one body, with a detachment after it', () => {
    expect(orgs('武警北京一总队的官兵参加了抢险。')).toEqual(['武警北京一总队']);
    expect(orgs('武警上海总队三支队官兵连夜加固堤防。')).toEqual(['武警上海总队三支队']);
  });
  it('reads no corps where no place follows 武警', () => {
    expect(orgs('武警某部官兵参加了抢险。')).toEqual([]);
  });
});
