import Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { OPTIONAL_KINDS } from '../../site/graph/compactGraph.ts';
import { graphLabels as L } from '../../site/graph/labels.ts';
import { communityColour, EDGE_BACKGROUND, EDGE_COLOUR, EDGE_HIGHLIGHT, FADED_NODE, KIND_COLOURS, linkColour } from './colours.ts';
import { buildControls, type Controls } from './controls.ts';
import type { EdgeData, GraphModel, NodeData, SiteGraph } from './graphModel.ts';
import { drawLabelOnHalo } from './drawLabel.ts';
import { addNeighbourhood, localGraph } from './localGraph.ts';
import { copyIn, drillInto, entityCount, overviewGraph, reportEntities } from './overviewGraph.ts';
import { ALL_REPORTS } from './reportFilter.ts';
import { shortLabel, StageLabels } from './stageLabels.ts';
import { renderPanel } from './panel.ts';
import { ViewState, type ViewMode } from './viewState.ts';

export type { ViewMode };

export interface ViewOptions {
  mode: ViewMode;
  /** Local mode: the entity whose neighbourhood is shown. */
  focus?: string;
  root: URL;
  /** Local mode: loads a node's own neighbourhood into the model (true when it brought something). */
  more?: (node: string) => Promise<boolean>;
}

/** A local graph this small is drawn zoomed out, so that every label fits on the stage. */
const SMALL_LOCAL = 4;
/** The camera ratio a found node is shown at, at most (1 shows the whole graph). */
const MAX_FLY_RATIO = 0.6;
const LABEL_SIZE = 13;
const LABEL_WEIGHT = '500';
/** A focused node with more neighbours than this draws no labels on its links. */
const MAX_EDGE_LABELS = 12;
/** After the camera rests this long, the labels are placed again for what the stage now shows. */
const RELABEL_MS = 120;
const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * One graph on a page: the whole corpus (graph page) or one entity's neighbourhood (entity page), drawn by sigma
 * from build-time positions. Hover fades all but a node's neighbours; click opens its panel. What is visible is
 * decided by ViewState; the controls and the panel are built by controls.ts and panel.ts.
 */
