// A reader is indexed section by section (one search record per heading, a long section in pieces at its paragraphs),
// each record with its anchor and the starts of its sentences, so that a result is small and links to the sentence.
import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/site/graph/toCompactGraph.ts';
import { catalogueFromGraph, pageIndexRecord } from '../../src/site/search/pageIndexRecord.ts';
import { readerRecords, RECORD_CHARS } from '../../src/site/search/readerRecords.ts';
import { decodeSentenceStarts, sentenceAt } from '../../src/site/search/sentenceStarts.ts';
import { paths } from '../../src/site/paths.ts';
import { graphExtraction } from '../fixtures/graphExtraction.ts';

const extraction = graphExtraction();
const graph = buildSiteGraph(extraction);
const dalang = extraction.entities.find((e) => e.name === '大朗镇')!;
const dalangPath = paths.entity('place', dalang.id);
const readerPath = paths.report('dongguan-2018');
const catalogue = catalogueFromGraph(graph, [dalangPath, readerPath]);
const TITLE = '中共东莞市委关于巡视整改进展情况的通报';

// A reader as the site renders it (relative links, as indexSite reads pages after relativizeSite).
const sentence = (id: string, html: string) =>
  `<span class="s" id="${id}"><span id="old-${id}"></span>${html}<a class="cite" href="#${id}">#</a></span>`;
const reader = (
  article: string,
) => `<!doctype html><html lang="zh-CN"><body><main><p class="breadcrumbs"><a href="../../reports/">报告</a> ›</p>
<h1>${TITLE}</h1><dl class="facts"><dt>发布</dt><dd>中共东莞市委</dd></dl>
<div class="reader-layout"><nav class="reader-outline"><a href="#h-1">一、全面向上对标对表</a></nav>
<article class="reader-text">${article}</article></div></main></body></html>`;

const page = reader(`<p id="p-0">${sentence('s-0', '根据省委统一部署,省委第二巡视组对东莞市进行了巡视。')}</p>
<h2 id="h-1"><span id="p-h1"></span><span class="s" id="s-h1">一、全面向上对标对表</span></h2>
<p id="p-1">${sentence('s-1', '坚持领导带头、以上率下。')}${sentence('s-2', `针对塘厦镇、<a class="ent ent-place" href="../../${dalangPath}">大朗镇</a>违规发放津贴问题开展核查。`)}</p>
<h3 id="h-2"><span class="s" id="s-h2">(一)以上率下</span></h3>
<p id="p-2">${sentence('s-3', '成立以市委书记为组长的领导小组。')}</p>
<details><summary>删去的行</summary><ul><li>责任编辑：某某</li></ul></details>`);

describe("a reader's search records", () => {
  const records = readerRecords(readerPath, page, catalogue);

  it('makes one record per section, each at its anchor, the first with the title', () => {
    expect(records.map((r) => r.url)).toEqual([`/${readerPath}`, `/${readerPath}#h-1`, `/${readerPath}#h-2`]);
    expect(records[0]!.content).toBe(`${TITLE} 根据省委统一部署,省委第二巡视组对东莞市进行了巡视。`);
    expect(records[1]!.content).toBe('一、全面向上对标对表 坚持领导带头、以上率下。针对塘厦镇、大朗镇违规发放津贴问题开展核查。');
    expect(records[1]!.meta).toMatchObject({ title: TITLE, kind: 'reader', type: '报告原文', section: '一、全面向上对标对表' });
    expect(records[0]!.meta.section).toBeUndefined();
  });

  it('leaves permalink marks, breadcrumbs, the outline and removed lines out', () => {
    const all = records.map((r) => r.content).join(' ');
    expect(all).not.toContain('#');
    expect(all).not.toContain('›');
    expect(all).not.toContain('责任编辑');
    expect(all.match(/全面向上对标对表/g)).toHaveLength(1);
  });

  it('gives the start of every sentence, so a match leads to its sentence', () => {
    const record = records[1]!;
    const starts = decodeSentenceStarts(record.meta.s);
    expect(starts.map((s) => s.id)).toEqual(['h-1', 's-1', 's-2']);
    expect(sentenceAt(starts, record.content.indexOf('大朗镇'))).toBe('s-2');
    expect(sentenceAt(starts, record.content.indexOf('以上率下'))).toBe('s-1');
    expect(sentenceAt(starts, 0)).toBe('h-1');
    // Before the first sentence (the report's title): no sentence, the record's own URL.
    expect(sentenceAt(decodeSentenceStarts(records[0]!.meta.s), 0)).toBeUndefined();
  });

  it('filters by type, report and the places its section links to', () => {
    expect(records[1]!.filters).toEqual({ type: ['报告原文'], report: [TITLE], place: ['大朗镇'] });
    expect(records[2]!.filters.place).toBeUndefined();
  });

  it('cuts a long section at its paragraphs, each piece at its paragraph and under the same heading', () => {
    const long = '坚持领导带头、以上率下,切实把整改工作作为一项重要政治任务抓紧抓实。'.repeat(30);
    const paragraphs = [1, 2, 3].map((i) => `<p id="p-${i}">${sentence(`s-${i}`, long)}</p>`).join('');
    // The first record is the report's title (no text before the first heading).
    const [, ...cut] = readerRecords(
      readerPath,
      reader(`<h2 id="h-1"><span class="s" id="s-h1">一、总体情况</span></h2>${paragraphs}`),
      catalogue,
    );
    expect(cut.map((r) => r.url.split('#')[1])).toEqual(['h-1', 'p-2', 'p-3']);
    expect(new Set(cut.map((r) => r.meta.section))).toEqual(new Set(['一、总体情况']));
    for (const r of cut) expect(r.content.length).toBeLessThanOrEqual(RECORD_CHARS);
    expect(cut.map((r) => r.content).join('')).toContain(long);
  });

  it('keeps report text inert: markup in it is text', () => {
    const [first] = readerRecords(
      readerPath,
      reader(`<p id="p-0">${sentence('s-0', '标题&lt;script&gt;alert(1)&lt;/script&gt;')}</p>`),
      catalogue,
    );
    expect(first!.content).toContain('标题<script>alert(1)</script>');
  });

  it('indexes a section in traditional characters in simplified ones too, its sentences at the same offsets', () => {
    const [, section] = readerRecords(
      readerPath,
      reader(
        `<h2 id="h-1"><span class="s" id="s-h1">一、總體情況</span></h2><p id="p-1">${sentence('s-1', '針對塘廈鎮、大朗鎮違規發放津貼問題開展核查。')}</p>`,
      ),
      catalogue,
    );
    expect(section!.content).toContain('针对塘厦镇、大朗镇违规发放津贴问题开展核查。');
    const folded = Number(section!.meta.folded);
    expect(section!.content.slice(0, folded)).toBe('一、總體情況 針對塘廈鎮、大朗鎮違規發放津貼問題開展核查。');
    expect(sentenceAt(decodeSentenceStarts(section!.meta.s), section!.content.lastIndexOf('大朗镇'), folded)).toBe('s-1');
  });

  it('is not what pageIndexRecord indexes (that is entity pages only)', () => {
    expect(pageIndexRecord(readerPath, page, catalogue)).toBeNull();
  });
});
