import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/read/readReport.ts';
import { readMarkdown } from '../../src/read/readMarkdown.ts';
import { normalizeReport } from '../../src/normalize/normalizeReport.ts';
import { fixture } from './inputFiles.ts';

describe('a Markdown report with YAML front matter', () => {
  const raw = readReport(fixture('dongguan-frontmatter.md'));
  const lines = raw.content.split('\n');

  it('takes title, date, issuer and source from the front matter', () => {
    expect(raw.format).toBe('md');
    expect(raw.meta).toEqual({
      title: '中共东莞市委关于省委巡视整改进展情况的通报',
      date: '2018-11-26',
      issuer: '中共东莞市委',
      source: 'https://www.gdjct.gd.gov.cn/xsxc/content/post_0001.html',
    });
  });

  it('keeps headings as lines of their own, without the # marks', () => {
    expect(lines).toContain('一、全面向上对标对表,坚决落实巡视整改政治责任');
    expect(lines).toContain('(一)以上率下,雷厉风行全面部署整改');
    expect(raw.content).not.toMatch(/^#/m);
  });

  it('turns markup into plain text: emphasis and links keep their words, soft breaks between Chinese join', () => {
    expect(lines).toContain(
      '坚决贯彻落实习近平总书记关于巡视工作的重要讲话精神,切实按照省委书记李希同志7月11日在省委书记专题会议上的讲话精神,全面动员部署,层层压实责任,切实凝聚工作合力,扎实做好巡视“后半篇文章”。',
    );
    expect(raw.content).toContain('详见东莞市生态环境局网站。');
    expect(raw.content).not.toMatch(/\*\*|\]\(|https?:/);
  });

  it('keeps the numbers of an ordered list, which are headings in a report (1. 关于…问题)', () => {
    expect(lines).toContain('1.关于贯彻落实党中央和省委重大决策部署不够到位问题');
    expect(lines).toContain('2.关于党组织领导有待加强问题');
  });

  it('keeps a hard line break as a new line (signature, then date)', () => {
    expect(lines.slice(-2)).toEqual(['中共东莞市委', '2018年11月26日']);
  });

  it('front matter wins over what the text would suggest', () => {
    const report = normalizeReport(raw);
    expect(report.title).toBe('中共东莞市委关于省委巡视整改进展情况的通报');
    expect(report.date).toBe('2018-11-26');
    expect(report.source).toBe('https://www.gdjct.gd.gov.cn/xsxc/content/post_0001.html');
  });
});

describe('front matter field names and date forms', () => {
  it('accepts url for the source, author for the issuer, a Chinese date and a quoted ISO timestamp', () => {
    const md =
      '---\ntitle: 关于巡视整改进展情况的通报\nurl: "https://example.org/a"\nauthor: 中共新昌县委\ndate: "2021-06-30T08:00:00+08:00"\n---\n正文。\n';
    expect(readMarkdown(md).meta).toEqual({
      title: '关于巡视整改进展情况的通报',
      source: 'https://example.org/a',
      issuer: '中共新昌县委',
      date: '2021-06-30',
    });
    expect(readMarkdown('---\ndate: 2021年6月30日\n---\n正文。').meta.date).toBe('2021-06-30');
  });

  it('reads a pipe table as one line a row, its cells parted by spaces (the delimiter row dropped)', () => {
    // As the twenty-sixth held-out set's 法治政府建设年度报告 (泾县) gives its 行政复议 counts; read as CommonMark only, the
    // table was one paragraph of | and cells.
    const md = [
      '表1 行政复议和行政诉讼情况',
      '',
      '| 项目 | 2023年 | 2024年 |',
      '|---|---|---|',
      '| 行政复议受理案件（件） | 41 | 58 |',
      '| 行政诉讼败诉率 | 8.5% | 5.1% |',
      '',
      '全县一审行政诉讼案件39件。',
    ].join('\n');
    expect(readMarkdown(md).content).toBe(
      '表1 行政复议和行政诉讼情况\n项目 2023年 2024年\n行政复议受理案件（件） 41 58\n行政诉讼败诉率 8.5% 5.1%\n全县一审行政诉讼案件39件。',
    );
  });

  it('a file without front matter has empty meta and all of its text', () => {
    const out = readMarkdown('根据省委统一部署,省委第九巡视组对新昌县进行了巡视。\n\n一、组织落实整改情况\n');
    expect(out.meta).toEqual({});
    expect(out.content).toBe('根据省委统一部署,省委第九巡视组对新昌县进行了巡视。\n一、组织落实整改情况');
  });
});
