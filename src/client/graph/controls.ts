// The controls around a graph: zoom buttons, the type / report / weight / colour filters, the legend and the node finder.
// They change the view's state and ask the host to redraw; syncControls puts the state back into them.
import type Sigma from 'sigma';
import { EDGE_KIND, NODE_KINDS, OPTIONAL_KINDS, type NodeKind } from '../../site/graph/compactGraph.ts';
import { graphLabels as L } from '../../site/graph/labels.ts';
import { combobox } from '../search/combobox.ts';
import { communityColour, COMMUNITY_COLOURS, KIND_COLOURS, linkColour } from './colours.ts';
import { append, clear, el } from './dom.ts';
import type { EdgeData, GraphModel, NodeData } from './graphModel.ts';
import { suggest } from './suggest.ts';
import type { ViewMode, ViewState } from './viewState.ts';

const LEGEND_COMMUNITIES = 8;

export interface ControlsHost {
  model: GraphModel;
  state: ViewState;
  mode: ViewMode;
  sigma: Sigma<NodeData, EdgeData>;
  /** The filters changed: redraw, recount, drop a selection they hide. */
  filtersChanged(): void;
  /** Zoom to what the filters leave. */
  fitVisible(): void;
  /** Fit the stage to the nodes shown (`reset`: exactly to them, else only growing) and place the labels again. */
  reframe(reset?: boolean): void;
  select(node: string | null): void;
  chooseNode(node: string): void;
  /** Entities drawn of how many, when the whole graph is drawn as an overview; else null. */
  overviewCounts(): { shown: number; of: number } | null;
  showAll(): void;
}

interface Inputs {
  kinds: Map<NodeKind, HTMLInputElement>;
  unlinked?: HTMLInputElement;
  report?: HTMLSelectElement;
  weight?: HTMLInputElement;
  weightValue?: HTMLOutputElement;
}

export interface Controls {
  /** Puts the state's filters back into the inputs (after the view lifted one). */
  sync(): void;
  renderLegend(): void;
}

export function buildControls(container: HTMLElement, legend: HTMLElement | null, host: ControlsHost): Controls {
  const inputs: Inputs = { kinds: new Map() };
  const controls: Controls = {
    sync() {
      const { state } = host;
      for (const [kind, input] of inputs.kinds) input.checked = state.kindsOn.has(kind);
      if (inputs.report) inputs.report.value = String(state.report);
      if (inputs.weight) inputs.weight.value = String(state.minWeight);
      if (inputs.weightValue) inputs.weightValue.value = String(state.minWeight);
      if (inputs.unlinked) inputs.unlinked.checked = state.showUnlinked;
    },
    renderLegend: () => renderLegend(legend, host),
  };
  const finder = container.querySelector<HTMLElement>('[data-kg-finder]');
  if (finder) buildFinder(finder, host);
  const zoom = container.querySelector<HTMLElement>('[data-kg-zoom]');
  if (zoom) buildZoom(zoom, host);
  const filters = container.querySelector<HTMLElement>('[data-kg-filters]');
  if (filters && host.mode === 'full') buildFilters(filters, host, inputs, controls);
  controls.renderLegend();
  return controls;
}

function buildZoom(box: HTMLElement, host: ControlsHost): void {
  const camera = host.sigma.getCamera();
  const button = (label: string, text: string, action: () => void) => {
    const b = el('button', { type: 'button', 'aria-label': label, title: label }, text);
    b.addEventListener('click', action);
    return b;
  };
  append(
    box,
    button(L.zoomIn, '+', () => camera.animatedZoom({ duration: 300 })),
    button(L.zoomOut, '−', () => camera.animatedUnzoom({ duration: 300 })),
    button(L.reset, '⟲', () => {
      host.select(null);
      host.reframe(true);
      camera.animatedReset({ duration: 300 });
    }),
  );
}

