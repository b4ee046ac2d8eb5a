import * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { MarkedHeading, ReportMeta } from '../types.ts';
import { isDateLine, toIsoDate } from './toIsoDate.ts';
import { countHan } from './countHan.ts';
import { isBoldElement, isBoldHeading, startsAction } from './boldHeading.ts';
import { pushAll } from '../util/arrays.ts';
import { liftSpannedHeaders } from './spannedHeaders.ts';

export interface HtmlReport {
  /** The page's main text, one block element per line; an <ol>'s items keep the numbers a browser shows (1. …). */
  content: string;
  meta: ReportMeta;
  /** The lines of its main text that stand in <h1>…<h6>, with the tag's depth, in order. */
  marked: MarkedHeading[];
}

// Never text of the page.
const JUNK =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, audio, video, map, select, textarea, button, input, ' +
  '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i]';
// Site chrome by tag or role; removed only when it does not hold most of the page's text (whole pages sit in one <form> on many CMSs).
const CHROME =
  'nav, header, footer, aside, form, menu, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]';
// Site chrome by class or id, as site templates name it (including the pinyin abbreviations of Chinese CMS templates).
const CHROME_NAME =
  /(^|[\s_-])(nav|navbar|menu|menus|breadcrumbs?|crumbs?|footer|foot|topbar|top-bar|sidebar|side-bar|share|bdshare\w*|copyright|toolbar|login|search|pager|pagination|related|comments?|advert\w*|ads?|banner|friendlinks?|dqwz|wzdh|bqxx)([\s_-]|$)/i;
// Containers that hold an article in templates that mark it (#zoom, #UCAP-CONTENT, .TRS_UEDITOR, .xl_cont on government
// sites); preferred over a bare <div> of the same text.
const CONTENT_NAME = /(article|content|main|zoom|detail|entry|post-body|trs_|zhengwen|neirong|(^|[\s_-])(zw|nr|txt|text|cont)([\s_-]|$))/i;

const BLOCK = new Set(
  (
    'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table tbody thead tfoot tr ul caption title'
  ).split(' '),
);
const CELL = new Set(['td', 'th']);

interface Line {
  text: string;
  /** The element the line's text sits in, to measure which containers hold the long text. */
  owner: Element | null;
  /** Share of the line's characters inside links: menus and lists of other articles are mostly links. */
  linkShare: number;
}

/** A saved web page: its main text only (no navigation, scripts, forms or footers), and what its <head> says about it. */
export function readHtml(source: string): HtmlReport {
  // cheerio/slim parses with htmlparser2, not parse5: thirty times faster on large pages, a quarter of the start-up time,
  // and text extraction needs no spec-exact tree.
  const $ = cheerio.load(source, { xml: { xmlMode: false, decodeEntities: true } });
  const meta = headMeta($);
  $(JUNK).remove();

  const body = $('body').get(0) ?? $.root().get(0);
  const pageHan = countHan($(body).text());
  const dropIfChrome = (el: Element) => {
    if (countHan($(el).text()) < pageHan / 2) $(el).remove();
  };
  $(CHROME).each((_, el) => dropIfChrome(el));
  $('[class], [id]').each((_, el) => {
    const name = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
    // "main-nav" and "article-share" are chrome too; dropIfChrome still spares an element that holds most of the text.
    if (CHROME_NAME.test(name)) dropIfChrome(el);
  });

  $('table').each((_, t) => liftSpannedHeaders($, t));
  const lines: Line[] = [];
  walkLines(body as AnyNode, lines);
  const main = mainContainer(lines, body as Element);
  const kept = main
    ? withSignature(
        lines,
        lines.filter((l) => l.owner && isInside(l.owner, main)),
      )
    : lines;
  // The page <title> carries the site's name; normalizeReport prefers a heading line of the text to it.
  if (!meta.title) {
    const h1 = $('h1').first().text().replace(/\s+/g, ' ').trim();
    const title = h1 || cleanPageTitle($('title').first().text());
    if (title) meta.title = title;
  }
  return { content: kept.map((l) => l.text).join('\n'), meta, marked: headingLines(kept) };
}

