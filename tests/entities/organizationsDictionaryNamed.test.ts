import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';
import { foldText } from '../../src/text/foldText.ts';

const orgs = (text: string, folded = text) => namesOf(entitiesOf(text, folded), 'organization');

// Sentences of news (People's Daily, 1998) and of the State Council's work reports (gwr-1958, gwr-1980, gwr-2016). A body
// CC-CEDICT glosses under several words goes by the longest (微软 → 微软公司, 北大 → 北京大学, 共青团 → 共产主义青年团).
describe('organizations: bodies CC-CEDICT names', () => {
  it('reads companies and a university abbreviation jieba takes for ordinary words', () => {
    expect(orgs('早在1990年，联邦贸易委员会就对微软是否把操作系统和应用软件捆绑在一起进行调查。')).toContain('微软公司');
    expect(orgs('既然路由器可以将不同类型的网络联结在一起，思科当然自信有能力。')).toEqual(['思科']);
    expect(orgs('兼容并包的方针，是他对北大的最大的贡献。')).toEqual(['北京大学']);
  });

  it('reads bodies of the work reports by their short names (共青团, 国家计委)', () => {
    expect(orgs('要依靠工会、共青团、妇联等社会群众组织。')).toContain('共产主义青年团');
    // Under its full name (the State Council's departments, data/stateCouncilDepartments.ts).
    expect(orgs('国务院已责成国家计委、国家经委和财政部共同研究。')).toContain('国家计划委员会');
  });

  it('does not read a name across a word of the sentence, a dispatch’s date, nor a phrase of common words', () => {
    expect(orgs('在过去四年中共增加了一千九百零五亿斤。')).toEqual([]);
    const text = '已經將原由中蘇共管的中國長春鐵路移交。';
    expect(orgs(text, foldText(text))).toEqual([]);
    expect(orgs('新华社北京5月7日电国务院副总理今天会见了客人。')).toEqual(['国务院', '新华社'].sort());
    expect(orgs('镇政府每周召开一次行政会议。')).not.toContain('行政会议');
  });
});
