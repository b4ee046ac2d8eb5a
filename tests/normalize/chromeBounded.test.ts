import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanText } from '../../src/normalize/cleanText.ts';
import { isLicenceNote } from '../../src/normalize/isSiteChrome.ts';
import { joinBrokenLines } from '../../src/normalize/joinBrokenLines.ts';
import { readReport } from '../../src/read/readReport.ts';
import { extractCorpus } from '../../src/corpus/extractCorpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DONGGUAN = fs.readFileSync(path.join(ROOT, 'data/reports/dongguan-2018.txt'), 'utf8');
const han = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;

describe('chrome removal never takes the report', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rkg-chrome-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the default report flattened to one line keeps its text (its first words are the site owner line)', () => {
    const flat = DONGGUAN.replace(/\n/g, '');
    const { text, removed } = cleanText(flat);
    expect(han(text)).toBe(han(flat));
    expect(removed.every((r) => /NextPage/.test(r))).toBe(true);
  });

  it('the default report saved as .md (its single newlines joined by Markdown) keeps its text and its figures', () => {
    const file = path.join(tmp, 'dongguan-2018.md');
    fs.writeFileSync(file, DONGGUAN);
    const raw = readReport(file);
    const extraction = extractCorpus([file]);
    expect(han(extraction.reports[0].text)).toBeGreaterThan(han(raw.content) * 0.99);
    expect(extraction.figures.length).toBeGreaterThan(100);
  });

  it('when every sentence would go as chrome, nothing goes and the report says why', () => {
    const lines = DONGGUAN.split('\n')
      .filter((l) => l.length > 40 && l.length < 180 && !l.includes('['))
      .slice(0, 5)
      .map((l) => `来源：${l}`);
    const { text, removed, chromeKept } = cleanText(lines.join('\n'));
    expect(text).toBe(lines.join('\n'));
    expect(removed).toEqual([]);
    expect(chromeKept).toMatch(/no sentence of the report/);
    const file = path.join(tmp, 'all-chrome.txt');
    fs.writeFileSync(file, lines.join('\n'));
    expect(extractCorpus([file]).warnings?.map((w) => w.reason)).toContainEqual(expect.stringMatching(/website chrome .* were kept/));
  });

  it('a chrome-looking line is short: a 主办单位 line running into the report stays', () => {
    const line = `主办单位：东莞市人民政府。${'根据省委统一部署，省委第二巡视组对东莞市进行了巡视。'.repeat(10)}`;
    expect(cleanText(line).text).toBe(line);
  });
});

// A government work report saved from Wikisource (as in ../shared/corpus-wide/gwr; public domain, as its own note says): links
// on lines of their own, blank lines between paragraphs, then the licence note and the page's footer.
const WIKI_PAGE = fs.readFileSync(path.join(ROOT, 'tests/fixtures/normalize/gwr-1954.txt'), 'utf8');
// The same page with a title and signature block and a numbered heading, as later reports have them.
const HEADED = `政府工作报告\n\n\n国务院总理　\n李　强\n\n一、1953年工作回顾\n\n${WIKI_PAGE}`;

describe('a page saved from a wiki', () => {
  const { text, removed } = cleanText(HEADED);
  const lines = text.split('\n');

  it('reads a sentence whose links were broken onto lines of their own as one line', () => {
    expect(lines[5]).toBe(
      '我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後，已經光榮地完成了一件歷史性的工作，' +
        '通過了我們國家的根本法——中華人民共和國憲法，接着，又通過了幾個重要的法律。現在，我代表中央人民政府作工作報告。',
    );
  });

  it('keeps title, signature and heading lines apart', () => {
    expect(lines).toContain('国务院总理');
    expect(lines).toContain('李　强');
    expect(lines).toContain('一、1953年工作回顾');
  });

  it('removes the licence note and the footer after it, and lists them', () => {
    expect(text).not.toMatch(/著作权法|公有领域|Public domain|false/);
    expect(lines.at(-1)).toMatch(/^五年以來，中央人民政府.*。$/);
    expect(removed[0]).toMatch(/^本作品是中华人民共和国的法律、法规，.*属于公有领域。$/);
    expect(removed.slice(1)).toEqual([
      '注：中文维基文库社群认为，中华人民共和国公务演讲，不总是具有立法、行政、司法性质的文件。',
      'Public domain',
      'Public domain',
      'false',
      'false',
    ]);
  });

  it('a report that cites the copyright law is not a licence note', () => {
    expect(isLicenceNote('加强知识产权保护，修改《中华人民共和国著作权法》，严厉打击侵权盗版行为。')).toBe(false);
    expect(isLicenceNote('本站所有内容采用知识共享署名许可协议发布。')).toBe(true);
  });

  it('leaves a file written one paragraph per line as it is, whatever its lines end with', () => {
    const lines = DONGGUAN.split('\n').map((line) => ({ line, afterBlank: false }));
    expect(joinBrokenLines(lines)).toEqual(lines);
  });
});
