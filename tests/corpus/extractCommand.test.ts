import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCommand } from '../../src/bench/extractCommand.ts';
import { BATCH_JIT_FLAGS, HEAP_FLAGS } from '../../scripts/batchJitFlags.mjs';

// The bench times extraction as users run it: the command it spawns is package.json's "extract" script.
describe('the extract command', () => {
  it('is what the bench runs', () => {
    const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.extract).toBe(`node ${bundledCommand('scripts/extract.ts').join(' ')}`);
    expect(scripts.merge).toBe(`node ${bundledCommand('scripts/merge.ts').join(' ')}`);
  });

  it("gives the command's own thread the young generation its worker threads get, under the same V8 flags", () => {
    expect(bundledCommand('scripts/extract.ts').slice(0, HEAP_FLAGS.length)).toEqual(HEAP_FLAGS);
    expect(BATCH_JIT_FLAGS).toEqual(expect.arrayContaining(HEAP_FLAGS));
  });
});
