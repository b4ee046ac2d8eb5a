import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from '../../src/util/arrays.ts';

// A 49 MB report names its city hundreds of thousands of times: xs.push(...ys) and Math.max(...ys) pass every item on
// the call stack and throw "Maximum call stack size exceeded" at that size.
describe('array helpers of any length', () => {
  const big = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);

  it('pushAll appends a million items in order', () => {
    expect(() => [].push(...(big as never[]))).toThrow(RangeError);
    const target = [-1];
    expect(pushAll(target, big)).toBe(target);
    expect(target.length).toBe(1_000_001);
    expect(target[1]).toBe(big[0]);
    expect(target.at(-1)).toBe(big.at(-1));
  });

  it('maxOf and minOf agree with Math.max and Math.min', () => {
    expect(maxOf(big)).toBe(big.reduce((a, b) => Math.max(a, b)));
    expect(minOf(big)).toBe(big.reduce((a, b) => Math.min(a, b)));
    expect(maxOf([])).toBe(Math.max());
    expect(minOf([])).toBe(Math.min());
    expect(maxOf([1, NaN, 3])).toBeNaN();
  });
});
