import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/site/graph/toCompactGraph.ts';
import { catalogueFromGraph, pageIndexRecord, pageKind } from '../../src/site/search/pageIndexRecord.ts';
import { paths } from '../../src/site/paths.ts';
import { graphExtraction } from '../fixtures/graphExtraction.ts';

const extraction = graphExtraction();
const graph = buildSiteGraph(extraction);
const dalang = extraction.entities.find((e) => e.name === '大朗镇')!;
const dongguan = extraction.entities.find((e) => e.name === '东莞市')!;
const dalangPath = paths.entity('place', dalang.id);
const pages = [dalangPath, paths.entity('place', dongguan.id), paths.report('dongguan-2018'), 'entities/place/', ''];
const catalogue = catalogueFromGraph(graph, pages);

// A page as the site renders it under /kg/: header, breadcrumbs, main with h1, links under the base.
const page = (main: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>
<header><nav><a href="/kg/">首页</a></nav></header>
<main id="main">${main}</main><footer>页脚</footer></body></html>`;

function read(html: string) {
  const $ = cheerio.load(html);
  const values = (attr: string) =>
    $(`[${attr}]`)
      .map((_, e) => [
        [
          $(e)
            .attr(attr)!
            .replace(/\[data-value\]$/, ''),
          $(e).attr('data-value') ?? '',
        ],
      ])
      .get() as unknown as [string, string][];
  return { $, filters: values('data-pagefind-filter'), meta: values('data-pagefind-meta') };
}

describe('which pages the search indexes', () => {
  it('indexes readers and entities, not lists, tables of figures, cases and measures, or the graph', () => {
    expect(pageKind(dalangPath)).toBe('entity');
    expect(pageKind('report/dongguan-2018/')).toBe('reader');
    expect(pageKind('report/dongguan-2018/measures/')).toBeNull();
    expect(pageKind('figures/dongguan-2018/')).toBeNull();
    expect(pageKind('cases/dongguan-2018/')).toBeNull();
    expect(pageKind('entities/place/')).toBeNull();
    expect(pageKind('graph/')).toBeNull();
    expect(pageKind('')).toBeNull();
    expect(pageIndexRecord('graph/', page('<h1>关系图谱</h1>'), catalogue)).toBeNull();
  });
});

describe('an entity page prepared for Pagefind', () => {
  const html = pageIndexRecord(
    dalangPath,
    page(`<p class="breadcrumbs"><a href="/kg/entities/">实体</a></p><h1>大朗镇 <span class="badge">地点</span></h1>
      <p>上级地点 <a href="/kg/${paths.entity('place', dongguan.id)}">东莞市</a></p>
      <p>原文 <a href="/kg/report/dongguan-2018/#s1">针对塘厦镇、大朗镇违规发放津贴问题</a></p>`),
    catalogue,
  )!;
  const { $, filters, meta } = read(html);

  it('marks main as the body, weights the title and leaves breadcrumbs out', () => {
    expect($('main').attr('data-pagefind-body')).toBe('');
    expect($('main h1').attr('data-pagefind-weight')).toBe('10');
    // Left out: not even handed to Pagefind.
    expect($('.breadcrumbs').length).toBe(0);
  });

  it('gives the bare name as title (not "大朗镇 地点"), its type and its id as meta', () => {
    expect(meta).toContainEqual(['title', '大朗镇']);
    expect(meta).toContainEqual(['type', '地点']);
    expect(meta).toContainEqual(['entity', dalang.id]);
  });

  it('filters by type, report and place (itself and the city it lies in)', () => {
    expect(filters).toContainEqual(['type', '地点']);
    expect(filters).toContainEqual(['report', '中共东莞市委关于巡视整改进展情况的通报']);
    expect(filters).toContainEqual(['place', '大朗镇']);
    expect(filters).toContainEqual(['place', '东莞市']);
  });
});

describe('either script', () => {
  it('indexes entity names in traditional characters too (a reader: readerRecords.test.ts)', () => {
    const entityHtml = pageIndexRecord(dalangPath, page('<h1>大朗镇</h1>'), catalogue)!;
    expect(cheerio.load(entityHtml)('[data-pagefind-weight="10"][hidden]').text()).toContain('大朗鎮');
  });
});

describe('each sentence is indexed once, on its reader page', () => {
  it('indexes an entity page by its name only: its quotes, related entities and tables are left out', () => {
    const html = pageIndexRecord(
      dalangPath,
      page(`<h1>大朗镇</h1><dl class="facts"><dt>类型</dt><dd>地点</dd></dl>
        <section><h2>提及</h2><ol class="kwic"><li>针对塘厦镇、大朗镇违规发放津贴问题</li></ol></section>
        <section><h2>相关案例</h2><div class="table-wrap"><table><thead><tr><th>事件</th><th>类型</th></tr></thead></table></div></section>`),
      catalogue,
    )!;
    const $ = cheerio.load(html);
    const indexed = $('main').clone();
    indexed.find('[data-pagefind-ignore]').remove();
    expect(indexed.find('h1').text()).toBe('大朗镇');
    expect(indexed.text()).not.toContain('违规发放津贴');
    expect(indexed.text()).not.toContain('事件');
  });
});