const HEADING_TAG = /^h([1-6])$/;

/** The lines set in a heading element (<h3>整改工作总体进展</h3>): the page's own outline, as Markdown's # give theirs. */
function headingLines(lines: readonly Line[]): MarkedHeading[] {
  const out: MarkedHeading[] = [];
  for (const line of lines) {
    for (let el: Element | null = line.owner; el && el.type === 'tag'; el = el.parent as Element | null) {
      const m = HEADING_TAG.exec(el.name.toLowerCase());
      if (!m) continue;
      out.push({ text: line.text, depth: Number(m[1]) });
      break;
    }
  }
  return out;
}

function headMeta($: cheerio.CheerioAPI): ReportMeta {
  const metaContent = (...names: string[]) => {
    for (const n of names) {
      const v = $(`meta[name="${n}" i], meta[property="${n}" i], meta[itemprop="${n}" i]`).first().attr('content')?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const meta: ReportMeta = {};
  // ArticleTitle / PubDate are the names Chinese government CMSs (TRS, 政府网站集约化平台) put in every article page.
  const title = metaContent('ArticleTitle', 'og:title', 'title', 'dc.title');
  if (title) meta.title = title;
  const date = toIsoDate(
    metaContent('PubDate', 'publishdate', 'article:published_time', 'datePublished', 'dc.date', 'date', 'firstpublishedtime') ??
      $('time[datetime]').first().attr('datetime'),
  );
  if (date) meta.date = date;
  const source = $('link[rel="canonical"]').attr('href') ?? metaContent('og:url', 'url');
  if (source && /^https?:\/\//i.test(source.trim())) meta.source = source.trim();
  return meta;
}

/** Site names trail page titles after a separator: 关于…的通报_中共广东省纪律检查委员会 → 关于…的通报. */
function cleanPageTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(/\s*(?:[_|｜]| - | — | – |--)\s*/).filter(Boolean);
  if (parts.length < 2) return t;
  return parts.reduce((best, p) => (countHan(p) > countHan(best) ? p : best), parts[0]);
}

function walkLines(root: AnyNode, lines: Line[]): void {
  let buffer = '';
  let linked = 0;
  let owner: Element | null = null;
  // Bold elements open around the current text, and the bold run that opens the current line: from its start to `end`
  // (-1 while still open). Adjacent bold elements (<b>（一）</b><b>关于…</b>) make one run.
  let boldDepth = 0;
  let run: { end: number; joins: number[] } | null = null;
  const push = (raw: string, share: number) => {
    const text = collapseWhitespace(raw);
    if (text) lines.push({ text, owner, linkShare: share });
  };
  const flush = () => {
    const whole = collapseWhitespace(buffer);
    const share = whole ? Math.min(1, linked / whole.length) : 0;
    // A bold heading with its body in the same block: the structure stage reads one heading per line, so it gets its own.
    const cut = run && run.end > 0 ? headingCut(buffer, run.end, run.joins) : null;
    if (cut !== null) {
      push(buffer.slice(0, cut), share);
      push(buffer.slice(cut), share);
    } else push(buffer, share);
    buffer = '';
    linked = 0;
    owner = null;
    // A <br> inside a bold element: the bold text after it opens the next line.
    run = boldDepth > 0 ? { end: -1, joins: [] } : null;
  };
  const append = (data: string, parent: Element | null, inLink: boolean) => {
    if (!owner && data.trim()) owner = parent;
    buffer += data;
    if (inLink) linked += data.trim().length;
  };
  // Inside a data cell a block (the one <p> Word wraps each cell's text in) or a line break parts no lines: the row is one.
  const visit = (node: AnyNode, pre: boolean, inLink: boolean, inCell = false) => {
    if (node.type === 'text') {
      const parent = node.parent as Element | null;
      if (!pre) return append(node.data, parent, inLink);
      node.data.split('\n').forEach((part, i) => {
        if (i > 0) flush();
        append(part, parent, inLink);
      });
      return;
    }
    // Comments, doctypes, and any <script>/<style> the junk selector missed carry no text of the page.
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const name = node.type === 'root' ? 'root' : el.name.toLowerCase();
    if (name === 'br') {
      if (!inCell) return flush();
      buffer += ' ';
      return;
    }
    const cell = CELL.has(name);
    // A cell of a layout table (menu beside article) is a block; a cell of a data table (党内警告 | 6人) joins its row.
    const dataCell = cell && !inCell && !isLayoutCell(el);
    const block = !inCell && (BLOCK.has(name) || (cell && !dataCell));
    if (block) flush();
    else if (cell || (inCell && BLOCK.has(name))) buffer += ' ';
    // Indentation (&nbsp;, 　　) before the bold counts as the line's start: trim() drops both.
    const bold = !block && node.type === 'tag' && isBoldElement(el);
    if (bold && boldDepth === 0) {
      if (!buffer.trim()) run = { end: -1, joins: [] };
      else if (run && run.end >= 0 && !buffer.slice(run.end).trim()) {
        run.joins.push(buffer.length);
        run.end = -1;
      }
    }
    if (bold) boldDepth++;
    if (name === 'li' && !inCell) {
      const marker = listMarker(el);
      if (marker) append(marker, el, inLink);
    }
    for (const child of el.children) visit(child, pre || name === 'pre', inLink || name === 'a', inCell || dataCell);
    if (bold && --boldDepth === 0 && run && run.end < 0) run.end = buffer.length;
    if (block) flush();
  };
  visit(root, false, false);
  flush();
}

/**
 * The number a browser shows before an item of an ordered list (1., from the list's start), as Markdown's lists keep theirs:
 * the structure stage reads numbered items as a list. None for letters or roman numerals, nor where the item writes its own.
 */
function listMarker(li: Element): string | null {
  const list = li.parent as Element | null;
  if (list?.type !== 'tag' || list.name.toLowerCase() !== 'ol') return null;
  const type = list.attribs.type;
  if (type && type !== '1') return null;
  if (/^\s*(?:\d{1,2}\s*[.、．]|[(（]\s*\d|[一二三四五六七八九十]+\s*[、.]|[(（]\s*[一二三四五六七八九十])/.test(textOf(li))) return null;
  const items = list.children.filter((c): c is Element => c.type === 'tag' && c.name.toLowerCase() === 'li');
  const start = Number.parseInt(list.attribs.start ?? '1', 10);
  return `${(Number.isFinite(start) ? start : 1) + items.indexOf(li)}.`;
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag' && node.type !== 'root') return '';
  return (node as Element).children.map(textOf).join('');
}

/**
 * Where a bold heading that opens `line` ends, or null when the bold run is no heading. Adjacent bold elements make one run
 * (Word splits a heading into several), but one that starts an enumerated action (<b>（一）关于…问题</b><b>一是压实责任。</b>)
 * opens the body: the heading ends before it.
 */
function headingCut(line: string, end: number, joins: readonly number[]): number | null {
  const action = joins.find((at) => startsAction(line.slice(at)));
  if (action !== undefined && isBoldHeading(line.slice(0, action), line.slice(action))) return action;
  return isBoldHeading(line.slice(0, end), line.slice(end)) ? end : null;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

// A data cell holds a label or a number; more text than this, a line break or a second block inside (a nested table, a
// list, paragraphs) makes it a layout cell. One block is the <p> a Word export or an editor wraps each cell's text in.
const DATA_CELL_MAX = 40;

function isLayoutCell(cell: Element): boolean {
  let chars = 0;
  let blocks = 0;
  const stack: AnyNode[] = [...cell.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      chars += node.data.trim().length;
      if (chars > DATA_CELL_MAX) return true;
    } else if (node.type === 'tag') {
      const name = node.name.toLowerCase();
      if (name === 'br' || name === 'table' || (BLOCK.has(name) && ++blocks > 1)) return true;
      pushAll(stack, node.children);
    }
  }
  return false;
}

/** HTML whitespace rules: runs collapse to one space; a line break between Chinese characters renders as nothing. */
function collapseWhitespace(raw: string): string {
  return raw
    .replace(/[ \t\n\r\f]+/g, (m, offset: number) => {
      if (!m.includes('\n')) return ' ';
      const before = raw[offset - 1] ?? '';
      const after = raw[offset + m.length] ?? '';
      return CJK.test(before) && CJK.test(after) ? '' : ' ';
    })
    .trim();
}

// A line this long in Han characters is body text, not a menu item or a caption.
const LONG_LINE_HAN = 15;
// Share of the page's body text that the main container must hold.
const MAIN_SHARE = 0.9;

/**
 * The element that holds the page's body text: descend from <body> while one child still holds nearly all of the long
 * lines; on that path, prefer the deepest <article>/<main> or content-named container (it keeps the article's own title).
 */
function mainContainer(lines: Line[], body: Element): Element | null {
  const held = new Map<Element, number>();
  const all = new Map<Element, number>();
  let total = 0;
  for (const line of lines) {
    const han = countHan(line.text);
    const long = han >= LONG_LINE_HAN && line.linkShare < 0.5;
    if (long) total += han;
    for (let el: Element | null = line.owner; el; el = el.parent as Element | null) {
      if (el.type !== 'tag') break;
      all.set(el, (all.get(el) ?? 0) + han);
      if (long) held.set(el, (held.get(el) ?? 0) + han);
    }
  }
  if (total === 0) return null;
  const path: Element[] = [];
  let current: Element | undefined = body.type === 'tag' ? body : undefined;
  let children = current ? current.children : body.children;
  for (;;) {
    const next = children.find((c): c is Element => c.type === 'tag' && (held.get(c as Element) ?? 0) >= total * MAIN_SHARE);
    if (!next) break;
    path.push(next);
    current = next;
    children = next.children;
  }
  if (path.length === 0) return null;
  const deepest = path[path.length - 1];
  // A content-named wrapper high up may also hold lists of related links; take it only when it adds little besides a title.
  const limit = (all.get(deepest) ?? 0) * 1.2 + 80;
  const preferred = [...path].reverse().find((el) => isContentLike(el) && (all.get(el) ?? 0) <= limit);
  return preferred ?? deepest;
}

/**
 * Some templates right-align the signature in a block after the article's container; the signing body and date belong to
 * the report (they date it), so a date line right after the kept lines, and a short name line before that date, come along.
 */
function withSignature(all: Line[], kept: Line[]): Line[] {
  if (kept.length === 0) return kept;
  const last = all.indexOf(kept[kept.length - 1]);
  const next = all.slice(last + 1, last + 3);
  const isDate = (l: Line | undefined) => !!l && isDateLine(l.text.replace(/^[(（]|[)）]$/g, ''));
  const isName = (l: Line | undefined) => !!l && l.text.length <= 30 && l.linkShare === 0 && !/[,，。；;：:!！?？]/.test(l.text);
  if (isDate(next[0])) return [...kept, next[0]];
  if (isName(next[0]) && isDate(next[1])) return [...kept, next[0], next[1]];
  return kept;
}

function isContentLike(el: Element): boolean {
  const name = el.name.toLowerCase();
  if (name === 'article' || name === 'main') return true;
  const role = el.attribs.role;
  if (role === 'main' || el.attribs.itemprop === 'articleBody') return true;
  return CONTENT_NAME.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
}

function isInside(node: Element, container: Element): boolean {
  for (let el: AnyNode | null = node; el; el = el.parent) if (el === container) return true;
  return false;
}
