import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/read/readReport.ts';
import { readHtml } from '../../src/read/readHtml.ts';
import { normalizeReport } from '../../src/normalize/normalizeReport.ts';
import { DONGGUAN, fixture, tempFolder } from './inputFiles.ts';
import fs from 'node:fs';

const dongguanLines = fs.readFileSync(DONGGUAN, 'utf8').split('\n');

describe('a saved article page with navigation, scripts, sidebar, share bar and footer', () => {
  const raw = readReport(fixture('dongguan-page.html'));
  const lines = raw.content.split('\n');

  it('keeps only the article body, one block element per line', () => {
    expect(lines).toEqual([
      dongguanLines[3],
      dongguanLines[4],
      dongguanLines[6],
      dongguanLines[19], // split over two source lines in the page: the break between Chinese characters renders as nothing
      dongguanLines[20],
      '中共东莞市委', // <br> inside a paragraph starts a new line
      '2018年11月26日',
    ]);
  });

  it('drops script, style, navigation, forms, sidebar, share buttons, related links and footer', () => {
    for (const chrome of [
      '欢迎访问本网站',
      '正文中的脚本',
      '样式里的中文注释',
      '请输入关键词',
      '巡视巡察',
      '热点推荐',
      '分享到',
      '相关新闻',
      '主办单位',
      'ICP备',
      '当前位置',
    ]) {
      expect(raw.content).not.toContain(chrome);
    }
  });

  it('reads title, publication date and canonical URL from the <head>', () => {
    expect(raw.meta).toEqual({
      title: '中共东莞市委关于省委巡视整改进展情况的通报',
      date: '2018-11-27',
      source: 'https://www.gdjct.gd.gov.cn/xsxc/content/post_0001.html',
    });
  });

  it('the report date is its signature (26th), not the day the site posted it (27th)', () => {
    const report = normalizeReport(raw);
    expect(report.date).toBe('2018-11-26');
    expect(report.issuer).toBe('中共东莞市委');
    expect(report.title).toBe('中共东莞市委关于省委巡视整改进展情况的通报');
  });
});

describe('an old table-layout page in GB2312 without any semantic markup', () => {
  const raw = readReport(fixture('dongguan-table-gbk.html'));
  const report = normalizeReport(raw);

  it('finds the cell that holds the body text, leaving the menus and the link list out', () => {
    expect(raw.content).not.toContain('网站首页');
    expect(raw.content).not.toContain('市政府常务会议研究部署近期重点工作');
    expect(raw.content).not.toContain('粤ICP备');
  });

  it('after normalization the text is the report: its heading, paragraphs and signature', () => {
    expect(report.text.split('\n')).toEqual([
      '中共东莞市委关于省委巡视整改进展情况的通报',
      dongguanLines[3],
      dongguanLines[8],
      dongguanLines[9],
      '中共东莞市委',
      '2018年11月26日',
    ]);
    expect(report.removed).toEqual(['时间：2018年11月27日 来源：东莞市纪委监委 浏览次数：1024', '【打印本页】　【关闭窗口】']);
  });

  it('the heading line of the text beats the site-decorated <title>', () => {
    expect(raw.meta.title).toBe('东莞市巡视整改进展情况');
    expect(report.title).toBe('中共东莞市委关于省委巡视整改进展情况的通报');
  });
});

describe('html file names', () => {
  it('.shtml pages (as many government sites name them) are read as html', () => {
    const tmp = tempFolder();
    try {
      const raw = readReport(tmp.write('content_4419.shtml', fs.readFileSync(fixture('dongguan-page.html'))));
      expect(raw.format).toBe('html');
      expect(raw.content.split('\n')[0]).toBe(dongguanLines[3]);
    } finally {
      tmp.remove();
    }
  });
});

