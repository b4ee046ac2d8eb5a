// Which node labels a graph view draws, and on which side of their node: sigma's label grid keeps one label per screen
// cell, so two hubs in one cell lose their names while labels in neighbouring cells run over each other. Here labels are
// placed one by one, most important first, right of the node if there is room, else left, below or above; a label that
// fits nowhere is left for hover and zoom: at the overview the hubs are named and legible, and zooming in spreads the
// nodes so that the minor ones get theirs.
// Pure (screen geometry in, a set of ids out): no DOM and no sigma, tested in node.

/** A node as drawn: its centre and radius on screen (CSS pixels) and the size of its label's text. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  radius: number;
  /** The label's width and height in pixels. */
  width: number;
  height: number;
}

interface Box {
  /** The node whose disc this is (its own label may touch it), and the disc's radius. */
  owner?: string;
  radius?: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Sigma draws a label starting this far right of its node's edge (drawDiscNodeLabel: x + size + 3). */
export const LABEL_OFFSET = 3;
/** The sides a label is tried on, in order (right is where sigma, and readers, expect it). */
export const LABEL_SIDES = ['right', 'left', 'below', 'above'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];
/** Room kept between two labels, so that two names never touch. */
const GAP = 2;
const CELL = 64;
/** Discs at least this big (radius, px) are never covered by another node's label: a hub stays in sight. */
export const OBSTACLE_RADIUS = 7;

/**
 * The labels to draw and their sides, from candidates in order of importance (most important first): a label goes on the
 * first side where its text box overlaps no label already placed, no disc of a node already labelled and no big disc;
 * failing that, where it covers only discs smaller than its own node's (a label may cover small dots: it is drawn on a
 * halo); failing that, nowhere. With a `stage`, a label must lie wholly on it.
 */
export function placeLabels(candidates: readonly LabelCandidate[], stage?: { width: number; height: number }): Map<string, LabelSide> {
  const placed = new Map<string, LabelSide>();
  const grid = new Map<string, Box[]>();
  const cellsOf = (box: Box): string[] => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++) {
      for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  // `strict`: every big disc blocks; otherwise only discs at least as big as the labelled node's own (a hub's name may
  // lie over a smaller node, never over a bigger one).
  const overlaps = (box: Box, c: LabelCandidate, strict: boolean) =>
    cellsOf(box).some((key) =>
      grid
        .get(key)
        ?.some((other) => other.owner !== c.id && (strict || !other.radius || other.radius >= c.radius) && intersect(box, other)),
    );
  const occupy = (box: Box) => {
    for (const key of cellsOf(box)) {
      const cell = grid.get(key);
      if (cell) cell.push(box);
      else grid.set(key, [box]);
    }
  };
  const usable = candidates.filter((c) => c.width > 0 && Number.isFinite(c.x) && Number.isFinite(c.y) && Number.isFinite(c.radius));
  const discOf = (c: LabelCandidate): Box => ({
    owner: c.id,
    radius: c.radius,
    left: c.x - c.radius,
    top: c.y - c.radius,
    right: c.x + c.radius,
    bottom: c.y + c.radius,
  });
  for (const c of usable) if (c.radius >= OBSTACLE_RADIUS) occupy(discOf(c));
  // A label cut by the stage's edge is no label: a side that leaves the stage is not taken (a node off the stage has none).
  const inside = (box: Box) => !stage || (box.left >= 0 && box.top >= 0 && box.right <= stage.width && box.bottom <= stage.height);
  const fit = (c: LabelCandidate, strict: boolean) =>
    LABEL_SIDES.find((side) => inside(labelBox(c, side)) && !overlaps(labelBox(c, side), c, strict));
  for (const c of usable) {
    // The second, relaxed pass lets a label cover discs smaller than its node: nothing to relax for a small node.
    const side = fit(c, true) ?? (c.radius >= OBSTACLE_RADIUS ? fit(c, false) : undefined);
    if (!side) continue;
    placed.set(c.id, side);
    occupy(labelBox(c, side));
    if (c.radius < OBSTACLE_RADIUS) occupy(discOf(c));
  }
  return placed;
}

/** Where a label on `side` of its node lies. */
function labelBox(c: LabelCandidate, side: LabelSide): Box {
  const { x, y, radius: r, width: w, height: h } = c;
  switch (side) {
    case 'right':
      return { left: x + r + LABEL_OFFSET, top: y - h / 2, right: x + r + LABEL_OFFSET + w, bottom: y + h / 2 };
    case 'left':
      return { left: x - r - LABEL_OFFSET - w, top: y - h / 2, right: x - r - LABEL_OFFSET, bottom: y + h / 2 };
    case 'below':
      return { left: x - w / 2, top: y + r + 1, right: x + w / 2, bottom: y + r + 1 + h };
    case 'above':
      return { left: x - w / 2, top: y - r - 1 - h, right: x + w / 2, bottom: y - r - 1 };
  }
}

function intersect(a: Box, b: Box): boolean {
  return a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;
}

/** Width of a label in pixels, estimated without a canvas: a Chinese character is one em, Latin letters and digits about 0.6. */
export function estimateLabelWidth(label: string, fontSize: number): number {
  let ems = 0;
  for (const ch of label) ems += /[\u0000-\u00ff]/.test(ch) ? 0.6 : 1;
  return ems * fontSize;
}

/** Where a label's halo lies: the text box of placeLabels, padded by this much on each side. */
export const HALO_PADDING = 2;
