// The query as Pagefind's search worker receives it: split into words as Pagefind splits it on a Chinese page.
import { describe, expect, it } from 'vitest';
import { pagefindQueries, queryWords } from '../../src/client/search/queryWords.ts';

describe('queryWords', () => {
  it('splits a Chinese phrase into its words, every character kept in order', () => {
    const words = queryWords('整改措施');
    expect(words.split(' ').length).toBeGreaterThan(1);
    expect(words.replace(/ /g, '')).toBe('整改措施');
  });

  it('keeps a quoted query quoted, its words split inside the quotes', () => {
    const words = queryWords('"整改措施"');
    expect(words).toMatch(/^"\S+( \S+)+"$/);
    expect(words.slice(1, -1)).toBe(queryWords('整改措施'));
  });

  it('keeps words already apart, and words of other scripts, as they are', () => {
    expect(queryWords('  违规   发放 ')).toBe(queryWords('违规 发放'));
    expect(queryWords('rural revitalization')).toBe('rural revitalization');
  });
});

describe('pagefindQueries', () => {
  it('asks for a phrase of several words split into them, then for pages holding some of them', () => {
    expect(pagefindQueries('整改措施')).toEqual([`"${queryWords('整改措施')}"`, queryWords('整改措施')]);
  });

  it('asks for one word as a phrase, then unquoted', () => {
    expect(pagefindQueries('违规')).toEqual(['"违规"', '违规']);
  });

  it('asks for a name the splitter cuts into characters whole first, as the index holds it', () => {
    const queries = pagefindQueries('大朗');
    expect(queries[0]).toBe('"大朗"');
    expect(queries).toHaveLength(queries[1] === '"大 朗"' ? 3 : 2);
    expect(queries.at(-1)!.replace(/ /g, '')).toBe('大朗');
  });

  it('leaves queries of several terms and quoted queries to Pagefind as typed, words split', () => {
    expect(pagefindQueries('违规 发放')).toEqual([queryWords('违规 发放')]);
    expect(pagefindQueries('"整改措施"')).toEqual([queryWords('"整改措施"')]);
  });
});
