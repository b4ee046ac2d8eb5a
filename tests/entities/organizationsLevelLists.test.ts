import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for the case by helper orgs6 (tests/fixtures/orgs6/genre-sentences.tsv and the like).
describe('organizations: a list of one level’s bodies writes the level once', () => {
  it('reads every member of 市公安局、检察院、法院 as the city’s', () => {
    const es = entitiesOf('市公安局、检察院、法院建立联席会议制度，共同打击电信网络诈骗犯罪。');
    expect(namesOf(es, 'organization')).toEqual(['市公安局', '市检察院', '市法院']);
  });
  it('reads 省发展改革委、财政厅、人社厅 as three departments of the province', () => {
    const es = entitiesOf('省发展改革委、财政厅、人社厅联合印发实施意见，安排专项资金3.2亿元。');
    expect(namesOf(es, 'organization')).toEqual(['省人社厅', '省发展改革委', '省财政厅']);
  });
  it('stops at a member that is no department (市公安局和群众)', () => {
    const es = entitiesOf('市公安局和广大群众共同维护社会治安。');
    expect(namesOf(es, 'organization')).toEqual(['市公安局']);
  });
  it('names a level’s court or procuratorate as written where no home place is known (省检察院)', () => {
    const es = entitiesOf('最高人民检察院第六检察厅对该案挂牌督办，省检察院派员指导。');
    expect(namesOf(es, 'organization')).toEqual(['最高人民检察院', '省检察院']);
  });
});

describe('organizations: the centre and the State Council', () => {
  it('reads no party centre in 中央各部 (the State Council’s ministries)', () => {
    const es = entitiesOf('中央各部委和地方各级政府要认真落实党中央、国务院决策部署。');
    const centre = es.find((e) => e.type === 'organization' && e.name === '党中央');
    expect(centre?.mentions.map((m) => m.surface)).toEqual(['党中央']);
  });
  it('reads an office of the State Council with its owner (国务院国资委, 国务院扶贫办)', () => {
    const es = entitiesOf('国务院港澳办、国务院扶贫办和国务院国资委负责同志出席。');
    expect(namesOf(es, 'organization')).toEqual(['国务院国资委', '国务院扶贫办', '国务院港澳办']);
  });
  it('reads the youth league’s centre and the national broadcaster, not the party centre', () => {
    const es = entitiesOf('新华社、中央广播电视总台和共青团中央联合发出倡议。');
    expect(namesOf(es, 'organization')).toEqual(['中央广播电视总台', '共青团中央', '新华社']);
  });
});
