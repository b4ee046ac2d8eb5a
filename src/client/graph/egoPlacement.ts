// Where an entity page's local graph puts its nodes: the entity in the middle, its neighbours on a ring (stronger
// links nearer), in the order of their directions in the global layout, so the picture keeps the global map's
// orientation without the global map's distances (a hub's neighbours are spread across the whole corpus).
// This only arranges a few dozen nodes on circles; the layout proper is computed at build time.

export interface Placed {
  x: number;
  y: number;
}

export interface RingMember {
  id: string;
  /** Position in the global layout. */
  gx: number;
  gy: number;
  weight: number;
}

const RADIUS = 100;

/**
 * Neighbours around `centre`. `around` is the global position of the node they belong to; `arc` limits them to a
 * sector (radians, [from, to]) when a neighbour is expanded outwards.
 */
export function placeRing(
  centre: Placed,
  around: { gx: number; gy: number },
  members: RingMember[],
  options: { radius?: number; arc?: [number, number] } = {},
): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  if (members.length === 0) return placed;
  const radius = options.radius ?? RADIUS;
  const maxWeight = Math.max(...members.map((m) => m.weight), 1);
  const angleOf = (m: RingMember) => Math.atan2(m.gy - around.gy, m.gx - around.gx);
  const ordered = [...members].sort((a, b) => angleOf(a) - angleOf(b) || (a.id < b.id ? -1 : 1));
  const [from, to] = options.arc ?? [angleOf(ordered[0]!), angleOf(ordered[0]!) + 2 * Math.PI];
  const full = !options.arc;
  const step = (to - from) / (full ? ordered.length : Math.max(ordered.length - 1, 1));
  ordered.forEach((member, i) => {
    const angle = ordered.length === 1 && !full ? (from + to) / 2 : from + step * i;
    // Alternate radii a little so that labels of neighbours on a crowded ring do not sit on one line.
    const r = radius * (1 - 0.3 * (member.weight / maxWeight)) * (ordered.length > 12 && i % 2 ? 1.18 : 1);
    placed.set(member.id, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  });
  return placed;
}

/** The sector facing away from the centre, for the neighbours of an expanded node at `at`. */
export function outwardArc(centre: Placed, at: Placed, count: number): [number, number] {
  const direction = at.x === centre.x && at.y === centre.y ? 0 : Math.atan2(at.y - centre.y, at.x - centre.x);
  const half = Math.min(Math.PI / 2, 0.18 * count + 0.2);
  return [direction - half, direction + half];
}
