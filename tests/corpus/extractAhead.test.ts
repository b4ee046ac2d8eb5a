import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAhead } from '../../src/corpus/extractAhead.ts';
import { extractFile } from '../../src/corpus/extractFile.ts';
import { cutAhead, segment } from '../../src/entities/segment.ts';

// The corpus's files extracted with the next one prepared and cut ahead give what extractFile gives for each on its own:
// reports of the fixtures' corpus, a file that is not a report, and one that is gone by its turn.
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ahead-'));
  const fixtures = path.resolve('tests/fixtures/corpus');
  for (const f of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, f), path.join(dir, f));
  fs.copyFileSync('data/reports/dongguan-2018.txt', path.join(dir, 'dongguan-2018.txt'));
  fs.writeFileSync(path.join(dir, 'garbage.txt'), Buffer.from([0x00, 0xff, 0x10, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('extractAhead', () => {
  it('gives extractFile’s result for every file, in order', async () => {
    const names = fs.readdirSync(dir).sort();
    const files = [...names.map((n) => path.join(dir, n)), path.join(dir, 'missing.txt')].map((file, i) => ({
      file,
      id: `r${i}`,
      size: 1,
    }));
    const progress: number[] = [];
    const ahead = await extractAhead(files, (p) => progress.push(p.done));
    const alone = files.map((f) => extractFile(f.file, f.id));
    expect(JSON.stringify(ahead)).toBe(JSON.stringify(alone));
    expect(ahead.filter((r) => r.part).length).toBeGreaterThanOrEqual(3);
    expect(ahead.filter((r) => r.skipped).length).toBe(2);
    expect(progress).toEqual(files.map((_, i) => i + 1));
  });

  it('a text cut ahead segments as it does in its turn', async () => {
    const text = '东莞市大朗镇推进松山湖科学城建设，高埗镇加大水乡功能区投入。';
    const inTurn = segment(text).tokens.map((t) => `${t.word}/${t.tag}`);
    await cutAhead(text);
    expect(segment(text).tokens.map((t) => `${t.word}/${t.tag}`)).toEqual(inTurn);
  });
});
