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
const pages = [dalangPath, paths.entity('place', dongguan.id), paths.report('dongguan-2018'), 'measure/m1/', 'entities/place/', ''];
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
  it('indexes readers, entities, measures, figures and cases, not lists or the graph', () => {
    expect(pageKind(dalangPath)).toBe('entity');
    expect(pageKind('report/dongguan-2018/')).toBe('reader');
    expect(pageKind('report/dongguan-2018/measures/')).toBeNull();
    expect(pageKind('measure/m1/')).toBe('measure');
    expect(pageKind('figure/f1/')).toBe('figure');
    expect(pageKind('case/c1/')).toBe('case');
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

describe('a measure page prepared for Pagefind', () => {
  it('takes its report and places from the links it holds', () => {
    const html = pageIndexRecord(
      'measure/m1/',
      page(`<h1>一是对相关镇进行调查处置</h1><p><a href="../../report/dongguan-2018/#p3">原文</a>
        <a href="../../${dalangPath}">大朗镇</a></p>`),
      catalogue,
    )!;
    const { filters, meta } = read(html);
    expect(meta).toContainEqual(['title', '一是对相关镇进行调查处置']);
    expect(filters).toContainEqual(['type', '整改措施']);
    expect(filters).toContainEqual(['report', '中共东莞市委关于巡视整改进展情况的通报']);
    expect(filters).toContainEqual(['place', '大朗镇']);
  });

  it('keeps a title with commas whole and report text inert', () => {
    const html = pageIndexRecord('measure/m1/', page('<h1>一是查处,整改,问责&lt;script&gt;</h1>'), catalogue)!;
    const { meta, $ } = read(html);
    expect(meta).toContainEqual(['title', '一是查处,整改,问责<script>']);
    expect($('script').length).toBe(0);
  });
});

describe('either script', () => {
  it('indexes a page written in traditional characters in simplified ones too, and entity names in traditional ones', () => {
    const html = pageIndexRecord(
      'report/dongguan-2018/',
      page('<h1>中共東莞市委關於巡視整改進展情況的通報</h1><p>針對塘廈鎮、大朗鎮違規發放津貼問題開展核查。</p>'),
      catalogue,
    )!;
    expect(cheerio.load(html)('main').text()).toContain('针对塘厦镇、大朗镇违规发放津贴问题开展核查');
    const entityHtml = pageIndexRecord(dalangPath, page('<h1>大朗镇</h1>'), catalogue)!;
    expect(cheerio.load(entityHtml)('[data-pagefind-weight="10"][hidden]').text()).toContain('大朗鎮');
  });
});

describe('reader pages', () => {
  it('leave permalink marks (#) out of the index', () => {
    const html = pageIndexRecord(
      'report/dongguan-2018/',
      page('<h1>通报</h1><p><span id="s1">针对塘厦镇违规发放津贴问题开展核查。</span><a class="cite" href="#s1">#</a></p>'),
      catalogue,
    )!;
    const $ = cheerio.load(html);
    expect($('a.cite').length).toBe(0);
    expect($('main').text()).toContain('针对塘厦镇违规发放津贴问题开展核查。');
    expect($('main h1').attr('data-pagefind-weight')).toBe('10');
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

  it('indexes a measure page by its heading and text, and a table header nowhere', () => {
    const html = pageIndexRecord(
      'measure/m1/',
      page(`<h1>一是对相关镇进行调查处置</h1><h2>措施原文</h2><blockquote class="quote">针对塘厦镇、大朗镇违规发放津贴问题开展核查。</blockquote>
        <h2>相关案例</h2><div class="table-wrap"><table><thead><tr><th>事件</th></tr></thead><tbody><tr><td>两镇清退</td></tr></tbody></table></div>`),
      catalogue,
    )!;
    const indexed = cheerio.load(html)('main').clone();
    indexed.find('[data-pagefind-ignore]').remove();
    expect(indexed.text()).toContain('针对塘厦镇、大朗镇违规发放津贴问题开展核查');
    expect(indexed.text()).not.toContain('事件');
    expect(indexed.text()).not.toContain('两镇清退');
  });
});
