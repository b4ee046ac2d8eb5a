import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));
const people = (text: string, ...names: string[]) => names.map((n) => makeEntity('person', n, text));
const bodies = (text: string, ...names: string[]) => names.map((n) => makeEntity('organization', n, text));

// Sentences of the thirty-fourth held-out set (jianli-agriculture-rural-affairs-bureau-2023-bom, a 农业农村局's year summary)
// and sentences written for these tests.
describe('linkReport: a person a clause posts to places acts for them in the clauses after', () => {
  // On the first run 18万元 had no link: the clause opens on 局 and a verb of posting, so neither the places nor the person
  // opened it, and the next clause, with no name of its own, had no subject to inherit.
  it('links the next clause’s figure to the person posted and the places (监利)', () => {
    const text = '局派驻柘木乡天鹅村第一书记张文博牵头引进食用菌种植项目，帮助村集体经济增收18万元。';
    const named = [...bodies(text, '局'), ...places(text, '柘木乡', '天鹅村'), ...people(text, '张文博')];
    expect(figureLinks(text, named)).toEqual([['18万元', ['柘木乡', '天鹅村', '张文博']]]);
    const unsent = '选派到石桥镇大坪村的第一书记李国强协调资金，新修村道3公里。';
    expect(figureLinks(unsent, [...places(unsent, '石桥镇', '大坪村'), ...people(unsent, '李国强')])).toEqual([
      ['3公里', ['石桥镇', '大坪村', '李国强']],
    ]);
  });

  it('not where the clause posts no one to the places, nor a person of another kind', () => {
    // A body's own count in the places it works in (局 is no issuer here): the posting rule reads no person.
    const own = '局在柘木乡天鹅村开展技术培训，培训农民320人次。';
    expect(figureLinks(own, [...bodies(own, '局'), ...places(own, '柘木乡', '天鹅村')])).toEqual([['320人次', ['局', '柘木乡', '天鹅村']]]);
    // 工作队队员 is no post of the kind a place describes (DESCRIBED): the sender keeps the count.
    const member = '县农业农村局派驻柘木乡天鹅村工作队队员张文博协调资金，新修道路3公里。';
    const named = [...bodies(member, '县农业农村局'), ...places(member, '柘木乡', '天鹅村'), ...people(member, '张文博')];
    expect(figureLinks(member, named)).toEqual([['3公里', ['县农业农村局']]]);
  });
});
