import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import YAML from 'yaml';
import type { Nodes, Root, RootContent } from 'mdast';
import type { MarkedHeading, ReportMeta } from '../types.ts';
import { toIsoDate } from './toIsoDate.ts';
import { Unreadable } from './readError.ts';
import { pushAll } from '../util/arrays.ts';

// GFM for its pipe tables: a report's table of counts is rows of cells, not one paragraph of | and dashes.
const parser = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export interface MarkdownReport {
  /** The body as plain text: one line per heading, paragraph, list item or table row; markup removed, list numbers kept. */
  content: string;
  meta: ReportMeta;
  /** Its headings (# … ######) and bold paragraphs or bold first sentences, in order. */
  marked: MarkedHeading[];
}

// Bold, a heading's depth below ######: a bold paragraph or first sentence heads what follows under the # headings.
const BOLD_DEPTH = 7;

/** A Markdown report: YAML front matter → meta, body → plain text lines. Throws on front matter that is not valid YAML. */
export function readMarkdown(source: string): MarkdownReport {
  const tree = parser.parse(source) as Root;
  let meta: ReportMeta = {};
  const lines: string[] = [];
  const marked: MarkedHeading[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') meta = frontMatterMeta(node.value);
    else {
      const mark = markedHeading(node);
      if (mark) marked.push(mark);
      blockLines(node, lines);
    }
  }
  return { content: lines.join('\n'), meta, marked };
}

/** A top-level block's heading: a # heading, or a paragraph that is or opens with bold text. */
function markedHeading(node: RootContent): MarkedHeading | null {
  if (node.type === 'heading') return { text: inlineText(node).trim(), depth: node.depth };
  if (node.type !== 'paragraph') return null;
  const first = node.children[0];
  if (first?.type !== 'strong') return null;
  const text = inlineText(first).trim();
  return text ? { text, depth: BOLD_DEPTH } : null;
}

/** Field names reports use for each meta field, first match wins. */
const META_KEYS: Record<keyof ReportMeta, string[]> = {
  title: ['title', '标题', 'name'],
  date: ['date', '日期', '发布日期', 'published', 'pubdate'],
  issuer: ['issuer', '发布机构', '发布单位', 'author', 'publisher'],
  source: ['source', 'url', 'source_url', 'sourceUrl', 'link', '来源', '原文链接'],
};

function frontMatterMeta(yamlText: string): ReportMeta {
  let data: unknown;
  try {
    // yaml 1.1 turns unquoted 2018-11-26 into a Date, which toIsoDate reads as well as the string.
    data = YAML.parse(yamlText);
  } catch (e) {
    throw new Unreadable(`has invalid YAML front matter (${(e as Error).message.split('\n')[0]})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const pick = (field: keyof ReportMeta) => {
    for (const key of META_KEYS[field]) {
      const v = record[key];
      if (v instanceof Date || (typeof v === 'string' && v.trim())) return v;
      if (typeof v === 'number') return String(v);
    }
    return undefined;
  };
  const meta: ReportMeta = {};
  const title = pick('title');
  if (typeof title === 'string') meta.title = title.trim();
  const date = toIsoDate(pick('date'));
  if (date) meta.date = date;
  const issuer = pick('issuer');
  if (typeof issuer === 'string') meta.issuer = issuer.trim();
  const source = pick('source');
  if (typeof source === 'string') meta.source = source.trim();
  return meta;
}

function blockLines(node: RootContent, out: string[], prefix = ''): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph': {
      const text = inlineText(node);
      // A hard break inside a paragraph is a line of its own in the report.
      text.split('\n').forEach((line, i) => out.push(i === 0 ? prefix + line : line));
      return;
    }
    case 'list':
      node.children.forEach((item, i) => {
        const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '';
        item.children.forEach((child, j) => blockLines(child, out, j === 0 ? prefix + marker : ''));
      });
      return;
    case 'blockquote':
      node.children.forEach((child, j) => blockLines(child, out, j === 0 ? prefix : ''));
      return;
    case 'code':
      pushAll(out, node.value.split('\n'));
      return;
    case 'table':
      for (const row of node.children) out.push(row.children.map((cell) => inlineText(cell)).join(' '));
      return;
    case 'html':
      // Raw html inside markdown is markup, except for the text it wraps.
      out.push(node.value.replace(/<[^>]*>/g, ''));
      return;
    default:
      if ('children' in node) for (const child of node.children as RootContent[]) blockLines(child, out);
  }
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return joinSoftBreaks(node.value);
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return node.value.replace(/<[^>]*>/g, '');
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inlineText).join('') : '';
  }
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** A soft line break renders as nothing between Chinese characters (as browsers do) and as a space between words. */
function joinSoftBreaks(value: string): string {
  return value.replace(/[ \t]*\n[ \t]*/g, (m, offset: number) => {
    const before = value[offset - 1] ?? '';
    const after = value[offset + m.length] ?? '';
    return CJK.test(before) || CJK.test(after) ? '' : ' ';
  });
}
