import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityCandidate } from '../../src/types.ts';
import { resolveOverlaps } from '../../src/entities/resolveOverlaps.ts';
import { groupCandidates } from '../../src/entities/groupCandidates.ts';
import { entityId } from '../../src/entities/entityId.ts';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

const cand = (type: EntityCandidate['type'], text: string, surface: string, extra: Partial<EntityCandidate> = {}): EntityCandidate => {
  const start = text.indexOf(surface);
  return { type, start, end: start + surface.length, surface, score: 0.8, source: 'test', ...extra };
};

describe('overlapping candidates', () => {
  it('drops a place inside an organization or a document title, keeps one inside a campaign', () => {
    const text = '中共东莞市委印发《东莞市物业管理办法》,推进长安新河工程';
    const kept = resolveOverlaps([
      cand('organization', text, '中共东莞市委'),
      cand('place', text, '东莞市'),
      cand('regulation', text, '东莞市物业管理办法', { score: 0.95 }),
      { ...cand('place', text, '东莞市'), start: text.indexOf('东莞市物业'), end: text.indexOf('东莞市物业') + 3 },
      cand('campaign', text, '长安新河工程'),
      cand('place', text, '长安新河'),
    ]);
    expect(kept.map((c) => `${c.type}:${c.surface}`)).toEqual([
      'organization:中共东莞市委',
      'regulation:东莞市物业管理办法',
      'place:长安新河',
      'campaign:长安新河工程',
    ]);
  });
  it('keeps a person named inside a document title: a journalist looking up the person finds the book', () => {
    const text = '重点图书《毛泽东、邓小平、江泽民新闻宣传思想研究》已取得实质性进展';
    const kept = resolveOverlaps([
      cand('regulation', text, '毛泽东、邓小平、江泽民新闻宣传思想研究', { score: 0.95 }),
      cand('person', text, '毛泽东'),
      cand('person', text, '江泽民'),
    ]);
    expect(kept.map((c) => `${c.type}:${c.surface}`)).toEqual([
      'person:毛泽东',
      'regulation:毛泽东、邓小平、江泽民新闻宣传思想研究',
      'person:江泽民',
    ]);
  });
  it('finds the people in a title end to end, and not the places (a place in a title names its scope, not a mention)', () => {
    const text = '深入学习《习近平谈治国理政》第三卷，贯彻《广东省实施〈中华人民共和国土地管理法〉办法》。';
    const es = entitiesOf(text);
    expect(namesOf(es, 'person')).toEqual(['习近平']);
    expect(namesOf(es, 'place')).toEqual([]);
    // A title that is only a name names the work.
    expect(namesOf(entitiesOf('他读完了陈忠实的长篇小说《白鹿原》。'), 'person')).not.toContain('白鹿原');
  });
  it('keeps a title cited inside another title', () => {
    const text = '《东莞市贯彻落实〈广东省加强党的基层组织建设三年行动计划〉的实施方案》';
    const outer = cand('regulation', text, text.slice(1, -1));
    const inner = cand('regulation', text, '广东省加强党的基层组织建设三年行动计划');
    expect(resolveOverlaps([outer, inner])).toHaveLength(2);
  });
});

describe('grouping into entities', () => {
  it('makes one entity per canonical name, with every other surface as an alias and the id from type and name', () => {
    const text = '市委、东莞市委和中共东莞市委';
    const es = groupCandidates('r', text, [
      cand('organization', text, '市委', { canonical: '中共东莞市委' }),
      cand('organization', text, '东莞市委', { canonical: '中共东莞市委' }),
      cand('organization', text, '中共东莞市委'),
    ]);
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ id: entityId('organization', '中共东莞市委'), name: '中共东莞市委', aliases: ['东莞市委', '市委'] });
    expect(es[0]!.mentions.map((m) => m.surface)).toEqual(['市委', '东莞市委', '中共东莞市委']);
  });
});

describe('a short form that drops the front of a name', () => {
  it('joins the one longer name of the report that ends with it (gwr-1954: 中国共产党 … 共产党)', () => {
    const text = '中国共产党领导全国人民。共产党员和共产党的组织';
    const es = groupCandidates('r', text, [
      cand('organization', text, '中国共产党'),
      { ...cand('organization', text, '共产党'), start: 17, end: 20 },
    ]);
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ name: '中国共产党', aliases: ['共产党'] });
  });
  it('stays apart when two longer names end with it', () => {
    const text = '石龙镇党工委、石排镇党工委和党工委';
    const es = groupCandidates('r', text, [
      cand('organization', text, '石龙镇党工委'),
      cand('organization', text, '石排镇党工委'),
      { ...cand('organization', text, '党工委'), start: 14, end: 17 },
    ]);
    expect(es.map((e) => e.name).sort()).toEqual(['党工委', '石排镇党工委', '石龙镇党工委']);
  });
});

describe('a report in traditional characters', () => {
  it('matches on the folded text, names the entity in simplified form and keeps the written form as an alias', () => {
    const text = '市委書記梁維東同志赴大朗鎮督導';
    const folded = '市委书记梁维东同志赴大朗镇督导';
    const es = entitiesOf(text, folded);
    expect(entity(es, 'person', '梁维东')).toMatchObject({ aliases: ['梁維東'] });
    expect(spans(entity(es, 'person', '梁维东'))).toEqual([[4, 7, '梁維東']]);
    expect(entity(es, 'place', '大朗镇')?.aliases).toEqual(['大朗鎮']);
  });
});

describe('the whole Dongguan report', () => {
  const text = fs.readFileSync(new URL('../../data/reports/dongguan-2018.txt', import.meta.url), 'utf8');
  const es = entitiesOf(text);
  it('finds the people it names, and no one else', () => {
    expect(namesOf(es, 'person')).toEqual(['万庆良', '习近平', '李嘉', '李希', '梁维东', '肖亚非']);
  });
  it('gives every entity one id and mentions that read their surface', () => {
    expect(new Set(es.map((e) => e.id)).size).toBe(es.length);
    for (const e of es) {
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.surface);
        expect([e.name, ...e.aliases]).toContain(m.surface);
      }
    }
  });
});
