// What a graph view shows, apart from drawing it: the filters (types, report, minimum link weight, colouring),
// which nodes and links they leave visible, and the neighbours of a focused node. No DOM and no sigma: tested in node.
import { EDGE_KIND, NODE_KINDS, OPTIONAL_KINDS, type NodeKind } from '../../site/graph/compactGraph.ts';
import { strongestNeighbours, type EdgeData, type SiteGraph } from './graphModel.ts';
import { ALL_REPORTS, inReport, strongestLinks } from './reportFilter.ts';

export type ViewMode = 'full' | 'local';
export type ColourBy = 'type' | 'community';

/** Links of an entity to a measure or report: shown with their ends, whatever the link kinds. */
const STRUCTURAL = EDGE_KIND.appearsIn | EDGE_KIND.inReport;
const ALL_LINK_KINDS = Object.values(EDGE_KIND).reduce((all, bit) => all | bit, 0);

/** Neighbours of a focused node labelled at once; the rest show their labels on hover. */
const FOCUS_LABELS = 10;

export class ViewState {
  readonly kindsOn = new Set<NodeKind>(NODE_KINDS.filter((k) => !OPTIONAL_KINDS.includes(k)));
  report = ALL_REPORTS;
  minWeight = 1;
  /** Kinds of link shown (EDGE_KIND bits): on the whole graph, same-clause co-occurrence is off until asked for. */
  linkKindsOn: number;
  colourBy: ColourBy = 'type';
  /**
   * Entities linked to no other entity: hidden in the whole graph until asked for. Drawn, they made a ring of dozens of
   * dots around the picture, which says nothing but "named once".
   */
  showUnlinked = false;
  private readonly visibility = new Map<string, boolean>();
  /** Strongest entity–entity link of each node under the report filter, so the weight filter can hide nodes left without links. */
  private strongestLink = new Map<string, number>();

  /** `graph`: the graph drawn (the whole one, or a local graph that `expand` grows). */
  constructor(
    readonly graph: SiteGraph,
    readonly mode: ViewMode,
  ) {
    this.linkKindsOn = mode === 'full' ? ALL_LINK_KINDS & ~EDGE_KIND.cooccurs : ALL_LINK_KINDS;
    this.changed();
  }

  /** After any change of the filters or of the graph: visibility is recomputed on demand. */
  changed(): void {
    this.visibility.clear();
    this.strongestLink = strongestLinks(this.graph, this.mode === 'local' ? ALL_REPORTS : this.report);
  }

  setKind(kind: NodeKind, on: boolean): void {
    if (on) this.kindsOn.add(kind);
    else this.kindsOn.delete(kind);
    this.changed();
  }

  setLinkKind(bit: number, on: boolean): void {
    this.linkKindsOn = on ? this.linkKindsOn | bit : this.linkKindsOn & ~bit;
    this.changed();
  }

  setReport(report: number): void {
    this.report = report;
    this.changed();
  }

  setShowUnlinked(show: boolean): void {
    this.showUnlinked = show;
    this.changed();
  }

  /** Entities of the drawn graph with no link to another entity (under the report filter). */
  unlinkedCount(): number {
    return this.graph.filterNodes((n, a) => !OPTIONAL_KINDS.includes(a.kind) && !this.strongestLink.has(n)).length;
  }

  setMinWeight(weight: number): void {
    this.minWeight = weight;
    this.changed();
  }

  /** Whether the filters show a node; cached per filter state, since the reducers ask for every node and edge each frame. */
  isVisible(node: string): boolean {
    // A node of the whole graph that an overview does not hold (yet).
    if (!this.graph.hasNode(node)) return false;
    let visible = this.visibility.get(node);
    if (visible === undefined) {
      visible = this.computeVisible(node);
      this.visibility.set(node, visible);
    }
    return visible;
  }

