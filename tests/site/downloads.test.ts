import { describe, expect, it } from 'vitest';
import { downloadContents } from '../../src/site/downloads/writeDownloads.ts';
import { siteExtraction } from '../fixtures/siteExtraction.ts';

describe('downloads', () => {
  const extraction = siteExtraction();
  extraction.entities[0] = { ...extraction.entities[0], aliases: ['大朗, "镇"'] };
  const files = downloadContents(extraction);

  it('quotes CSV fields (commas, quotes) and keeps one row per mention', () => {
    const lines = files['entities.csv'].split('\n');
    expect(lines[1]).toBe('place:da-lang-zhen,place,大朗镇,"大朗, ""镇""",2,dongguan-2018,,town,广东省|东莞市');
    const mentions = files['mentions.csv'].trim().split('\n');
    expect(mentions).toHaveLength(1 + extraction.entities.reduce((n, e) => n + e.mentions.length, 0));
    expect(mentions[1]).toMatch(/^place:da-lang-zhen,大朗镇,dongguan-2018,\d+,\d+,大朗镇$/);
  });

  it('writes the entity graph as GEXF with names as labels', () => {
    expect(files['graph.gexf']).toContain('<gexf');
    expect(files['graph.gexf']).toContain('大朗镇');
    expect(files['graph.gexf']).toMatch(/<edge [^>]*source="place:da-lang-zhen"/);
  });
});
