import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endingPattern } from '../../src/text/endingPattern.ts';
import { foldText } from '../../src/text/foldText.ts';
import { CHANGE_ADVERBS, COMPARISON } from '../../src/figures/indicators/indicatorWords.ts';

describe('a pattern anchored at the end, tried only on texts ending with a character its matches end with', () => {
  it('answers as the pattern does', () => {
    const aim = endingPattern(/(?:力争|争取|确保|努力)$/, '争取保力');
    expect(aim.exec('今年力争')?.[0]).toBe('力争');
    expect(aim.test('确保')).toBe(true);
    expect(aim.exec('力争实现')).toBeNull();
    expect(aim.test('')).toBe(false);
  });

  it('finds what the whole pattern finds at every stretch of a report that ends a phrase', () => {
    const text = foldText(fs.readFileSync('tests/fixtures/corpus/dongguan-excerpt.txt', 'utf8'));
    let found = 0;
    for (let end = 1; end <= text.length; end++) {
      const s = text.slice(Math.max(0, end - 24), end);
      for (const gated of [CHANGE_ADVERBS, COMPARISON]) {
        const m = gated.pattern.exec(s);
        expect(gated.exec(s)?.[0]).toBe(m?.[0]);
        if (m) found++;
      }
    }
    expect(found).toBeGreaterThan(10);
  });
});
