import { describe, expect, it } from 'vitest';
import { rerank, TIER, type SearchHit } from '../../src/site/search/rerank.ts';
import { normalizeQuery, suggest } from '../../src/client/graph/suggest.ts';
import { buildNamesIndex, namesScript } from '../../src/site/search/namesIndex.ts';
import { graphExtraction } from '../fixtures/graphExtraction.ts';

const names = [
  { id: 'place:da-lang-zhen', name: '大朗镇', aliases: [] },
  { id: 'place:dong-guan-shi', name: '东莞市', aliases: ['东莞'] },
  { id: 'place:tang-xia-zhen', name: '塘厦镇', aliases: [] },
];

// Hits as Pagefind returns them for an unspaced query: in its order, pages holding any segment of it.
const reader: SearchHit = {
  url: '/report/dongguan-2018/',
  title: '中共东莞市委关于巡视整改进展情况的通报',
  content: '针对塘厦镇、大朗镇违规发放津贴问题开展核查,督促两镇制定清退方案。',
};
const dalang: SearchHit = {
  url: '/entity/place/da-lang-zhen/',
  title: '大朗镇',
  content: '大朗镇 地点 针对塘厦镇、大朗镇违规发放津贴问题',
  entity: 'place:da-lang-zhen',
};
const tangxia: SearchHit = {
  url: '/entity/place/tang-xia-zhen/',
  title: '塘厦镇',
  content: '塘厦镇 地点 针对塘厦镇、大朗镇违规发放津贴问题',
  entity: 'place:tang-xia-zhen',
};
const dongguan: SearchHit = {
  url: '/entity/place/dong-guan-shi/',
  title: '东莞市',
  content: '东莞市 地点 东莞的镇街',
  entity: 'place:dong-guan-shi',
};
const measure: SearchHit = {
  url: '/measure/m1/',
  title: '一是对相关镇进行调查处置',
  content: '一是对相关镇进行调查处置。针对塘厦镇、大朗镇违规发放津贴问题开展核查',
};

describe('rerank', () => {
  it('puts the entity whose exact name was searched first, wherever Pagefind ranked it', () => {
    const ranked = rerank('大朗镇', [tangxia, reader, measure, dalang], names);
    expect(ranked.hits[0]!.hit).toBe(dalang);
    expect(ranked.hits[0]!.tier).toBe(TIER.exactName);
    expect(ranked.exactNames.map((n) => n.id)).toEqual(['place:da-lang-zhen']);
  });

  it('treats an alias as the name: 东莞 finds 东莞市 first', () => {
    const ranked = rerank('东莞', [reader, dongguan], names);
    expect(ranked.hits[0]!.hit).toBe(dongguan);
  });

  it('ranks a two-character query by literal matches: 大朗 puts 大朗镇 (title) before pages that only hold it in the text', () => {
    const ranked = rerank('大朗', [reader, tangxia, dalang], names);
    expect(ranked.hits.map((r) => r.hit)).toEqual([dalang, reader, tangxia]);
    expect(ranked.exactNames).toEqual([]);
    expect(ranked.literal).toBe(true);
  });

  it('returns no entity page first for a name absent from the corpus', () => {
    // Pagefind matches 不存在的词 by its segment 的, on entity pages as on others.
    const withDe = (hit: SearchHit): SearchHit => ({ ...hit, content: hit.content + '的' });
    const ranked = rerank('不存在的词', [withDe(dalang), withDe(tangxia), withDe(reader), withDe(measure)], names);
    expect(ranked.hits[0]!.hit.entity).toBeUndefined();
    expect(ranked.hits.every((r) => r.tier === TIER.partial)).toBe(true);
    expect(ranked.literal).toBe(false);
    expect(ranked.exactNames).toEqual([]);
  });

  it('requires every word of a spaced query', () => {
    const ranked = rerank('大朗镇 津贴', [dongguan, measure, dalang], names);
    expect(ranked.hits.map((r) => r.tier)).toEqual([TIER.inText, TIER.inText, TIER.partial]);
  });
});