  private computeVisible(node: string): boolean {
    if (this.mode === 'local') return true;
    const attr = this.graph.getNodeAttributes(node);
    if (!this.kindsOn.has(attr.kind)) return false;
    if (!inReport(attr.reports, this.report)) return false;
    if (!OPTIONAL_KINDS.includes(attr.kind)) {
      const strongest = this.strongestLink.get(node);
      if (strongest === undefined && !this.showUnlinked) return false;
      if (this.minWeight > 1 && (strongest ?? 0) < this.minWeight) return false;
    }
    return true;
  }

  edgeVisible(edge: string, attr: EdgeData): boolean {
    const [source, target] = this.graph.extremities(edge);
    if (!this.isVisible(source) || !this.isVisible(target)) return false;
    return this.linkShown(attr);
  }

  /** A node chosen by name while filtered out: the filters that hide it are lifted rather than select something invisible. */
  reveal(node: string): void {
    const attr = this.graph.getNodeAttributes(node);
    this.kindsOn.add(attr.kind);
    if (!inReport(attr.reports, this.report)) this.report = ALL_REPORTS;
    this.changed();
    if (!OPTIONAL_KINDS.includes(attr.kind) && !this.strongestLink.has(node)) this.showUnlinked = true;
    if ((this.strongestLink.get(node) ?? 0) < this.minWeight) this.minWeight = 1;
    this.changed();
  }

  /** The visible neighbours of a focused node (through a link the filters show), and those of them labelled at once. */
  focus(node: string | null): { neighbours: Set<string>; labelled: Set<string> } {
    const neighbours = new Set<string>();
    if (!node) return { neighbours, labelled: new Set() };
    this.graph.forEachEdge(node, (_, attr, source, target) => {
      const other = source === node ? target : source;
      if (this.isVisible(other) && this.linkShown(attr)) neighbours.add(other);
    });
    // Labels of all a hub's neighbours would pile up around it: the strongest links are labelled, the rest on hover.
    const labelled = new Set(
      strongestNeighbours(this.graph, node, (n) => neighbours.has(n))
        .slice(0, FOCUS_LABELS)
        .map((l) => l.id),
    );
    return { neighbours, labelled };
  }

  /**
   * The neighbours a node's panel lists, strongest first, from the whole graph (`whole`), through the links the filters
   * show (kinds switched on, the minimum weight, the report): in the whole graph only neighbours the filters show (a hidden
   * type's nodes are not offered); in a local graph every entity, measures and reports left out. Each link's `kinds` keeps
   * only the kinds switched on, so the panel never names one the picture hides (same-clause co-occurrence, by default).
   */
  listedNeighbours(whole: SiteGraph, node: string) {
    // An overview lists the neighbours it does not draw yet too: choosing one brings it in.
    const entity = (n: string) => !OPTIONAL_KINDS.includes(whole.getNodeAttribute(n, 'kind'));
    const listed = (n: string) =>
      this.mode === 'full'
        ? this.graph.hasNode(n)
          ? this.isVisible(n)
          : entity(n) && this.kindsOn.has(whole.getNodeAttribute(n, 'kind'))
        : entity(n);
    return strongestNeighbours(whole, node, (n, attr) => listed(n) && this.linkShown(attr)).map((link) => ({
      ...link,
      kinds: link.kinds & (this.linkKindsOn | STRUCTURAL),
    }));
  }

  /** Whether the link filters (kind, weight, report) let a link between two shown nodes through. */
  private linkShown(attr: EdgeData): boolean {
    if (this.mode === 'full' && !inReport(attr.reports, this.report)) return false;
    if (attr.kinds & STRUCTURAL) return true;
    return (attr.kinds & this.linkKindsOn) !== 0 && attr.weight >= this.minWeight;
  }

  /** Nodes and links the filters leave visible. */
  counts(): { nodes: number; edges: number } {
    let nodes = 0;
    let edges = 0;
    this.graph.forEachNode((node) => {
      if (this.isVisible(node)) nodes++;
    });
    this.graph.forEachEdge((edge, attr) => {
      if (this.edgeVisible(edge, attr)) edges++;
    });
    return { nodes, edges };
  }
}
