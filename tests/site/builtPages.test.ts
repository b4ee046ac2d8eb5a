// The built site from the real Dongguan report (data/reports/), served nowhere: its HTML read with cheerio.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuiltSite } from '../support/siteBuild.ts';
import { loadExtraction } from '../../src/site/loadExtraction.ts';
import { createSiteData } from '../../src/site/data.ts';
import { entitySlug } from '../../src/site/paths.ts';
import type { Extraction } from '../../src/types.ts';

let site: BuiltSite;
let extraction: Extraction;
const page = (...parts: string[]) => cheerio.load(fs.readFileSync(path.join(site.dist, ...parts, 'index.html'), 'utf8'));
const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  site = await builtSite();
  extraction = loadExtraction(path.join(site.work, 'extraction.json'));
});

describe('built pages of the Dongguan report', () => {
  it('the reader holds the full normalized text, nothing dropped', () => {
    const report = extraction.reports.find((r) => r.id === 'dongguan-2018')!;
    const $ = page('report', report.id);
    $('.reader-text .cite, .reader-text details').remove();
    expect(squash($('.reader-text').text())).toBe(squash(report.text));
    expect($('html').attr('lang')).toBe('zh-CN');
    // Every sentence has an anchor.
    for (const s of report.sentences.slice(0, 50)) expect($(`[id="${s.id.replace(/[^A-Za-z0-9_-]+/g, '-')}"]`).length).toBe(1);
  });

  it("大朗镇's page lists its mentions in context and the figures linked to it", () => {
    const dalang = extraction.entities.find((e) => e.type === 'place' && e.name === '大朗镇');
    expect(dalang, '大朗镇 is extracted as a place').toBeDefined();
    const $ = page('entity', 'place', entitySlug(dalang!.id));
    expect($('h1').text()).toContain('大朗镇');
    const kwic = $('.kwic li');
    expect(kwic.length).toBe(dalang!.mentions.length);
    // Relative to the page, three folders down (entity/place/<slug>/).
    expect(kwic.find('a.k').first().attr('href')).toMatch(/^\.\.\/\.\.\/\.\.\/report\/dongguan-2018\/#/);
    const view = createSiteData(extraction).entityView(dalang!.id);
    const linked = extraction.figures.filter((f) => f.entities.includes(dalang!.id));
    expect(view.figures.length).toBeGreaterThanOrEqual(linked.length);
    const figureLinks = $('#figures ~ .table-wrap a[href*="/figures/dongguan-2018/#f-"]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(figureLinks.length).toBe(view.figures.length);
  });

  it('links every page and asset relative to the page (works at /, under /kg/ and from disk), never to another host', () => {
    for (const $ of [page(''), page('report', 'dongguan-2018'), page('figures')]) {
      for (const el of $('link[href], script[src], a[href], img[src], form[action]').toArray()) {
        const url = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action')!;
        expect(/^[a-z]+:|^\/\//i.test(url), url).toBe(false);
        expect(url.startsWith('/'), url).toBe(false);
      }
    }
    // 404.html is shown at any depth: its URLs stay absolute under the base.
    const notFound = fs.readFileSync(path.join(site.dist, '404.html'), 'utf8');
    expect(notFound).toContain('src="/kg/search/app.js"');
  });

  it('writes the downloads, CSV through a CSV library and GEXF for Gephi', () => {
    const dir = path.join(site.dist, 'downloads');
    const entitiesCsv = fs.readFileSync(path.join(dir, 'entities.csv'), 'utf8');
    expect(entitiesCsv.split('\n')[0]).toBe('\ufeffid,type,name,aliases,mentions,reports,place_code,place_level,place_path');
    expect(entitiesCsv.split('\n').length).toBeGreaterThan(extraction.entities.length);
    expect(fs.readFileSync(path.join(dir, 'graph.gexf'), 'utf8')).toContain('<gexf');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'extraction.json'), 'utf8')).reports[0].id).toBe('dongguan-2018');
  });

  it("an entity's indicators show each value's period in brackets, never run into the value (7.5%2018)", () => {
    const withFigures = extraction.entities.filter((e) => extraction.figures.some((f) => f.entities.includes(e.id) && f.period));
    const pages = withFigures.map((e) => page('entity', e.type, entitySlug(e.id))).filter(($) => $('span.period').length > 0);
    expect(pages.length).toBeGreaterThan(0);
    for (const $ of pages) {
      for (const el of $('span.period').toArray()) {
        expect($(el).text()).toMatch(/^（\d{4}(?:至\d{4})?）$/);
        expect($(el).prev('a').attr('href')).toMatch(/figures\/.*#f-/);
      }
    }
  });
});