describe('suggest', () => {
  const items = [
    { id: 'a', name: '大朗镇', aliases: [], weight: 3 },
    { id: 'b', name: '东莞市', aliases: ['东莞'], weight: 57 },
    { id: 'c', name: '东莞市人民政府', aliases: ['市政府'], weight: 17 },
    { id: 'd', name: '中共东莞市委', aliases: ['东莞市委'], weight: 69 },
  ];

  it('ranks exact names, then prefixes, then names containing the query', () => {
    expect(suggest(items, '东莞市').map((i) => i.id)).toEqual(['b', 'c', 'd']);
    expect(suggest(items, '东莞').map((i) => i.id)).toEqual(['b', 'c', 'd']);
  });

  it('finds a place from two characters', () => {
    expect(suggest(items, '大朗').map((i) => i.name)).toEqual(['大朗镇']);
  });

  it('suggests nothing for an empty query and folds full-width letters', () => {
    expect(suggest(items, '  ')).toEqual([]);
    expect(normalizeQuery('ＡＢＣ１２３')).toBe('ABC123');
  });
});

describe('the names index', () => {
  it('lists every entity once, most mentioned first, with aliases only when there are some', () => {
    const index = buildNamesIndex(graphExtraction().entities);
    expect(index.n[0]![1]).toBe('大朗镇');
    expect(index.n).toHaveLength(11);
    expect(index.n.every((row) => row.length === 4)).toBe(true);
  });

  it('is a script that keeps names inert', () => {
    const entities = graphExtraction().entities;
    entities[0]!.name = '</script><script>alert(1)</script>';
    const script = namesScript(buildNamesIndex(entities));
    expect(script.startsWith('window.__KG_NAMES__=')).toBe(true);
    expect(script).not.toContain('</script>');
  });
});

describe('query folding (either script)', () => {
  it("folds a traditional query to simplified characters with OpenCC's character table", async () => {
    const { foldPairs } = await import('../../src/site/search/foldTable.ts');
    const { foldWith } = await import('../../src/client/search/foldQuery.ts');
    const fold = foldWith(foldPairs());
    expect(fold('大朗鎮')).toBe('大朗镇');
    expect(fold('東莞市違規發放津貼')).toBe('东莞市违规发放津贴');
    expect(fold('大朗镇')).toBe('大朗镇');
    expect(foldWith('')('東莞')).toBe('東莞');
  });
});

describe('rerank: where the sentences are', () => {
  const hits = [
    { url: '/case/c1/', title: '针对塘厦镇、大朗镇违规发放津贴问题开展核查', content: '针对塘厦镇、大朗镇违规发放津贴问题开展核查' },
    { url: '/entity/place/shatian/', title: '沙田镇', content: '沙田镇 广大群众', entity: 'place:sha-tian-zhen' },
    { url: '/entity/place/dalang/', title: '大朗镇', content: '大朗镇', entity: 'place:da-lang-zhen' },
    { url: '/report/dongguan-2018/', title: '通报', content: '市委书记先后赴大朗镇等18个单位', reader: true },
  ];

  it('ranks the reader holding the phrase first, then the entity whose name holds it, then other titles; partial last', () => {
    const ranked = rerank('大朗', hits, []).hits.map((r) => [r.hit.url, r.tier]);
    expect(ranked).toEqual([
      ['/report/dongguan-2018/', TIER.reader],
      ['/entity/place/dalang/', TIER.inName],
      ['/case/c1/', TIER.inTitle],
      ['/entity/place/shatian/', TIER.partial],
    ]);
  });

  it('still puts an entity named exactly so before the reader', () => {
    const names = [{ id: 'place:da-lang-zhen', name: '大朗镇', aliases: [] }];
    expect(rerank('大朗镇', hits, names).hits[0]!.hit.url).toBe('/entity/place/dalang/');
  });
});
