import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExtraction } from '../../src/cli/writeExtraction.ts';
import type { Extraction } from '../../src/types.ts';

// extraction.json is written in batches of items through a buffer: its bytes must stay those of JSON.stringify.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-write-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const written = (x: object) => fs.readFileSync(writeExtraction(dir, x as Extraction), 'utf8');

describe('extraction.json as written', () => {
  it('is JSON.stringify of the extraction for a corpus of thousands of items, empty lists and a list of one', () => {
    const figure = (i: number) => ({
      id: `dg-f${i}`,
      text: `新增就业${i}人`,
      value: i,
      entities: i % 3 ? [] : [`place:dong-guan-shi-${i}`],
    });
    const x = {
      version: 1,
      reports: [{ id: 'dg', title: '东莞市政府工作报告' }],
      measures: [],
      figures: Array.from({ length: 2501 }, (_, i) => figure(i)),
      cases: [],
      relations: [{ type: 'co-occurs' }],
      skipped: [],
    };
    expect(written(x)).toBe(JSON.stringify(x));
  });

  it('writes a string longer than its buffer whole, surrogate pairs (𠀋, 𡈼) across every cut, and undefined items as null', () => {
    const name = '东莞市𠀋𡈼'.repeat(400_000);
    const x = {
      version: 1,
      reports: [{ id: 'r', title: name }],
      entities: [undefined, { id: 'person:a', name: `${name}a` }],
      warnings: undefined,
    };
    expect(written(x)).toBe(JSON.stringify(x));
  });
});
