import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';

// The default report ships in the repository.
const text = fs.readFileSync(new URL('../../data/reports/dongguan-2018.txt', import.meta.url), 'utf8');

describe('the whole Dongguan report', () => {
  const s = structureReport(text, 'dongguan-2018');
  it('has 3 + 14 + 21 + 2 headings by level', () => {
    const count = (l: number) => s.sections.filter((x) => x.level === l).length;
    expect([1, 2, 3, 4].map(count)).toEqual([3, 14, 21, 2]);
  });
  it('has 59 enumerated actions', () => {
    expect(s.measures).toHaveLength(59);
    expect(s.measures.find((m) => m.heading === '着力提高个人事项填报“一致率”')?.ordinal).toBe('三是');
  });
  it('keeps every measure inside its section', () => {
    for (const m of s.measures) {
      const sec = s.sections.find((x) => x.id === m.section)!;
      expect(m.start).toBeGreaterThanOrEqual(sec.start);
      expect(m.end).toBeLessThanOrEqual(sec.end);
    }
  });
  it('covers every line with one paragraph and every paragraph with its sentences', () => {
    const lines = text.split('\n').filter((l) => l.trim()).length;
    expect(s.paragraphs).toHaveLength(lines);
    for (const p of s.paragraphs) {
      const parts = s.sentences.filter((x) => x.paragraph === p.id);
      expect(parts[0]!.start).toBe(p.start);
      expect(parts[parts.length - 1]!.end).toBe(p.end);
    }
  });
  it('nests the sections: a child lies inside its parent', () => {
    for (const x of s.sections.filter((x) => x.parent)) {
      const parent = s.sections.find((p) => p.id === x.parent)!;
      expect(parent.level).toBeLessThan(x.level);
      expect(x.start).toBeGreaterThanOrEqual(parent.start);
      expect(x.end).toBeLessThanOrEqual(parent.end);
    }
  });
});
