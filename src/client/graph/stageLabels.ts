// What the stage frames and which names it draws: sigma fits every node of the data to the stage (hidden ones too, which
// left the shown core a small blot in the middle) and picks labels from a grid of screen cells (one per cell, so two hubs
// in one cell lose their names while labels of neighbouring cells run over each other). Here the frame is that of the
// nodes shown, and labels are placed by placeLabels: none overlapping, none off the stage, the most important first.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { EdgeData, NodeData, SiteGraph } from './graphModel.ts';
import { estimateLabelWidth, HALO_PADDING, placeLabels, type LabelCandidate, type LabelSide } from './labelPlacement.ts';
import type { ViewState } from './viewState.ts';

type Extent = { x: [number, number]; y: [number, number] };

/** Long names (regulations run to 30 characters) are cut on the canvas, where they would cover their neighbours. */
const LABEL_CHARS = 12;
export function shortLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}

export interface LabelStyle {
  font: string;
  size: number;
  weight: string;
}

export class StageLabels {
  /** The nodes whose labels are drawn, and on which side of the node. */
  labelled = new Map<string, LabelSide>();
  /** The labels of the whole picture with nothing focused, at one camera state (kept while the camera rests). */
  private overview: { at: CameraState; labels: Map<string, LabelSide> } | null = null;
  private frame: Extent | null = null;
  private readonly widths = new Map<string, number>();
  private measure: CanvasRenderingContext2D | null | undefined;

  /** `pinned`: a node always named first (an entity page's own entity); `sizeScale`: the view's node size factor. */
  constructor(
    private readonly sigma: Sigma<NodeData, EdgeData>,
    private readonly graph: SiteGraph,
    private readonly state: ViewState,
    private readonly style: LabelStyle,
    private readonly options: { pinned?: string; sizeScale: number },
  ) {}

  /**
   * Fits the stage to the nodes shown: `reset` exactly to them, otherwise only growing, so that hiding nodes never moves
   * the others under the reader's eyes. True when the frame changed (sigma must then process the graph again).
   */
  fitShown(reset: boolean): boolean {
    this.overview = null;
    let next: Extent | null = null;
    this.graph.forEachNode((node, attr) => {
      if (!this.state.isVisible(node)) return;
      if (!next) next = { x: [attr.x, attr.x], y: [attr.y, attr.y] };
      else grow(next, { x: [attr.x, attr.x], y: [attr.y, attr.y] });
    });
    const shown = next as Extent | null;
    if (!shown) return false;
    if (this.frame && !reset) grow(shown, this.frame);
    if (this.frame && sameExtent(shown, this.frame)) return false;
    this.frame = shown;
    this.sigma.setCustomBBox(shown);
    return true;
  }

  /** The overview's labels are placed again at the next `choose` (the camera moved or the nodes shown changed). */
  invalidate(): void {
    this.overview = null;
  }

  /** Whether the overview's labels were placed for this camera state. */
  placedFor(camera: CameraState): boolean {
    return this.overview !== null && sameCamera(this.overview.at, camera);
  }

  /**
   * Chooses the labels drawn: with a node focused, among it and its `neighbours` (it first, then its `strongest` links);
   * otherwise among every node shown, the biggest dots first, hubs before leaves among equals.
   */
  choose(focus: string | null, neighbours: ReadonlySet<string>, strongest: ReadonlySet<string>): void {
    const camera = this.sigma.getCamera().getState();
    if (!focus && this.placedFor(camera)) {
      this.labelled = this.overview!.labels;
      return;
    }
    const candidates: (LabelCandidate & { priority: number; degree: number })[] = [];
    this.graph.forEachNode((node, attr) => {
      if (!this.state.isVisible(node) || (focus && node !== focus && !neighbours.has(node))) return;
      // From the node's own attributes: sigma's display data hold raw coordinates between a refresh and its render.
      const at = this.sigma.graphToViewport(attr);
      const size = attr.size * this.options.sizeScale;
      const first = node === focus || node === this.options.pinned;
      candidates.push({
        id: node,
        x: at.x,
        y: at.y,
        radius: this.sigma.scaleSize(size),
        // The focused node shows its whole name.
        width: this.labelWidth(node === focus ? attr.label : shortLabel(attr.label)) + 2 * HALO_PADDING,
        height: this.style.size * 1.2 + 2 * HALO_PADDING,
        priority: first ? Infinity : strongest.has(node) ? 1e6 + size : size,
        degree: this.graph.degree(node),
      });
    });
    candidates.sort((a, b) => b.priority - a.priority || b.degree - a.degree || (a.id < b.id ? -1 : 1));
    const { width, height } = this.sigma.getDimensions();
    this.labelled = placeLabels(candidates, { width, height });
    if (!focus) this.overview = { at: camera, labels: this.labelled };
  }

  /** The width of a label as drawn (measured with the label font; estimated where no canvas measures). */
  private labelWidth(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      this.measure ??= document.createElement('canvas').getContext('2d');
      if (this.measure) {
        this.measure.font = `${this.style.weight} ${this.style.size}px ${this.style.font}`;
        width = this.measure.measureText(text).width;
      }
      if (!width) width = estimateLabelWidth(text, this.style.size);
      this.widths.set(text, width);
    }
    return width;
  }
}

function grow(extent: Extent, other: Extent): void {
  extent.x = [Math.min(extent.x[0], other.x[0]), Math.max(extent.x[1], other.x[1])];
  extent.y = [Math.min(extent.y[0], other.y[0]), Math.max(extent.y[1], other.y[1])];
}

function sameExtent(a: Extent, b: Extent): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}

function sameCamera(a: CameraState, b: CameraState): boolean {
  return a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;
}
