import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';
import { mergeCorpus } from '../../src/corpus/mergeCorpus.ts';
import { extractReport } from '../../src/corpus/extractReport.ts';

// Sentences of gwr-1964 and gwr-1978 (the State Council's work reports), and sentences written for the rule.
describe('a surname and a top post name a person', () => {
  it('takes 周总理 for 周恩来 where the report names him with that post (gwr-1978)', () => {
    const es = entitiesOf(
      '“四人帮”疯狂反对周恩来总理和叶剑英副主席。作品要反映毛主席、周总理、朱委员长和其他老一代无产阶级革命家的丰功伟绩。',
    );
    const zhou = entity(es, 'person', '周恩来')!;
    expect(spans(zhou).map(([, , s]) => s)).toEqual(['周恩来', '周总理']);
    expect(zhou.aliases).toEqual(['周总理']);
    // No one of the surname 毛 or 朱 is named in full here: each short form is a person of its own.
    expect(namesOf(es, 'person')).toEqual(['叶剑英', '周恩来', '朱委员长', '毛主席']);
  });
  it('takes 毛主席 for the one 毛 the report names (gwr-1964: 毛泽东 only in 毛泽东思想)', () => {
    const es = entitiesOf('高举毛泽东思想的光辉旗帜。周总理说，我们要走毛主席指引的道路。');
    expect(entity(es, 'person', '毛泽东')?.aliases).toEqual(['毛主席']);
    expect(namesOf(es, 'person')).toEqual(['周总理', '毛泽东']);
  });
  it('prefers the person written with that post when two share the surname', () => {
    const es = entitiesOf('李鹏总理和李先念同志出席了会议。李总理在会上讲了话。');
    expect(entity(es, 'person', '李鹏')?.aliases).toEqual(['李总理']);
  });
  it('leaves a post after a function word or before 团 alone', () => {
    expect(namesOf(entitiesOf('会议由主席主持，向主席团报告工作，他担任过总理。'), 'person')).toEqual([]);
  });
});

describe('the corpus joins a bare 毛主席 to the person other reports give it to', () => {
  const report = (id: string, content: string) =>
    extractReport({ path: `${id}.txt`, file: `${id}.txt`, format: 'txt', encoding: 'UTF-8', content, meta: {} });
  it('joins gwr-1958’s 毛主席 to 毛泽东 of gwr-1964', () => {
    const a = report('gwr-1958', '中共中央和毛主席倡导的全民性的整风运动，推动了各项工作。');
    const b = report('gwr-1964', '高举毛泽东思想的光辉旗帜，走毛主席指引的道路。');
    const m = mergeCorpus([a, b]);
    expect(m.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['毛泽东']);
    expect(m.entities.find((e) => e.name === '毛泽东')!.mentions.map((x) => x.report)).toEqual(['gwr-1958', 'gwr-1964', 'gwr-1964']);
  });
});
