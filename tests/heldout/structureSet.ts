// Scores a set of reports for sections and measures against gold written by hand (tests/fixtures/structure22): each
// gold section by level and heading (as compareExpectation matches them) and, where it was found, by its bounds: the text
// its span ends with. The gold is one item a line: `L1|heading|what the section's text ends with`, `M|heading`; a final
// `?` marks an item that counts neither way (an attachment's title).
import fs from 'node:fs';
import path from 'node:path';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { readReport } from '../../src/read/readReport.ts';
import { headingMatch, normName } from './compareExpectation.ts';

export interface StructureTally {
  tp: number;
  fp: number;
  fn: number;
  notes: string[];
}
export interface StructureScore {
  sections: StructureTally;
  measures: StructureTally;
  /** Of the sections found, how many end where the gold says (tp) and how many elsewhere (fn). */
  bounds: StructureTally;
}

interface GoldItem {
  level?: number;
  heading: string;
  end?: string;
  optional: boolean;
}

function readGold(file: string): { sections: GoldItem[]; measures: GoldItem[] } {
  const sections: GoldItem[] = [];
  const measures: GoldItem[] = [];
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const parts = line.split('|');
    const optional = parts[parts.length - 1] === '?';
    if (optional) parts.pop();
    const [kind, heading = '', end = ''] = parts;
    if (/^L[1-4]$/.test(kind!)) sections.push({ level: Number(kind!.slice(1)), heading, end, optional });
    else if (kind === 'M') measures.push({ heading, optional });
    else throw new Error(`bad gold line ${line} in ${file}`);
  }
  return { sections, measures };
}

const tally = (): StructureTally => ({ tp: 0, fp: 0, fn: 0, notes: [] });

/** Every report of `dir`/corpus scored against `dir`/gold, summed. */
export function scoreStructureSet(dir: string): StructureScore {
  const out: StructureScore = { sections: tally(), measures: tally(), bounds: tally() };
  for (const file of fs.readdirSync(path.join(dir, 'corpus')).sort()) {
    const name = file.replace(/\.[^.]+$/, '');
    const gold = readGold(path.join(dir, 'gold', `${name}.spec`));
    const got = extractReport(readReport(path.join(dir, 'corpus', file)));
    const text = got.report.text;
    const score = (
      area: 'sections' | 'measures',
      want: GoldItem[],
      have: { level?: number; heading: string; start: number; end: number }[],
    ) => {
      const used = new Set<number>();
      const find = (g: GoldItem) =>
        have.findIndex((p, j) => !used.has(j) && (g.level === undefined || p.level === g.level) && headingMatch(g.heading, p.heading));
      for (const g of want.filter((w) => !w.optional)) {
        const i = find(g);
        if (i < 0) {
          out[area].fn++;
          out[area].notes.push(`${name} FN ${g.level ?? ''} ${g.heading}`);
          continue;
        }
        used.add(i);
        out[area].tp++;
        if (area !== 'sections' || !g.end) continue;
        const p = have[i]!;
        if (normName(text.slice(p.start, p.end)).endsWith(normName(g.end))) out.bounds.tp++;
        else {
          out.bounds.fn++;
          out.bounds.notes.push(`${name} ${g.heading} ends …${text.slice(Math.max(p.start, p.end - 20), p.end).trim()}`);
        }
      }
      // Then optional items take what they match, so that it counts neither way.
      for (const g of want.filter((w) => w.optional)) {
        const i = find(g);
        if (i >= 0) used.add(i);
      }
      have.forEach((p, j) => {
        if (used.has(j)) return;
        out[area].fp++;
        out[area].notes.push(`${name} FP ${p.level ?? ''} ${p.heading}`);
      });
    };
    score('sections', gold.sections, got.report.sections);
    score('measures', gold.measures, got.measures);
  }
  return out;
}
