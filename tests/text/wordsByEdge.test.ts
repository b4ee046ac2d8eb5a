import { describe, expect, it } from 'vitest';
import { byFirstCode, byLastCode } from '../../src/text/wordsByEdge.ts';
import { changesEnding, CHANGES, levelsEnding, LEVELS } from '../../src/figures/indicators/phraseWordLists.ts';

describe('word lists grouped by the character a word ends or starts with', () => {
  it('keeps the words that can match, in the order of the list', () => {
    const ending = byLastCode(['增长到', '达到', '为', '到'], (w) => w);
    expect(ending('国内生产总值达到')).toEqual(['增长到', '达到', '到']);
    expect(ending('办结率为')).toEqual(['为']);
    expect(ending('粮食产量')).toEqual([]);
    const opening = byFirstCode(['其中', '其', '全国'], (w) => w);
    expect(opening('其中粮食产量')).toEqual(['其中', '其']);
    expect(opening('')).toEqual([]);
  });

  it('finds the first word a phrase of a report ends with, as a scan of the whole list does', () => {
    const phrases = ['全年粮食产量达到', '城镇居民人均可支配收入增长', '办结率为', '财政收入分别增长', '进出口总额下降', '新增就业'];
    for (const s of phrases) {
      expect(levelsEnding(s).find((w) => s.endsWith(w))).toBe(LEVELS.find((w) => s.endsWith(w)));
      expect(changesEnding(s).find(([w]) => s.endsWith(w))).toBe(CHANGES.find(([w]) => s.endsWith(w)));
    }
  });
});
