import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { foldText } from '../../src/text/foldText.ts';
import type { Entity } from '../../src/types.ts';
import { entitiesOf } from './entityTestKit.ts';

// Sets of sentences written by hand before the extractor was run on them (a .tsv of id, sentence and one column of
// expected names per entity type). Each sentence is extracted alone; an entity matches an expected one when one of its
// forms (name, aliases, mentions) equals one of the expected forms, folded and without quote marks. `?` marks an
// optional name, `|` its other forms, `;` the next name.

type Kind = Entity['type'];

export interface Expected {
  forms: string[];
  optional: boolean;
}

export interface SentenceRow<K extends Kind> {
  id: string;
  text: string;
  expected: Record<K, Expected[]>;
}

const key = (s: string) => foldText(s).replace(/[\s“”"「」‘’'『』]/g, '');

function parse(cell: string | undefined): Expected[] {
  return (cell ?? '')
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => ({ optional: e.startsWith('?'), forms: e.replace(/^\?/, '').split('|').map(key) }));
}

/** The rows of a sentence set; `columns` names the entity type of each column after the id and the sentence. */
export function readSentenceSet<K extends Kind>(file: URL, columns: readonly K[]): SentenceRow<K>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [id, text, ...cells] = l.split('\t');
      const expected = Object.fromEntries(columns.map((kind, i) => [kind, parse(cells[i])])) as Record<K, Expected[]>;
      return { id: id!, text: text!, expected };
    });
}

export interface Tally {
  found: number;
  required: number;
  right: number;
  predicted: number;
  misses: string[];
  wrong: string[];
}

/** Found and predicted names of one type over the set, with the misses and the wrong names by row. */
export function scoreSentenceSet<K extends Kind>(rows: readonly SentenceRow<K>[], kind: K): Tally {
  const t: Tally = { found: 0, required: 0, right: 0, predicted: 0, misses: [], wrong: [] };
  for (const row of rows) {
    const got = entitiesOf(row.text, foldText(row.text)).filter((e) => e.type === kind);
    const formsOf = got.map((e) => new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.surface)].map(key)));
    const exp = row.expected[kind];
    for (const x of exp) {
      if (x.optional) continue;
      t.required++;
      if (formsOf.some((f) => x.forms.some((n) => f.has(n)))) t.found++;
      else t.misses.push(`${row.id} ${x.forms[0]}`);
    }
    got.forEach((e, i) => {
      const match = exp.find((x) => x.forms.some((n) => formsOf[i]!.has(n)));
      if (match?.optional) return;
      t.predicted++;
      if (match) t.right++;
      else t.wrong.push(`${row.id} ${e.name}`);
    });
  }
  return t;
}

/** Precision and recall of a tally (1 where nothing was predicted or required), printed with the misses when `verbose`. */
export function precisionRecall(t: Tally, label: string, verbose: boolean): { p: number; r: number } {
  const p = t.predicted ? t.right / t.predicted : 1;
  const r = t.required ? t.found / t.required : 1;
  if (verbose)
    console.log(label, `P ${p.toFixed(3)} (${t.right}/${t.predicted}) R ${r.toFixed(3)} (${t.found}/${t.required})`, {
      misses: t.misses,
      wrong: t.wrong,
    });
  return { p, r };
}

export type Floors<K extends Kind> = Record<K, { p: number; r: number }>;

/**
 * One test per entity type of `floors`: the set's precision and recall stay at their floors. With the environment
 * variable `verboseEnv` set, each prints its numbers with the misses and the wrong names.
 */
export function itKeepsFloors<K extends Kind>(rows: readonly SentenceRow<K>[], floors: Floors<K>, verboseEnv: string, label = ''): void {
  for (const kind of Object.keys(floors) as K[]) {
    it(`${label}${kind}: precision and recall stay at their floors`, () => {
      const { p, r } = precisionRecall(scoreSentenceSet(rows, kind), `${label}${kind}`, !!process.env[verboseEnv]);
      expect(p).toBeGreaterThanOrEqual(floors[kind].p);
      expect(r).toBeGreaterThanOrEqual(floors[kind].r);
    });
  }
}
