import Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { EDGE_KIND, NODE_KINDS, OPTIONAL_KINDS, type NodeKind } from '../../site/graph/compactGraph.ts';
import { graphLabels as L } from '../../site/graph/labels.ts';
import { combobox } from '../search/combobox.ts';
import { pageUrl } from '../search/siteRoot.ts';
import { communityColour, COMMUNITY_COLOURS, EDGE_BACKGROUND, EDGE_COLOUR, EDGE_HIGHLIGHT, FADED_NODE, KIND_COLOURS } from './colours.ts';
import { append, clear, el } from './dom.ts';
import { strongestNeighbours, type EdgeData, type GraphModel, type NodeData, type SiteGraph } from './graphModel.ts';
import { addNeighbourhood, localGraph } from './localGraph.ts';
import { ALL_REPORTS, inReport, strongestLinks } from './reportFilter.ts';
import { suggest } from './suggest.ts';

export type ViewMode = 'full' | 'local';

export interface ViewOptions {
  mode: ViewMode;
  /** Local mode: the entity whose neighbourhood is shown. */
  focus?: string;
  root: URL;
}

const STRONGEST_SHOWN = 8;
const LEGEND_COMMUNITIES = 8;
const LABEL_CHARS = 12;
const FOCUS_LABELS = 10;
/** The camera ratio a found node is shown at, at most (1 shows the whole graph). */
const MAX_FLY_RATIO = 0.6;
const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * One graph on a page: the whole corpus (graph page) or one entity's neighbourhood (entity page), drawn by sigma
 * from build-time positions. Hover fades all but a node's neighbours; click opens its panel.
 */
export class GraphView {
  readonly model: GraphModel;
  readonly graph: SiteGraph;
  readonly sigma: Sigma<NodeData, EdgeData>;
  private readonly options: ViewOptions;
  private readonly elements: {
    stage: HTMLElement;
    panel: HTMLElement;
    status: HTMLElement | null;
    legend: HTMLElement | null;
  };
  private hovered: string | null = null;
  private selected: string | null = null;
  private focusNeighbours = new Set<string>();
  private focusLabelled = new Set<string>();
  private readonly kindsOn = new Set<NodeKind>(NODE_KINDS.filter((k) => !OPTIONAL_KINDS.includes(k)));
  private report = ALL_REPORTS;
  private minWeight = 1;
  private colourBy: 'type' | 'community' = 'type';
  private readonly visibility = new Map<string, boolean>();
  /** Node sizes are in pixels: on a phone-sized stage they shrink, or the hubs would cover the picture. */
  private sizeScale = 1;
  /** Strongest entity–entity link of each node under the report filter, so the weight filter can hide nodes left without links. */
  private strongestLink = new Map<string, number>();