function buildFilters(box: HTMLElement, host: ControlsHost, inputs: Inputs, controls: Controls): void {
  const { state, model } = host;
  const graph = state.graph;
  const present = new Set<NodeKind>();
  graph.forEachNode((_, attr) => present.add(attr.kind));

  const typeSet = el('fieldset', { class: 'kg-types' }, el('legend', {}, L.types));
  const optionalSet = el('fieldset', { class: 'kg-types' }, el('legend', {}, L.optional));
  for (const kind of NODE_KINDS) {
    if (!present.has(kind)) continue;
    const input = el('input', { type: 'checkbox', name: 'kind', value: kind, checked: state.kindsOn.has(kind) });
    input.addEventListener('change', () => {
      state.setKind(kind, input.checked);
      host.filtersChanged();
    });
    inputs.kinds.set(kind, input);
    const count = graph.filterNodes((_, a) => a.kind === kind).length;
    const label = el('label', { class: 'kg-type' }, input, swatch(kind), L.kinds[kind], el('span', { class: 'kg-count' }, String(count)));
    append(OPTIONAL_KINDS.includes(kind) ? optionalSet : typeSet, label);
  }
  const unlinked = state.unlinkedCount();
  if (unlinked > 0) {
    const input = el('input', { type: 'checkbox', name: 'unlinked', checked: state.showUnlinked });
    input.addEventListener('change', () => {
      state.setShowUnlinked(input.checked);
      host.filtersChanged();
    });
    inputs.unlinked = input;
    append(optionalSet, el('label', { class: 'kg-type' }, input, L.unlinked(unlinked)));
  }
  const overview = host.overviewCounts();
  if (overview) {
    // A large graph opens on its overview; this draws every entity (slow on a large corpus, hence not the default).
    const button = el('button', { type: 'button', class: 'kg-show-all' }, L.overviewShowAll(overview.of));
    button.addEventListener('click', () => {
      host.showAll();
      button.remove();
    });
    append(optionalSet, button);
  }
  append(box, typeSet);
  if (optionalSet.childElementCount > 1) append(box, optionalSet);
  if (state.mode === 'full') appendLinkKinds(box, host);

  if (model.reports.length > 1) {
    const select = el('select', { name: 'report', id: 'kg-report' }, el('option', { value: '-1' }, L.allReports));
    model.reports.forEach((report, i) => append(select, el('option', { value: String(i) }, report.title)));
    select.addEventListener('change', () => {
      state.setReport(Number(select.value));
      host.filtersChanged();
      // One report's entities may be a corner of the whole picture: bring them into view.
      host.fitVisible();
    });
    inputs.report = select;
    append(box, el('p', { class: 'kg-field' }, el('label', { for: 'kg-report' }, L.report), select));
  }

  if (model.maxWeight > 1) {
    const max = Math.min(model.maxWeight, 20);
    const weight = el('input', { type: 'range', id: 'kg-weight', name: 'weight', min: 1, max, step: 1, value: 1 });
    const output = el('output', { for: 'kg-weight' }, '1');
    let settle: ReturnType<typeof setTimeout> | undefined;
    weight.addEventListener('input', () => {
      state.setMinWeight(Number(weight.value));
      output.value = weight.value;
      host.filtersChanged();
      // Once the slider rests, frame what is left (a strong threshold keeps only the core).
      clearTimeout(settle);
      settle = setTimeout(() => host.fitVisible(), 300);
    });
    inputs.weight = weight;
    inputs.weightValue = output;
    append(box, el('p', { class: 'kg-field' }, el('label', { for: 'kg-weight' }, L.minWeight), weight, output));
  }

  const colourSet = el('fieldset', { class: 'kg-colour' }, el('legend', {}, L.colour));
  for (const [value, text] of [
    ['type', L.colourByType],
    ['community', L.colourByCommunity],
  ] as const) {
    const input = el('input', { type: 'radio', name: 'kg-colour', value, checked: value === state.colourBy });
    input.addEventListener('change', () => {
      state.colourBy = value;
      host.sigma.refresh({ skipIndexation: true });
      controls.renderLegend();
    });
    append(colourSet, el('label', {}, input, text));
  }
  append(box, colourSet);
}

