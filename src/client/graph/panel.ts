// The side panel of a selected node: its kind and counts, aliases, reports, strongest links, and a link to its page.
import { graphLabels as L } from '../../site/graph/labels.ts';
import { pageUrl } from '../search/siteRoot.ts';
import { swatch } from './controls.ts';
import { linkColour } from './colours.ts';
import { append, clear, el } from './dom.ts';
import type { GraphModel } from './graphModel.ts';
import type { ViewMode, ViewState } from './viewState.ts';

const STRONGEST_SHOWN = 8;

export interface PanelHost {
  model: GraphModel;
  state: ViewState;
  mode: ViewMode;
  root: URL;
  /** Selects a node from one of the panel's links. */
  chooseNode(node: string): Promise<void>;
  select(node: string | null): void;
  expand(node: string): Promise<void>;
}

export function renderPanel(panel: HTMLElement, node: string | null, host: PanelHost): void {
  clear(panel);
  if (!node) {
    panel.hidden = true;
    return;
  }
  const { model, state, mode } = host;
  const attr = state.graph.getNodeAttributes(node);
  const close = el('button', { type: 'button', class: 'kg-panel-close', 'aria-label': L.close, title: L.close }, '×');
  close.addEventListener('click', () => host.select(null));
  const facts = [L.kinds[attr.kind]];
  if (attr.kind === 'report' || attr.kind === 'measure') facts.push(L.members(model.graph.degree(node)));
  else facts.push(L.mentions(attr.mentions), L.inReports(attr.reportCount));

  const neighbours = state.listedNeighbours(model.graph, node);
  const list = el('ul', { class: 'kg-links' });
  for (const link of neighbours.slice(0, STRONGEST_SHOWN)) {
    const other = model.graph.getNodeAttributes(link.id);
    const button = el('button', { type: 'button', class: 'kg-link', 'data-node': link.id }, swatch(other.kind), other.label);
    button.addEventListener('click', () => void host.chooseNode(link.id));
    const why = Object.entries(L.linkKinds)
      .filter(([bit]) => link.kinds & Number(bit))
      .map(([, label]) => label)
      .join('、');
    append(list, el('li', {}, button, el('span', { class: 'kg-link-why' }, L.linkWeight(link.weight, why))));
  }
  const reports = attr.reports.map((i) => model.reports[i]?.title).filter(Boolean) as string[];
  // What the reports' clauses state of this node (任职, 制发 …): the kind, the other end and the sentence.
  const statements = el('ul', { class: 'kg-statements' });
  model.graph.forEachEdge(node, (_, edge) => {
    for (const fact of edge.facts ?? []) {
      const outgoing = fact.source === node;
      const other = model.graph.getNodeAttributes(outgoing ? fact.target : fact.source);
      append(
        statements,
        el(
          'li',
          {},
          el(
            'span',
            { class: 'kg-statement-kind', style: `border-color:${linkColour(fact.kind)}` },
            `${fact.label} ${outgoing ? '→' : '←'}`,
          ),
          ' ',
          other.label,
          ' ',
          el('a', { class: 'kg-statement-sentence', href: pageUrl(host.root, fact.path) }, `“${fact.sentence}”`),
        ),
      );
    }
  });

  append(
    panel,
    close,
    el('h2', { class: 'kg-panel-title', id: 'kg-panel-title' }, attr.label),
    el('p', { class: 'kg-panel-facts' }, swatch(attr.kind), facts.join(' · ')),
    attr.aliases.length > 0 && el('p', { class: 'kg-panel-aliases' }, `${L.aliases}：${attr.aliases.join('、')}`),
    model.reports.length > 1 &&
      reports.length > 0 &&
      attr.kind !== 'report' &&
      el('p', { class: 'kg-panel-reports' }, reports.slice(0, 3).join('；') + (attr.reportCount > 3 ? ' …' : '')),
    statements.childElementCount > 0 && el('h3', {}, L.statements),
    statements.childElementCount > 0 && statements,
    neighbours.length > 0 ? el('h3', {}, L.strongest) : el('p', {}, L.noNeighbours),
    neighbours.length > 0 && list,
    el('p', { class: 'kg-panel-open' }, el('a', { href: pageUrl(host.root, attr.path), 'data-kg-open': '' }, `${L.openPage} →`)),
  );
  if (mode === 'local' && neighbours.length > 0) {
    const expand = el('button', { type: 'button', class: 'kg-expand' }, L.expand);
    expand.addEventListener('click', () => void host.expand(node));
    // Near the top: the list of links can be long in a small frame.
    panel.querySelector('.kg-panel-facts')!.insertAdjacentElement('afterend', expand);
  }
  panel.hidden = false;
  panel.scrollTop = 0;
}