export class GraphView {
  readonly model: GraphModel;
  readonly graph: SiteGraph;
  readonly state: ViewState;
  readonly sigma: Sigma<NodeData, EdgeData>;
  readonly mode: ViewMode;
  readonly root: URL;
  private readonly focusNode: string | undefined;
  private readonly more: ((node: string) => Promise<boolean>) | undefined;
  private readonly elements: { stage: HTMLElement; panel: HTMLElement; status: HTMLElement | null };
  private readonly controls: Controls;
  private hovered: string | null = null;
  private selected: string | null = null;
  private focusNeighbours = new Set<string>();
  private focusLabelled = new Set<string>();
  /** Node sizes are in pixels: on a phone-sized stage they shrink, or the hubs would cover the picture. */
  private sizeScale = 1;
  /** The whole graph of a large corpus is drawn as an overview (overviewGraph.ts) until everything is asked for. */
  private overview: boolean;
  /** The stage's frame and the labels drawn (none overlapping). */
  private readonly labels: StageLabels;
  private relabelTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(container: HTMLElement, model: GraphModel, options: ViewOptions) {
    this.model = model;
    this.mode = options.mode;
    this.root = options.root;
    this.focusNode = options.focus;
    this.more = options.more;
    const overview = options.mode === 'full' ? overviewGraph(model.graph) : null;
    this.overview = overview !== null;
    this.graph = options.mode === 'local' && options.focus ? localGraph(model.graph, options.focus) : (overview ?? model.graph);
    this.state = new ViewState(this.graph, options.mode);
    container.classList.add('kg-ready');
    const stage = container.querySelector<HTMLElement>('[data-kg-stage]')!;
    this.elements = {
      stage,
      panel: container.querySelector<HTMLElement>('[data-kg-panel]')!,
      status: container.querySelector<HTMLElement>('[data-kg-status]'),
    };
    this.sizeScale = Math.min(1, Math.max(0.55, stage.clientWidth / 860));

    const local = options.mode === 'local';
    this.sigma = new Sigma<NodeData, EdgeData>(this.graph, stage, {
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      labelWeight: LABEL_WEIGHT,
      labelColor: { color: '#1f2933' },
      // No labels from sigma's grid (one per screen cell, overlapping across cells): every label drawn is forced by
      // the reducer, for the nodes placeLabels chose or the focus.
      labelDensity: 0,
      defaultDrawNodeLabel: drawLabelOnHalo,
      defaultEdgeColor: EDGE_COLOUR,
      renderEdgeLabels: true,
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 11,
      minEdgeThickness: 0.6,
      zIndex: true,
      hideEdgesOnMove: this.graph.size > 5000,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      stagePadding: 24,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    // Sigma fits the nodes to the stage's edges; a local graph of two or three nodes then puts a label past the edge.
    if (local && this.graph.order <= SMALL_LOCAL) this.sigma.getCamera().setState({ ratio: 1.6 });
    this.labels = new StageLabels(
      this.sigma,
      this.graph,
      this.state,
      { font: LABEL_FONT, size: LABEL_SIZE, weight: LABEL_WEIGHT },
      { pinned: local ? this.focusNode : undefined, sizeScale: this.sizeScale },
    );
    this.reframe(true);
    this.bindEvents();
    this.controls = buildControls(container, container.querySelector<HTMLElement>('[data-kg-legend]'), this);
    this.updateStatus();
  }

  // ─── what is drawn ─────────────────────────────────────────────────────────

  isVisible(node: string): boolean {
    return this.state.isVisible(node);
  }

  private reduceNode(node: string, data: NodeData): Partial<NodeDisplayData> {
    if (!this.state.isVisible(node)) return { ...data, hidden: true };
    const colour =
      this.state.colourBy === 'community' && !OPTIONAL_KINDS.includes(data.kind)
        ? communityColour(data.community)
        : KIND_COLOURS[data.kind];
    const display: Partial<NodeDisplayData> = { ...data, color: colour, label: shortLabel(data.label), size: data.size * this.sizeScale };
    const focus = this.hovered ?? this.selected;
    const side = this.labels?.labelled.get(node);
    // labelSide is read by drawLabelOnHalo (sigma passes the reducer's data through to the label drawer).
    const label = { forceLabel: side !== undefined, labelSide: side ?? 'right' };
    if (focus) {
      if (node === focus) Object.assign(display, { ...label, label: data.label, highlighted: true, forceLabel: true, zIndex: 3 });
      else if (this.focusNeighbours.has(node)) Object.assign(display, { ...label, zIndex: 2 });
      else Object.assign(display, { color: FADED_NODE, label: '', zIndex: 0 });
    } else Object.assign(display, label);
    if (this.mode === 'local' && node === this.focusNode) Object.assign(display, { forceLabel: true, zIndex: 3 });
    return display;
  }

  private reduceEdge(edge: string, data: EdgeData): Partial<EdgeDisplayData> {
    if (!this.state.edgeVisible(edge, data)) return { ...data, hidden: true };
    const focus = this.hovered ?? this.selected;
    if (focus) {
      if (!this.graph.hasExtremity(edge, focus)) return { ...data, hidden: true };
      // The focused node's links say what they are: 任职:市委书记, 制发 … (labels of what a clause states), on the links to
      // neighbours that are named; a hub's links all meet at it, where their labels would pile up (its panel lists them).
      const other = this.graph.opposite(focus, edge);
      const named = !!this.labels?.labelled.has(other) && this.focusNeighbours.size <= MAX_EDGE_LABELS;
      const label = data.facts && named ? [...new Set(data.facts.map((f) => f.label))].join('、') : undefined;
      return {
        ...data,
        color: data.facts ? linkColour(data.kinds) : EDGE_HIGHLIGHT,
        zIndex: 1,
        ...(label ? { label, forceLabel: true } : {}),
      };
    }
    // Local graph: the entity's own links carry the picture; links among its neighbours stay in the background.
    if (this.mode === 'local' && this.focusNode && !this.graph.hasExtremity(edge, this.focusNode)) {
      return { ...data, color: EDGE_BACKGROUND };
    }
    return { ...data, color: linkColour(data.kinds) };
  }

  /** `hover`: schedule the refresh for the next frame (sigma's display data is stale until then, so not before flyTo). */
  private setFocus(hover = false): void {
    const { neighbours, labelled } = this.state.focus(this.hovered ?? this.selected);
    this.focusNeighbours = neighbours;
    this.focusLabelled = labelled;
    this.chooseLabels();
    // Hovering: leaving one node and entering the next within a frame then costs one pass over the graph, not two.
    this.sigma.refresh({ skipIndexation: true, schedule: hover });
  }

  // ─── framing and labels ────────────────────────────────────────────────────

  /** Fits the stage to the nodes shown (`reset`: exactly, else only growing) and places the labels again. */
  reframe(reset = false): void {
    if (this.labels.fitShown(reset)) this.sigma.refresh();
    this.relabel();
  }

  /** Places the labels again (the camera moved or the nodes shown changed) and redraws. */
  private relabel(): void {
    clearTimeout(this.relabelTimer);
    this.labels.invalidate();
    this.chooseLabels();
    this.sigma.refresh({ skipIndexation: true });
  }

  private chooseLabels(): void {
    this.labels.choose(this.hovered ?? this.selected, this.focusNeighbours, this.focusLabelled);
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
      if (this.mode === 'local') {
        event.preventSigmaDefault();
        void this.expand(event.node);
      }
    });
    this.sigma.on('clickStage', () => this.select(null));
    // A zoom changes the distances between nodes, a pan what is on the stage: place the labels again once the camera rests.
    this.sigma.getCamera().on('updated', (camera) => {
      if (this.labels.placedFor(camera)) return;
      clearTimeout(this.relabelTimer);
      this.relabelTimer = setTimeout(() => this.relabel(), RELABEL_MS);
    });
    this.elements.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.select(null);
    });
  }

  /** Selects a node: opens its panel, keeps its neighbourhood highlighted and, when asked, flies the camera to it. */
  select(node: string | null, how: { animate?: boolean } = {}): void {
    // Drill-down in an overview: the chosen node comes with its strongest neighbours.
    if (node && this.overview && drillInto(this.model.graph, this.graph, node) > 0) this.grown();
    if (node && !this.graph.hasNode(node)) return;
    if (node && !this.state.isVisible(node)) this.reveal(node);
    this.selected = node;
    this.setFocus();
    renderPanel(this.elements.panel, node, this);
    if (node && how.animate) this.flyTo(node);
    // A local graph knows a neighbour's links and statements once its own data is in: the panel is drawn again then.
    if (node && this.more)
      void this.more(node).then((changed) => {
        if (changed && this.selected === node) renderPanel(this.elements.panel, node, this);
      });
  }

  /** Moves the camera to a node and its visible neighbours, zoomed so that they fit beside the panel. */
  flyTo(node: string): void {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return;
    let [minX, maxX, minY, maxY] = [display.x, display.x, display.y, display.y];
    for (const neighbour of this.graph.neighbors(node)) {
      const other = this.sigma.getNodeDisplayData(neighbour);
      if (!other || !this.state.isVisible(neighbour)) continue;
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
      if (!this.state.isVisible(node)) return;
      const d = this.sigma.getNodeDisplayData(node);
      if (!d) return;
      [minX, maxX, minY, maxY] = [Math.min(minX, d.x), Math.max(maxX, d.x), Math.min(minY, d.y), Math.max(maxY, d.y)];
    });
    if (minX === Infinity) return;
    const ratio = Math.min(1, Math.max(0.05, Math.max(maxX - minX, maxY - minY) * 1.25));
    this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }

  /** A node chosen by name while filtered out: lift the filters that hide it rather than select something invisible. */
  private reveal(node: string): void {
    this.state.reveal(node);
    this.controls.sync();
    this.sigma.refresh();
    this.reframe();
    this.updateStatus();
  }

  /** Local graph: adds a node's own strongest neighbours (positions are the global layout's), its data loaded first. */
  async expand(node: string): Promise<void> {
    if (this.more) await this.more(node);
    const added = addNeighbourhood(this.model.graph, this.graph, node, this.focusNode ?? node);
    if (added > 0) {
      this.state.changed();
      this.sigma.refresh();
      this.reframe();
    }
    this.updateStatus();
    renderPanel(this.elements.panel, this.selected, this);
  }

  /** From the panel or the finder: select a node of the whole graph, bringing it into a local graph if needed. */
  async chooseNode(node: string): Promise<void> {
    if (!this.graph.hasNode(node) && this.mode === 'local' && this.model.graph.hasNode(node)) {
      // A link from the panel to an entity beyond the ring: expand the selected node, which holds it.
      if (this.selected) await this.expand(this.selected);
      if (!this.graph.hasNode(node)) return;
    }
    this.select(node, { animate: true });
  }

  /** The overview's counts (entities drawn, of how many), or null when the whole graph is drawn. */
  overviewCounts(): { shown: number; of: number } | null {
    return this.overview ? { shown: entityCount(this.graph), of: entityCount(this.model.graph) } : null;
  }

  /** Leaves the overview: every entity of the corpus is drawn. */
  showAll(): void {
    if (!this.overview) return;
    copyIn(this.model.graph, this.graph, this.model.graph.nodes());
    this.overview = false;
    this.grown();
  }

  /** Nodes were copied into the drawn graph. */
  private grown(): void {
    this.state.changed();
    this.sigma.refresh();
    // The frame grows to hold the nodes brought in, and their names are placed with the others'.
    this.reframe();
    this.updateStatus();
  }

  filtersChanged(): void {
    // A report chosen on an overview shows that report's whole picture.
    if (
      this.overview &&
      this.state.report !== ALL_REPORTS &&
      copyIn(this.model.graph, this.graph, reportEntities(this.model.graph, this.state.report)) > 0
    )
      this.state.changed();
    if (this.selected && !this.state.isVisible(this.selected)) this.select(null);
    this.setFocus();
    this.sigma.refresh();
    this.reframe();
    this.updateStatus();
  }

  private updateStatus(): void {
    const status = this.elements.status;
    if (!status) return;
    if (this.model.graph.order === 0) {
      status.textContent = L.empty;
      return;
    }
    if (this.mode === 'local' && this.focusNode) {
      const total =
        this.model.linkedEntities?.get(this.focusNode) ??
        this.model.graph.neighbors(this.focusNode).filter((n) => !OPTIONAL_KINDS.includes(this.model.graph.getNodeAttribute(n, 'kind')))
          .length;
      status.textContent = total === 0 ? L.noNeighbours : L.localShown(Math.min(total, this.graph.neighbors(this.focusNode).length), total);
      return;
    }
    const { nodes, edges } = this.state.counts();
    const overview = this.overviewCounts();
    status.textContent = overview ? `${L.overview(overview.shown, overview.of)} ${L.counts(nodes, edges)}` : L.counts(nodes, edges);
  }

  // ─── hooks for tests and benchmarks ────────────────────────────────────────

  /** Where a node is drawn, in CSS pixels relative to the stage; null when hidden. */
  nodeViewport(node: string): { x: number; y: number } | null {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display || display.hidden) return null;
    return this.sigma.framedGraphToViewport(display);
  }

  visibleNodes(): string[] {
    return this.graph.filterNodes((node) => this.state.isVisible(node));
  }

  get selection(): string | null {
    return this.selected;
  }
}
