import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCommand } from '../../src/bench/extractCommand.ts';

// The bench times extraction as users run it: the command it spawns is package.json's "extract" script.
describe('the extract command', () => {
  it('is what the bench runs', () => {
    const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.extract).toBe(`node ${bundledCommand('scripts/extract.ts').join(' ')}`);
    expect(scripts.merge).toBe(`node ${bundledCommand('scripts/merge.ts').join(' ')}`);
  });
});
