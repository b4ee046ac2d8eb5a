import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const dongguan = fs.readFileSync(new URL('../../data/reports/dongguan-2018.txt', import.meta.url), 'utf8');

/** A small seeded generator, so that a failure can be replayed. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const PIECES = [
  '😀',
  '𠀀',
  '\u0000',
  '《',
  '》',
  '〈',
  '市委',
  '省委第',
  '巡视组',
  '同志',
  '、',
  '东莞',
  '镇',
  '\n',
  ' ',
  'ab',
  '12',
  '中共',
  '委员会',
  '总书记',
  '肃清',
  '影响',
  '，',
];

describe('mutated real text', () => {
  it('never throws, and every mention reads its own surface, which is the name or an alias', () => {
    const rand = lcg(20181126);
    for (let i = 0; i < 300; i++) {
      const from = rand(dongguan.length);
      let s = dongguan.slice(from, from + rand(300));
      for (let k = rand(20); k > 0; k--) {
        const at = rand(s.length + 1);
        s = s.slice(0, at) + PIECES[rand(PIECES.length)] + s.slice(at);
      }
      for (const e of entitiesOf(s)) {
        for (const m of e.mentions) {
          expect(s.slice(m.start, m.end)).toBe(m.surface);
          expect([e.name, ...e.aliases]).toContain(m.surface);
        }
      }
    }
  });
  it('returns nothing for empty or non-Chinese text', () => {
    expect(entitiesOf('')).toEqual([]);
    expect(entitiesOf('The quick brown fox 123')).toEqual([]);
  });
});