  constructor(container: HTMLElement, model: GraphModel, options: ViewOptions) {
    this.model = model;
    this.options = options;
    this.graph = options.mode === 'local' && options.focus ? localGraph(model.graph, options.focus) : model.graph;
    container.classList.add('kg-ready');
    const stage = container.querySelector<HTMLElement>('[data-kg-stage]')!;
    this.elements = {
      stage,
      panel: container.querySelector<HTMLElement>('[data-kg-panel]')!,
      status: container.querySelector<HTMLElement>('[data-kg-status]'),
      legend: container.querySelector<HTMLElement>('[data-kg-legend]'),
    };
    this.indexLinks();
    this.sizeScale = Math.min(1, Math.max(0.55, stage.clientWidth / 860));

    const local = options.mode === 'local';
    this.sigma = new Sigma<NodeData, EdgeData>(this.graph, stage, {
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1f2933' },
      // Labels: only nodes big enough on screen, and at most a few per grid cell, so they do not pile up.
      labelDensity: local ? 1 : 0.7,
      labelGridCellSize: local ? 60 : 120,
      // Small graphs can label most nodes; big ones only the larger (zooming in shows more).
      labelRenderedSizeThreshold: local ? 0 : this.graph.order < 600 ? 5 : 8,
      defaultEdgeColor: EDGE_COLOUR,
      minEdgeThickness: 0.6,
      zIndex: true,
      hideEdgesOnMove: this.graph.size > 5000,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      stagePadding: 24,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.bindEvents();
    this.buildControls(container);
    this.updateStatus();
  }

  // ─── what is drawn ─────────────────────────────────────────────────────────

  private indexLinks(): void {
    this.strongestLink = strongestLinks(this.graph, this.options.mode === 'local' ? ALL_REPORTS : this.report);
  }

  /** Whether the filters show a node; cached per filter state, since the reducers ask for every node and edge each frame. */
  isVisible(node: string): boolean {
    let visible = this.visibility.get(node);
    if (visible === undefined) {
      visible = this.computeVisible(node);
      this.visibility.set(node, visible);
    }
    return visible;
  }

  private computeVisible(node: string): boolean {
    const attr = this.graph.getNodeAttributes(node);
    if (this.options.mode === 'local') return true;
    if (!this.kindsOn.has(attr.kind)) return false;
    if (!inReport(attr.reports, this.report)) return false;
    if (this.minWeight > 1 && !OPTIONAL_KINDS.includes(attr.kind) && (this.strongestLink.get(node) ?? 0) < this.minWeight) return false;
    return true;
  }

  private edgeVisible(edge: string, attr: EdgeData): boolean {
    const [source, target] = this.graph.extremities(edge);
    if (!this.isVisible(source) || !this.isVisible(target)) return false;
    if (this.options.mode === 'full' && !inReport(attr.reports, this.report)) return false;
    const structural = attr.kinds & (EDGE_KIND.appearsIn | EDGE_KIND.inReport);
    return structural ? true : attr.weight >= this.minWeight;
  }

  private reduceNode(node: string, data: NodeData): Partial<NodeDisplayData> {
    if (!this.isVisible(node)) return { ...data, hidden: true };
    const colour =
      this.colourBy === 'community' && !OPTIONAL_KINDS.includes(data.kind) ? communityColour(data.community) : KIND_COLOURS[data.kind];
    const display: Partial<NodeDisplayData> = { ...data, color: colour, label: shortLabel(data.label), size: data.size * this.sizeScale };
    const focus = this.hovered ?? this.selected;
    if (focus) {
      if (node === focus) Object.assign(display, { label: data.label, highlighted: true, forceLabel: true, zIndex: 3 });
      else if (this.focusNeighbours.has(node)) Object.assign(display, { forceLabel: this.focusLabelled.has(node), zIndex: 2 });
      else Object.assign(display, { color: FADED_NODE, label: '', zIndex: 0 });
    }
    if (this.options.mode === 'local' && node === this.options.focus) Object.assign(display, { forceLabel: true, zIndex: 3 });
    return display;
  }

  private reduceEdge(edge: string, data: EdgeData): Partial<EdgeDisplayData> {
    if (!this.edgeVisible(edge, data)) return { ...data, hidden: true };
    const focus = this.hovered ?? this.selected;
    if (focus) {
      if (!this.graph.hasExtremity(edge, focus)) return { ...data, hidden: true };
      return { ...data, color: EDGE_HIGHLIGHT, zIndex: 1 };
    }
    // Local graph: the entity's own links carry the picture; links among its neighbours stay in the background.
    if (this.options.mode === 'local' && this.options.focus && !this.graph.hasExtremity(edge, this.options.focus)) {
      return { ...data, color: EDGE_BACKGROUND };
    }
    return { ...data };
  }

  /** `hover`: schedule the refresh for the next frame (sigma's display data is stale until then, so not before flyTo). */
  private setFocus(hover = false): void {
    const focus = this.hovered ?? this.selected;
    this.focusNeighbours = new Set();
    // Neighbours through a link of another report stay faded, like the link itself.
    if (focus) {
      this.graph.forEachEdge(focus, (_, attr, source, target) => {
        const other = source === focus ? target : source;
        if (this.isVisible(other) && (this.options.mode === 'local' || inReport(attr.reports, this.report))) this.focusNeighbours.add(other);
      });
    }
    // Labels of all a hub's neighbours would pile up around it: the strongest links are labelled, the rest on hover.
    this.focusLabelled = focus
      ? new Set(strongestNeighbours(this.graph, focus, (n) => this.focusNeighbours.has(n)).slice(0, FOCUS_LABELS).map((l) => l.id))
      : new Set();
    // Hovering: leaving one node and entering the next within a frame then costs one pass over the graph, not two.
    this.sigma.refresh({ skipIndexation: true, schedule: hover });
  }

  // ─── interaction ───────────────────────────────────────────────────────────

  private bindEvents(): void {
    const stage = this.elements.stage;
    this.sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      stage.style.cursor = 'pointer';
      this.setFocus(true);
    });
    this.sigma.on('leaveNode', () => {
      this.hovered = null;
      stage.style.cursor = '';
      this.setFocus(true);
    });
    this.sigma.on('clickNode', ({ node }) => this.select(node, { animate: false }));
    this.sigma.on('doubleClickNode', (event) => {
      if (this.options.mode === 'local') {
        event.preventSigmaDefault();
        this.expand(event.node);
      }
    });
    this.sigma.on('clickStage', () => this.select(null));
    this.elements.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.select(null);
    });
  }

  /** Selects a node: opens its panel, keeps its neighbourhood highlighted and, when asked, flies the camera to it. */
  select(node: string | null, how: { animate?: boolean } = {}): void {
    if (node && !this.graph.hasNode(node)) return;
    if (node && !this.isVisible(node)) this.revealKind(node);
    this.selected = node;
    this.setFocus();
    this.renderPanel();
    if (node && how.animate) this.flyTo(node);
  }

  /** Moves the camera to a node and its visible neighbours, zoomed so that they fit beside the panel. */
  flyTo(node: string): void {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return;
    let [minX, maxX, minY, maxY] = [display.x, display.x, display.y, display.y];
    for (const neighbour of this.graph.neighbors(node)) {
      const other = this.sigma.getNodeDisplayData(neighbour);
      if (!other || !this.isVisible(neighbour)) continue;
      [minX, maxX] = [Math.min(minX, other.x), Math.max(maxX, other.x)];
      [minY, maxY] = [Math.min(minY, other.y), Math.max(maxY, other.y)];
    }
    // The framed graph spans about 1 unit at ratio 1; leave room for labels. A hub's neighbours may span the whole
    // picture: then zoom in anyway, centred on the node itself, so that finding it always brings it closer.
    const fit = Math.max(maxX - minX, maxY - minY) * 1.35;
    const ratio = Math.min(MAX_FLY_RATIO, Math.max(0.08, fit));
    const centre = fit > MAX_FLY_RATIO ? { x: display.x, y: display.y } : { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
    // With the panel open over the right of a wide stage, aim a little right so the picture sits left of it.
    const panelOver = !this.elements.panel.hidden && this.elements.stage.clientWidth > 640;
    this.sigma.getCamera().animate({ x: centre.x + (panelOver ? ratio * 0.17 : 0), y: centre.y, ratio }, { duration: 600 });
  }

  /** Zooms to the nodes left visible (all of them: back to the whole graph). */
  fitVisible(): void {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    this.graph.forEachNode((node) => {
      if (!this.isVisible(node)) return;
      const d = this.sigma.getNodeDisplayData(node);
      if (!d) return;
      [minX, maxX, minY, maxY] = [Math.min(minX, d.x), Math.max(maxX, d.x), Math.min(minY, d.y), Math.max(maxY, d.y)];
    });
    if (minX === Infinity) return;
    const ratio = Math.min(1, Math.max(0.05, Math.max(maxX - minX, maxY - minY) * 1.25));
    this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }

  /** A node chosen by name while filtered out: lift the filters that hide it rather than select something invisible. */
  private revealKind(node: string): void {
    const attr = this.graph.getNodeAttributes(node);
    this.kindsOn.add(attr.kind);
    if (!inReport(attr.reports, this.report)) {
      this.report = ALL_REPORTS;
      this.indexLinks();
    }
    if ((this.strongestLink.get(node) ?? 0) < this.minWeight) this.minWeight = 1;
    this.syncControls();
    this.visibility.clear();
    this.sigma.refresh();
    this.updateStatus();
  }

  /** Local graph: adds a node's own strongest neighbours (positions are the global layout's). */
  expand(node: string): void {
    const added = addNeighbourhood(this.model.graph, this.graph, node, this.options.focus ?? node);
    if (added > 0) {
      this.visibility.clear();
      this.indexLinks();
      this.sigma.refresh();
    }
    this.updateStatus();
    this.renderPanel();
  }

  // ─── panel ─────────────────────────────────────────────────────────────────

  private renderPanel(): void {
    const panel = this.elements.panel;
    clear(panel);
    const node = this.selected;
    if (!node) {
      panel.hidden = true;
      return;
    }
    const attr = this.graph.getNodeAttributes(node);
    const close = el('button', { type: 'button', class: 'kg-panel-close', 'aria-label': L.close, title: L.close }, '×');
    close.addEventListener('click', () => this.select(null));
    const facts = [L.kinds[attr.kind]];
    if (attr.kind === 'report' || attr.kind === 'measure') facts.push(L.members(this.model.graph.degree(node)));
    else facts.push(L.mentions(attr.mentions), L.inReports(attr.reports.length));

    // Measures and reports are listed only while they are shown.
    const listed = (n: string) => {
      const kind = this.model.graph.getNodeAttribute(n, 'kind');
      return !OPTIONAL_KINDS.includes(kind) || (this.options.mode === 'full' && this.kindsOn.has(kind));
    };
    const neighbours = strongestNeighbours(this.model.graph, node, listed);
    const list = el('ul', { class: 'kg-links' });
    for (const link of neighbours.slice(0, STRONGEST_SHOWN)) {
      const other = this.model.graph.getNodeAttributes(link.id);
      const button = el('button', { type: 'button', class: 'kg-link', 'data-node': link.id }, swatch(other.kind), other.label);
      button.addEventListener('click', () => this.chooseNode(link.id));
      const why = Object.entries(L.linkKinds)
        .filter(([bit]) => link.kinds & Number(bit))
        .map(([, label]) => label)
        .join('、');
      append(list, el('li', {}, button, el('span', { class: 'kg-link-why' }, L.linkWeight(link.weight, why))));
    }
    const reports = attr.reports.map((i) => this.model.reports[i]?.title).filter(Boolean) as string[];

    append(
      panel,
      close,
      el('h2', { class: 'kg-panel-title', id: 'kg-panel-title' }, attr.label),
      el('p', { class: 'kg-panel-facts' }, swatch(attr.kind), facts.join(' · ')),
      attr.aliases.length > 0 && el('p', { class: 'kg-panel-aliases' }, `${L.aliases}：${attr.aliases.join('、')}`),
      this.model.reports.length > 1 && reports.length > 0 && attr.kind !== 'report' && el('p', { class: 'kg-panel-reports' }, reports.slice(0, 3).join('；') + (reports.length > 3 ? ' …' : '')),
      neighbours.length > 0 ? el('h3', {}, L.strongest) : el('p', {}, L.noNeighbours),
      neighbours.length > 0 && list,
      el('p', { class: 'kg-panel-open' }, el('a', { href: pageUrl(this.options.root, attr.path), 'data-kg-open': '' }, `${L.openPage} →`)),
    );
    if (this.options.mode === 'local' && neighbours.length > 0) {
      const expand = el('button', { type: 'button', class: 'kg-expand' }, L.expand);
      expand.addEventListener('click', () => this.expand(node));
      // Near the top: the list of links can be long in a small frame.
      panel.querySelector('.kg-panel-facts')!.insertAdjacentElement('afterend', expand);
    }
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  /** From the panel or the finder: select a node of the whole graph, bringing it into a local graph if needed. */
  chooseNode(node: string): void {
    if (!this.graph.hasNode(node) && this.options.mode === 'local' && this.model.graph.hasNode(node)) {
      // A link from the panel to an entity beyond the ring: expand the selected node, which holds it.
      if (this.selected) this.expand(this.selected);
      if (!this.graph.hasNode(node)) return;
    }
    this.select(node, { animate: true });
  }

  // ─── controls ──────────────────────────────────────────────────────────────

  private controls: {
    kinds: Map<NodeKind, HTMLInputElement>;
    report?: HTMLSelectElement;
    weight?: HTMLInputElement;
    weightValue?: HTMLOutputElement;
  } = { kinds: new Map() };

  private buildControls(container: HTMLElement): void {
    const finder = container.querySelector<HTMLElement>('[data-kg-finder]');
    if (finder) this.buildFinder(finder);
    const zoom = container.querySelector<HTMLElement>('[data-kg-zoom]');
    if (zoom) this.buildZoom(zoom);
    const filters = container.querySelector<HTMLElement>('[data-kg-filters]');
    if (filters && this.options.mode === 'full') this.buildFilters(filters);
    this.renderLegend();
  }

  private buildZoom(box: HTMLElement): void {
    const camera = this.sigma.getCamera();
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
        this.select(null);
        camera.animatedReset({ duration: 300 });
      }),
    );
  }

  private buildFilters(box: HTMLElement): void {
    const present = new Set<NodeKind>();
    this.graph.forEachNode((_, attr) => present.add(attr.kind));

    const typeSet = el('fieldset', { class: 'kg-types' }, el('legend', {}, L.types));
    const optionalSet = el('fieldset', { class: 'kg-types' }, el('legend', {}, L.optional));
    for (const kind of NODE_KINDS) {
      if (!present.has(kind)) continue;
      const input = el('input', { type: 'checkbox', name: 'kind', value: kind, checked: this.kindsOn.has(kind) });
      input.addEventListener('change', () => {
        if (input.checked) this.kindsOn.add(kind);
        else this.kindsOn.delete(kind);
        this.filtersChanged();
      });
      this.controls.kinds.set(kind, input);
      const count = this.graph.filterNodes((_, a) => a.kind === kind).length;
      const label = el('label', { class: 'kg-type' }, input, swatch(kind), L.kinds[kind], el('span', { class: 'kg-count' }, String(count)));
      append(OPTIONAL_KINDS.includes(kind) ? optionalSet : typeSet, label);
    }
    append(box, typeSet);
    if (optionalSet.childElementCount > 1) append(box, optionalSet);

    if (this.model.reports.length > 1) {
      const select = el('select', { name: 'report', id: 'kg-report' }, el('option', { value: '-1' }, L.allReports));
      this.model.reports.forEach((report, i) => append(select, el('option', { value: String(i) }, report.title)));
      select.addEventListener('change', () => {
        this.report = Number(select.value);
        this.indexLinks();
        this.filtersChanged();
        // One report's entities may be a corner of the whole picture: bring them into view.
        this.fitVisible();
      });
      this.controls.report = select;
      append(box, el('p', { class: 'kg-field' }, el('label', { for: 'kg-report' }, L.report), select));
    }

    if (this.model.maxWeight > 1) {
      const max = Math.min(this.model.maxWeight, 20);
      const weight = el('input', { type: 'range', id: 'kg-weight', name: 'weight', min: 1, max, step: 1, value: 1 });
      const output = el('output', { for: 'kg-weight' }, '1');
      let settle: ReturnType<typeof setTimeout> | undefined;
      weight.addEventListener('input', () => {
        this.minWeight = Number(weight.value);
        output.value = weight.value;
        this.filtersChanged();
        // Once the slider rests, frame what is left (a strong threshold keeps only the core).
        clearTimeout(settle);
        settle = setTimeout(() => this.fitVisible(), 300);
      });
      this.controls.weight = weight;
      this.controls.weightValue = output;
      append(box, el('p', { class: 'kg-field' }, el('label', { for: 'kg-weight' }, L.minWeight), weight, output));
    }

    const colourSet = el('fieldset', { class: 'kg-colour' }, el('legend', {}, L.colour));
    for (const [value, text] of [['type', L.colourByType], ['community', L.colourByCommunity]] as const) {
      const input = el('input', { type: 'radio', name: 'kg-colour', value, checked: value === this.colourBy });
      input.addEventListener('change', () => {
        this.colourBy = value;
        this.sigma.refresh({ skipIndexation: true });
        this.renderLegend();
      });
      append(colourSet, el('label', {}, input, text));
    }
    append(box, colourSet);
  }

  private syncControls(): void {
    for (const [kind, input] of this.controls.kinds) input.checked = this.kindsOn.has(kind);
    if (this.controls.report) this.controls.report.value = String(this.report);
    if (this.controls.weight) this.controls.weight.value = String(this.minWeight);
    if (this.controls.weightValue) this.controls.weightValue.value = String(this.minWeight);
  }

  private filtersChanged(): void {
    this.visibility.clear();
    if (this.selected && !this.isVisible(this.selected)) this.select(null);
    this.setFocus();
    this.sigma.refresh();
    this.updateStatus();
  }

  /** Community colours need a key; type colours are keyed by the type checkboxes themselves. */
  private renderLegend(): void {
    const legend = this.elements.legend;
    if (!legend) return;
    clear(legend);
    if (this.colourBy !== 'community') {
      legend.hidden = this.options.mode !== 'local';
      if (this.options.mode === 'local') {
        const kinds = new Set<NodeKind>();
        this.graph.forEachNode((_, a) => kinds.add(a.kind));
        for (const kind of NODE_KINDS) if (kinds.has(kind)) append(legend, el('span', { class: 'kg-legend-item' }, swatch(kind), L.kinds[kind]));
      }
      return;
    }
    const members = new Map<number, string[]>();
    this.graph.forEachNode((node, attr) => {
      if (attr.community < 0) return;
      const list = members.get(attr.community) ?? [];
      list.push(node);
      members.set(attr.community, list);
    });
    const list = el('ul', { class: 'kg-communities' });
    for (let c = 0; c < Math.min(COMMUNITY_COLOURS.length, LEGEND_COMMUNITIES); c++) {
      const nodes = members.get(c);
      if (!nodes || nodes.length < 2) continue;
      const top = nodes.reduce((a, b) => (this.graph.getNodeAttribute(b, 'mentions') > this.graph.getNodeAttribute(a, 'mentions') ? b : a));
      append(list, el('li', {}, el('span', { class: 'kg-swatch', style: `background:${communityColour(c)}` }), L.community(c + 1, this.graph.getNodeAttribute(top, 'label'), nodes.length)));
    }
    append(legend, list);
    legend.hidden = false;
  }

  private buildFinder(box: HTMLElement): void {
    const id = `kg-find-${this.options.mode}`;
    const input = el('input', { type: 'search', id, class: 'kg-find', placeholder: L.findPlaceholder });
    const items = this.model.graph.mapNodes((node, attr) => ({ id: node, name: attr.label, aliases: attr.aliases, weight: attr.mentions, kind: attr.kind }));
    const listbox = combobox({
      input,
      options: (value) => suggest(items, value).map((item) => ({ id: item.id, text: item.name, note: L.kinds[item.kind], colour: KIND_COLOURS[item.kind] })),
      onChoose: (option) => this.chooseNode(option.id),
      emptyText: L.noMatch,
    });
    append(box, el('label', { for: id, class: 'kg-find-label' }, L.find), el('div', { class: 'kg-find-box' }, input, listbox));
  }

  private updateStatus(): void {
    const status = this.elements.status;
    if (!status) return;
    if (this.model.graph.order === 0) {
      status.textContent = L.empty;
      return;
    }
    if (this.options.mode === 'local' && this.options.focus) {
      const total = this.model.graph.neighbors(this.options.focus).filter((n) => !OPTIONAL_KINDS.includes(this.model.graph.getNodeAttribute(n, 'kind'))).length;
      status.textContent = total === 0 ? L.noNeighbours : L.localShown(Math.min(total, this.graph.neighbors(this.options.focus).length), total);
      return;
    }
    let nodes = 0;
    let edges = 0;
    this.graph.forEachNode((node) => {
      if (this.isVisible(node)) nodes++;
    });
    this.graph.forEachEdge((edge, attr) => {
      if (this.edgeVisible(edge, attr)) edges++;
    });
    status.textContent = L.counts(nodes, edges);
  }

  // ─── hooks for tests and benchmarks ────────────────────────────────────────

  /** Where a node is drawn, in CSS pixels relative to the stage; null when hidden. */
  nodeViewport(node: string): { x: number; y: number } | null {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display || display.hidden) return null;
    return this.sigma.framedGraphToViewport(display);
  }

  visibleNodes(): string[] {
    return this.graph.filterNodes((node) => this.isVisible(node));
  }

  get selection(): string | null {
    return this.selected;
  }
}

/** Long names (regulations run to 30 characters) are cut on the canvas, where they would cover their neighbours. */
function shortLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}

function swatch(kind: NodeKind): HTMLElement {
  return el('span', { class: 'kg-swatch', style: `background:${KIND_COLOURS[kind]}`, 'aria-hidden': 'true' });
}
