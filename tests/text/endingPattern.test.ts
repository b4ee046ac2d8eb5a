import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endingPattern, madeGates } from '../../src/text/endingPattern.ts';
import { lastCharsOf } from '../support/lastCharsOf.ts';
import { foldText } from '../../src/text/foldText.ts';
import { CHANGE_ADVERBS, COMPARISON } from '../../src/figures/indicators/indicatorWords.ts';
// Loaded for the gates they make (madeGates): every module that calls endingPattern.
import '../../src/figures/findFigures.ts';
import '../../src/figures/indicators/readPhrase.ts';

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

  it('gates every pattern by exactly the characters the pattern itself can end with', () => {
    const sorted = (chars: string) => [...new Set(chars)].sort().join('');
    const gates = madeGates();
    expect(gates.length).toBeGreaterThanOrEqual(17);
    for (const { pattern, lastChars } of gates)
      expect({ pattern: String(pattern), lastChars: sorted(lastChars) }).toEqual({
        pattern: String(pattern),
        lastChars: sorted(lastCharsOf(pattern) ?? ''),
      });
  });

  it("derives a pattern's last characters through optional tails and groups", () => {
    expect(lastCharsOf(/新增(?:了)?$/)).toBe('了增');
    expect(lastCharsOf(/比[^,，。]*多$/)).toBe('多');
    expect(lastCharsOf(/[\d,]+$/)).toBe(',0123456789');
    // A match that may be empty can end anywhere: no gate.
    expect(lastCharsOf(/(?:约|近)?$/)).toBeUndefined();
  });
});
