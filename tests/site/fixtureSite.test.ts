// The pages built from a small hand-built extraction (tests/fixtures/siteExtraction.ts), independent of the extraction stages:
// what the entity, reader and case pages show, and that markup in a report shows as text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../src/site/build/buildSite.ts';
import { REPORT, TEXT, siteExtraction } from '../fixtures/siteExtraction.ts';

let root: string;
let dist: string;
const html = (...parts: string[]) => fs.readFileSync(path.join(dist, ...parts, 'index.html'), 'utf8');
const page = (...parts: string[]) => cheerio.load(html(...parts));

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-fixture-site-'));
  dist = path.join(root, 'dist');
  const extractionFile = path.join(root, 'extraction.json');
  fs.writeFileSync(extractionFile, JSON.stringify(siteExtraction()));
  // Built with a public address: "copy link" in the reader copies it (SITE_URL).
  astroBuild({ extractionFile, outDir: dist, base: '/kg/', quiet: true, site: 'https://example.org/kg/' });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('pages of a hand-built extraction', () => {
  it("大朗镇's page: its mentions in context, the figures linked to it, its parent places and related entities", () => {
    const $ = page('entity', 'place', 'da-lang-zhen');
    expect($('h1').text()).toContain('大朗镇');
    const kwic = $('.kwic li');
    expect(kwic.length).toBe(2);
    expect(kwic.first().find('a.k').attr('href')).toMatch(new RegExp(`^/kg/report/${REPORT}/#s-[0-9a-z]+$`));
    expect(kwic.eq(1).find('a.k').attr('href')).toMatch(new RegExp(`^/kg/report/${REPORT}/#s-[0-9a-z]+$`));
    // The quote reads as the sentence does: no space around the name; the whole sentence on hover.
    expect(kwic.first().text()).toContain('市公安局、大朗镇等18个单位');
    expect(kwic.first().attr('title')).toBe('市委书记梁维东同志先后赴市公安局、大朗镇等18个单位和镇(街道)深入督导检查。');
    // A figure is a row of its report's figure table, cited by its content anchor.
    const figures = $(`#figures ~ .table-wrap a[href*="/figures/${REPORT}/#"]`)
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(figures).toHaveLength(2);
    for (const href of figures) expect(href).toMatch(new RegExp(`^/kg/figures/${REPORT}/#f-[0-9a-z]+$`));
    expect($('a[href="/kg/entity/place/dong-guan-shi/"]').length).toBeGreaterThan(0);
    expect(
      $('#related ~ ol a.ent')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['塘厦镇', '梁维东']);
  });

  it('a case is reachable from its town', () => {
    const $ = page('entity', 'place', 'gao-bu-zhen');
    const links = $(`#cases ~ .table-wrap a[href^="/kg/cases/${REPORT}/#c-"]`);
    expect(links.length).toBe(1);
    // …to its row in the report's case table, which carries that anchor and the id of the page earlier builds gave it.
    const row = page('cases', REPORT)(`tr[id="${links.attr('href')!.split('#')[1]}"]`);
    expect(row.length).toBe(1);
    expect(row.find('span#c1').length).toBe(1);
    expect(row.find(`a[href^="/kg/report/${REPORT}/#s-"]`).length).toBe(1);
  });

  it("a figure's row in its report's table carries its content anchor (the reader's mark links to it) and its old page id", () => {
    const reader = page('report', REPORT);
    const mark = reader('a.fig').first();
    const anchor = mark.attr('id')!;
    expect(anchor).toMatch(/^f-[0-9a-z]+$/);
    expect(mark.attr('href')).toBe(`/kg/figures/${REPORT}/#${anchor}`);
    const table = page('figures', REPORT);
    const row = table(`tr[id="${anchor}"]`);
    expect(row.length).toBe(1);
    expect(row.find('span[id^="f"]').length).toBe(1);
    expect(row.find(`a[href="#${anchor}"]`).length).toBe(1);
    // No page per figure, case or measure any more.
    expect(fs.existsSync(path.join(dist, 'figure'))).toBe(false);
    expect(fs.existsSync(path.join(dist, 'case'))).toBe(false);
    expect(fs.existsSync(path.join(dist, 'measure'))).toBe(false);
  });

  it("a town's cases: the case index's sortable, filterable table, with kinds in Chinese and labelled numbers", () => {
    const $ = page('entity', 'place', 'gao-bu-zhen');
    // The same table as the case index, enhanced by the one table script (sort by column, filter by kind and place).
    expect($('#cases ~ .table-wrap table#cases-table[data-sortable] th[data-key] button').length).toBeGreaterThanOrEqual(4);
    expect($('#cases ~ form[data-table-filters="cases-table"] select[name="kind"] option').length).toBeGreaterThan(1);
    expect($('script[src$="table/app.js"]').length).toBe(1);
    const row = $('#cases-table tbody tr').first();
    expect(row.find('td').eq(1).text()).toMatch(/^[\u4e00-\u9fff、]+$/);
    expect(row.find('.case-figure .muted').first().text()).not.toBe('');
  });

  it('the reader shows the whole text with headings, anchors, links and figure marks', () => {
    const $ = page('report', REPORT);
    $('.reader-text .cite, .reader-text details').remove();
    expect($('.reader-text').text().replace(/\s+/g, '')).toBe(TEXT.replace(/\s+/g, ''));
    expect($('#s1').closest('h2').text()).toContain('全面向上对标对表');
    expect($('#s1').closest('h2').attr('id')).toMatch(/^h-[0-9a-z]+$/);
    expect($('#s1-1').closest('h3').text()).toContain('关于违规发放津贴补贴的问题');
    const sentence = $('span.s')
      .filter((_, s) => $(s).text().includes('梁维东'))
      .first();
    expect(sentence.attr('id')).toMatch(/^s-[0-9a-z]+$/);
    expect(sentence.find('a.ent-person').text()).toBe('梁维东');
    expect(sentence.find('a.fig').first().attr('title')).toBe('18 个');
    // The old position anchor still resolves, inside the same sentence.
    expect($('#p2-s1').closest('span.s').attr('id')).toBe(sentence.attr('id'));
    // Figures carry their own anchor.
    expect(sentence.find('a.fig').first().attr('id')).toMatch(/^f-[0-9a-z]+$/);
  });

  it("gives the reader its public address (SITE_URL) for copy link, and the reader's script", () => {
    const $ = page('report', REPORT);
    expect($('article.reader-text').attr('data-public-page')).toBe(`https://example.org/kg/report/${REPORT}/`);
    expect($('article.reader-text').attr('data-site-path')).toBe(`report/${REPORT}/`);
    expect($('script[src$="reader/app.js"]').length).toBe(1);
  });

  it('links the reader to where the report was published', () => {
    const $ = page('report', REPORT);
    expect($('a[data-source]').attr('href')).toBe('https://www.gdjct.gd.gov.cn/dongguan.shtml');
  });

  it('lists cases in a table that can be sorted and filtered, with kinds in Chinese and labelled numbers', () => {
    const $ = page('cases');
    expect(
      $('form[data-table-filters="cases-table"] select[name="kind"] option')
        .map((_, o) => $(o).text())
        .get(),
    ).toContain('事故');
    expect($('table#cases-table[data-sortable] th[data-key] button').length).toBeGreaterThanOrEqual(4);
    const row = $('table#cases-table[data-sortable] tbody tr').first();
    expect(row.find('td').eq(1).text()).toBe('事故');
    // The number says what it counts (its indicator: 死亡), not the words before it (造成).
    expect(row.find('.case-figure').text()).toBe('死亡2人');
  });

  it('shows markup from a report as text and runs none of it', () => {
    const reader = html('report', REPORT);
    expect(reader).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(reader).not.toContain('<img src=x');
    const entity = page('entity', 'organization', 'script-alert-1-script');
    expect(entity('h1').text()).toContain('<script>alert(1)</script>');
    // Parsed as a browser would: no script holds report text, no element carries an event handler
    // (a '<' inside a quoted attribute is plain text to the parser, and Astro leaves it as is there).
    for (const file of fs.readdirSync(dist, { recursive: true }) as string[]) {
      if (!file.endsWith('.html')) continue;
      const $ = cheerio.load(fs.readFileSync(path.join(dist, file), 'utf8'));
      expect($('script').filter((_, s) => $(s).text().includes('alert')).length, file).toBe(0);
      expect($('img[onerror], [onerror]').length, file).toBe(0);
    }
  });
});
