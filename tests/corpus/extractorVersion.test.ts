import { describe, expect, it } from 'vitest';
import { extractorVersion } from '../../src/corpus/extractorVersion.ts';

describe('extractorVersion', () => {
  it('is a hash of the extraction code, the same on every call', () => {
    expect(extractorVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(extractorVersion()).toBe(extractorVersion());
  });
});
