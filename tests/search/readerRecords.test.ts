// A reader is indexed in records of whole sections (small ones together, a long one in pieces at its paragraphs), each
// record with its anchor and where its sentences and headings start, so that a result is small, links to the sentence
// and names its section.
import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/site/graph/toCompactGraph.ts';
import { catalogueFromGraph, pageIndexRecord } from '../../src/site/search/pageIndexRecord.ts';
import { readerRecords, RECORD_CHARS } from '../../src/site/search/readerRecords.ts';
import { decodeHeadingStarts, decodeSentenceStarts, headingAt, sentenceAt } from '../../src/site/search/sentenceStarts.ts';
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
  const [record] = records;
  const starts = decodeSentenceStarts(record!.meta.s);
  const headings = decodeHeadingStarts(record!.meta.h);

  it('keeps small sections together in one record, opening with the title', () => {
    expect(records).toHaveLength(1);
    expect(record!.url).toBe(`/${readerPath}`);
    expect(record!.content).toBe(
      `${TITLE} 根据省委统一部署,省委第二巡视组对东莞市进行了巡视。 一、全面向上对标对表 坚持领导带头、以上率下。针对塘厦镇、大朗镇违规发放津贴问题开展核查。 (一)以上率下 成立以市委书记为组长的领导小组。`,
    );
    expect(record!.meta).toMatchObject({ title: TITLE, kind: 'reader', type: '报告原文' });
    // Before its first heading: no section name (the report's opening).
    expect(record!.meta.section).toBeUndefined();
  });

  it('leaves permalink marks, breadcrumbs, the outline and removed lines out', () => {
    const all = records.map((r) => r.content).join(' ');
    expect(all).not.toContain('#');
    expect(all).not.toContain('›');
    expect(all).not.toContain('责任编辑');
    expect(all.match(/全面向上对标对表/g)).toHaveLength(1);
  });

  it('gives the start of every sentence, so a match leads to its sentence', () => {
    const content = record!.content;
    expect(starts.map((s) => s.id)).toEqual(['s-0', 'h-1', 's-1', 's-2', 'h-2', 's-3']);
    expect(sentenceAt(starts, content.indexOf('大朗镇'))).toBe('s-2');
    expect(sentenceAt(starts, content.indexOf('以上率下'))).toBe('s-1');
    expect(sentenceAt(starts, content.indexOf('成立'))).toBe('s-3');
    // In the report's title, before the first sentence: no sentence, the record's own URL.
    expect(sentenceAt(starts, 0)).toBeUndefined();
  });

  it('names the section a match is in, and where its text after the heading begins', () => {
    const content = record!.content;
    const at = (text: string) => headingAt(content, starts, headings, content.indexOf(text));
    expect(at('大朗镇')).toEqual({ text: '一、全面向上对标对表', end: content.indexOf('坚持领导带头') });
    expect(at('成立')?.text).toBe('(一)以上率下');
    expect(at('省委第二巡视组')).toBeUndefined();
  });

  it('filters by type, report and the places it links to', () => {
    expect(record!.filters).toEqual({ type: ['报告原文'], report: [TITLE], place: ['大朗镇'] });
  });

  it('opens a new record at a heading once the current one is long enough, named for that heading', () => {
    const para = (i: number) =>
      `<p id="p-${i}">${sentence(`s-${i}`, '坚持领导带头、以上率下,切实把整改工作作为一项重要政治任务抓紧抓实。'.repeat(35))}</p>`;
    const split = readerRecords(
      readerPath,
      reader(
        `<h2 id="h-1"><span class="s" id="s-h1">一、总体情况</span></h2>${para(1)}<h2 id="h-2"><span class="s" id="s-h2">二、具体措施</span></h2>${para(2)}`,
      ),
      catalogue,
    );
    expect(split.map((r) => r.url.split('#')[1])).toEqual([undefined, 'h-2']);
    expect(split[1]!.meta.section).toBe('二、具体措施');
    expect(decodeHeadingStarts(split[1]!.meta.h)).toEqual([0]);
  });

  it('cuts a long section at its paragraphs, each piece at its paragraph and under the same heading', () => {
    const long = '坚持领导带头、以上率下,切实把整改工作作为一项重要政治任务抓紧抓实。'.repeat(30);
    const paragraphs = [1, 2, 3].map((i) => `<p id="p-${i}">${sentence(`s-${i}`, long)}</p>`).join('');
    const cut = readerRecords(
      readerPath,
      reader(`<h2 id="h-1"><span class="s" id="s-h1">一、总体情况</span></h2>${paragraphs}`),
      catalogue,
    );
    // The title and the section's heading and first paragraph, then a piece per paragraph.
    expect(cut.map((r) => r.url.split('#')[1])).toEqual([undefined, 'p-2', 'p-3']);
    expect(cut.slice(1).map((r) => r.meta.section)).toEqual(['一、总体情况', '一、总体情况']);
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
    const [section] = readerRecords(
      readerPath,
      reader(
        `<h2 id="h-1"><span class="s" id="s-h1">一、總體情況</span></h2><p id="p-1">${sentence('s-1', '針對塘廈鎮、大朗鎮違規發放津貼問題開展核查。')}</p>`,
      ),
      catalogue,
    );
    expect(section!.content).toContain('针对塘厦镇、大朗镇违规发放津贴问题开展核查。');
    const folded = Number(section!.meta.folded);
    expect(section!.content.slice(0, folded)).toBe(`${TITLE} 一、總體情況 針對塘廈鎮、大朗鎮違規發放津貼問題開展核查。`);
    expect(sentenceAt(decodeSentenceStarts(section!.meta.s), section!.content.lastIndexOf('大朗镇'), folded)).toBe('s-1');
  });

  it('is not what pageIndexRecord indexes (that is entity pages only)', () => {
    expect(pageIndexRecord(readerPath, page, catalogue)).toBeNull();
  });
});