/** Community colours need a key; type colours are keyed by the type checkboxes themselves (the local graph has none: it gets a key). */
function renderLegend(legend: HTMLElement | null, host: ControlsHost): void {
  if (!legend) return;
  const { state, mode } = host;
  const graph = state.graph;
  clear(legend);
  if (state.colourBy !== 'community') {
    legend.hidden = mode !== 'local';
    if (mode === 'local') {
      const kinds = new Set<NodeKind>();
      graph.forEachNode((_, a) => kinds.add(a.kind));
      for (const kind of NODE_KINDS)
        if (kinds.has(kind)) append(legend, el('span', { class: 'kg-legend-item' }, swatch(kind), L.kinds[kind]));
    }
    return;
  }
  const members = new Map<number, string[]>();
  graph.forEachNode((node, attr) => {
    if (attr.community < 0) return;
    const list = members.get(attr.community) ?? [];
    list.push(node);
    members.set(attr.community, list);
  });
  const list = el('ul', { class: 'kg-communities' });
  for (let c = 0; c < Math.min(COMMUNITY_COLOURS.length, LEGEND_COMMUNITIES); c++) {
    const nodes = members.get(c);
    if (!nodes || nodes.length < 2) continue;
    const top = nodes.reduce((a, b) => (graph.getNodeAttribute(b, 'mentions') > graph.getNodeAttribute(a, 'mentions') ? b : a));
    append(
      list,
      el(
        'li',
        {},
        el('span', { class: 'kg-swatch', style: `background:${communityColour(c)}` }),
        L.community(c + 1, graph.getNodeAttribute(top, 'label'), nodes.length),
      ),
    );
  }
  append(legend, list);
  legend.hidden = false;
}

function buildFinder(box: HTMLElement, host: ControlsHost): void {
  const id = `kg-find-${host.mode}`;
  const input = el('input', { type: 'search', id, class: 'kg-find', placeholder: L.findPlaceholder });
  const items = host.model.graph.mapNodes((node, attr) => ({
    id: node,
    name: attr.label,
    aliases: attr.aliases,
    weight: attr.mentions,
    kind: attr.kind,
  }));
  const listbox = combobox({
    input,
    options: (value) =>
      suggest(items, value).map((item) => ({ id: item.id, text: item.name, note: L.kinds[item.kind], colour: KIND_COLOURS[item.kind] })),
    onChoose: (option) => host.chooseNode(option.id),
    emptyText: L.noMatch,
  });
  append(box, el('label', { for: id, class: 'kg-find-label' }, L.find), el('div', { class: 'kg-find-box' }, input, listbox));
}

/**
 * One checkbox per kind of link the graph has (任职, 巡视巡察 … 同一分句), with its colour and count: the legend of the
 * links and their filter. Same-clause co-occurrence starts off (ViewState.linkKindsOn).
 */
function appendLinkKinds(box: HTMLElement, host: ControlsHost): void {
  const { state } = host;
  const set = el('fieldset', { class: 'kg-types kg-link-kinds' }, el('legend', {}, L.linkKindsLegend));
  for (const [bitText, label] of Object.entries(L.linkKinds)) {
    const bit = Number(bitText);
    if (bit & (EDGE_KIND.appearsIn | EDGE_KIND.inReport)) continue;
    const count = state.graph.filterEdges((_, a) => (a.kinds & bit) !== 0).length;
    if (!count) continue;
    const input = el('input', { type: 'checkbox', name: 'link-kind', value: bitText, checked: (state.linkKindsOn & bit) !== 0 });
    input.addEventListener('change', () => {
      state.setLinkKind(bit, input.checked);
      host.filtersChanged();
    });
    const colour = el('span', { class: 'kg-swatch kg-swatch-link', style: `background:${linkColour(bit)}`, 'aria-hidden': 'true' });
    append(set, el('label', { class: 'kg-type' }, input, colour, label, el('span', { class: 'kg-count' }, String(count))));
  }
  if (set.childElementCount > 1) append(box, set);
}

export function swatch(kind: NodeKind): HTMLElement {
  return el('span', { class: 'kg-swatch', style: `background:${KIND_COLOURS[kind]}`, 'aria-hidden': 'true' });
}