describe('html edge cases', () => {
  const para =
    '根据省委统一部署,2018年3月12日至5月14日,省委第二巡视组对东莞市进行了巡视。2018年7月31日,省委巡视组向东莞市委反馈了巡视意见。';

  it('a page that wraps everything in one <form> (ASP.NET) keeps its text', () => {
    const out = readHtml(
      `<html><body><form id="form1"><div class="nav"><a href="/">首页</a></div><div><p>${para}</p><p>${para}</p></div></form></body></html>`,
    );
    expect(out.content).toBe(`${para}\n${para}`);
  });

  it('entities are decoded and markup inside the text is kept as text', () => {
    const out = readHtml(`<html><body><article><p>${para}&lt;script&gt;alert(1)&lt;/script&gt; &amp; 《条例》</p></article></body></html>`);
    expect(out.content).toBe(`${para}<script>alert(1)</script> & 《条例》`);
  });

  it('a layout table puts menu cell and article cell on separate lines, so the article loses nothing', () => {
    const out = readHtml(
      `<html><body><table><tr><td><a href="/">网站首页</a> <a href="/a">工作动态</a></td><td>${para}<br>${para}</td></tr></table></body></html>`,
    );
    expect(out.content).toBe(`${para}\n${para}`);
  });

  it('a signature right-aligned after the article container comes along; the footer after it does not', () => {
    const out = readHtml(
      `<html><body><div class="nav"><a href="/">首页</a></div><div class="wrap"><div id="zoom"><p>${para}</p><p>${para}</p></div>` +
        `<div style="text-align:right">中共东莞市委</div><div style="text-align:right">2018年11月26日</div><div class="bottom">联系我们：0769-22831798</div></div></body></html>`,
    );
    expect(out.content).toBe(`${para}\n${para}\n中共东莞市委\n2018年11月26日`);
  });

  it('hidden elements are not text', () => {
    const out = readHtml(
      `<html><body><article><p>${para}</p><div style="display: none">隐藏的统计代码文字</div><p hidden>隐藏段落</p></article></body></html>`,
    );
    expect(out.content).toBe(para);
  });

  it('table cells of a row are separated by a space, rows are lines', () => {
    const out = readHtml(
      `<html><body><article><p>${para}</p><table><tr><td>党内警告</td><td>6人</td></tr><tr><td>严重警告</td><td>7人</td></tr></table></article></body></html>`,
    );
    expect(out.content.split('\n').slice(1)).toEqual(['党内警告 6人', '严重警告 7人']);
  });

  it('a Word export’s cells, each text wrapped in a <p> with spans, still make one line a row', () => {
    const cell = (t: string) =>
      `<td valign="center"><p class="MsoNormal" align="center"><span style="font-family:宋体">${t}</span></p></td>`;
    const row = (...cells: string[]) => `<tr>${cells.map(cell).join('')}</tr>`;
    const out = readHtml(
      `<html><body><article><p>${para}</p><table>${row('信息内容', '本年制发件数', '现行有效件数')}` +
        `${row('（一）予以公开', '14', '18')}${row('1.属于国家秘密', '0', '0')}</table></article></body></html>`,
    );
    expect(out.content.split('\n').slice(1)).toEqual(['信息内容 本年制发件数 现行有效件数', '（一）予以公开 14 18', '1.属于国家秘密 0 0']);
  });

  it('a cell of several paragraphs, a line break or a nested table is a layout cell, its lines its own', () => {
    const out = readHtml(
      `<html><body><table><tr><td><p>工作动态</p><p>通知公告</p></td><td><p>${para}</p><p>${para}</p></td></tr></table></body></html>`,
    );
    expect(out.content.split('\n')).toEqual([para, para]);
  });

  it('a page titled only with the site name gets the title composed from its text', () => {
    const raw = { path: 'p.html', file: 'p.html', format: 'html' as const, encoding: 'UTF-8' };
    const page = readHtml(
      `<html><head><title>中共广东省纪律检查委员会</title></head><body><p>${para}</p><p>中共东莞市委</p><p>2018年11月26日</p></body></html>`,
    );
    expect(page.meta.title).toBe('中共广东省纪律检查委员会');
    expect(normalizeReport({ ...raw, ...page }).title).toBe('中共东莞市委关于省委巡视整改进展情况的通报');
  });

  it('og:title and article:published_time are read when there is no CMS meta', () => {
    const out = readHtml(
      `<html><head><meta property="og:title" content="关于巡视整改进展情况的通报"><meta property="article:published_time" content="2021-06-30T08:00:00+08:00"></head><body><p>${para}</p></body></html>`,
    );
    expect(out.meta).toEqual({ title: '关于巡视整改进展情况的通报', date: '2021-06-30' });
  });
});
