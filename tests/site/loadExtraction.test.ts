// The site reads extraction.json as extraction wrote it: a missing list is an error naming the file and the field.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExtraction, SiteDataError } from '../../src/site/loadExtraction.ts';
import { createSiteData } from '../../src/site/data.ts';
import { siteExtraction } from '../fixtures/siteExtraction.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('loadExtraction', () => {
  it('reads a complete extraction as written', () => {
    const file = write('ok.json', siteExtraction());
    expect(loadExtraction(file)).toEqual(JSON.parse(JSON.stringify(siteExtraction())));
  });

  it('names the file and the field when a top-level list is missing', () => {
    const { cases: _, ...rest } = siteExtraction();
    const file = write('no-cases.json', rest);
    expect(() => loadExtraction(file)).toThrow(SiteDataError);
    expect(() => loadExtraction(file)).toThrow(`${file}: "cases" is missing`);
  });

  it('names the record when one report lacks its sentences', () => {
    const x = structuredClone(siteExtraction());
    delete (x.reports[0] as Partial<(typeof x.reports)[0]>).sentences;
    const file = write('no-sentences.json', x);
    expect(() => loadExtraction(file)).toThrow(`${file}: reports[0].sentences is missing`);
  });

  it('names the record when an entity lacks its mentions', () => {
    const x = structuredClone(siteExtraction());
    delete (x.entities[2] as Partial<(typeof x.entities)[0]>).mentions;
    const file = write('no-mentions.json', x);
    expect(() => loadExtraction(file)).toThrow(`${file}: entities[2].mentions is missing`);
  });
});

describe('the site derives nothing of its own', () => {
  it('shows no related entities when extraction wrote no co-occurrence', () => {
    const x = structuredClone(siteExtraction());
    x.relations = x.relations.filter((r) => r.type !== 'co-occurs');
    const view = createSiteData(x).entityView('place:da-lang-zhen');
    expect(view.related).toEqual([]);
  });
});
