// Which labels the graph draws: none overlapping another or a big node, none cut by the stage's edge, hubs first.
import { describe, expect, it } from 'vitest';
import {
  estimateLabelWidth,
  LABEL_OFFSET,
  placeLabels,
  type LabelCandidate,
  type LabelSide,
} from '../../src/client/graph/labelPlacement.ts';

const node = (id: string, x: number, y: number, radius: number, label = id): LabelCandidate => ({
  id,
  x,
  y,
  radius,
  width: estimateLabelWidth(label, 13),
  height: 16,
});

/** The text box of a placed label, as placeLabels lays it out. */
function box(c: LabelCandidate, side: LabelSide) {
  const { x, y, radius: r, width: w, height: h } = c;
  if (side === 'right') return { l: x + r + LABEL_OFFSET, t: y - h / 2, r: x + r + LABEL_OFFSET + w, b: y + h / 2 };
  if (side === 'left') return { l: x - r - LABEL_OFFSET - w, t: y - h / 2, r: x - r - LABEL_OFFSET, b: y + h / 2 };
  if (side === 'below') return { l: x - w / 2, t: y + r + 1, r: x + w / 2, b: y + r + 1 + h };
  return { l: x - w / 2, t: y - r - 1 - h, r: x + w / 2, b: y - r - 1 };
}
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;

describe('placeLabels', () => {
  it('names two hubs side by side, the second on another side, rather than drop one (as one label per grid cell did)', () => {
    // 中共东莞市委 and 东莞市: close enough to share a 120-pixel cell, too close for both labels on the right.
    const hubs = [node('中共东莞市委', 400, 300, 16), node('东莞市', 400, 330, 15)];
    const placed = placeLabels(hubs, { width: 800, height: 600 });
    expect([...placed.keys()].sort()).toEqual(['东莞市', '中共东莞市委'].sort());
    expect(overlap(box(hubs[0]!, placed.get('中共东莞市委')!), box(hubs[1]!, placed.get('东莞市')!))).toBe(false);
  });

  it('never lets two labels overlap, whatever the crowd, and labels the most important first', () => {
    // A dense cluster: 60 nodes on a 10-pixel grid, biggest first.
    const crowd: LabelCandidate[] = [];
    for (let i = 0; i < 60; i++) crowd.push(node(`整改措施${i}`, 300 + (i % 8) * 10, 200 + Math.floor(i / 8) * 10, 12 - i / 6));
    const placed = placeLabels(crowd, { width: 800, height: 600 });
    expect(placed.has('整改措施0')).toBe(true);
    expect(placed.size).toBeLessThan(crowd.length);
    const boxes = crowd.filter((c) => placed.has(c.id)).map((c) => box(c, placed.get(c.id)!));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('puts no label over a node at least as big as its own', () => {
    const big = node('党中央', 460, 300, 14);
    const small = node('李嘉', 420, 300, 6);
    const placed = placeLabels([small, big], { width: 800, height: 600 });
    const side = placed.get('李嘉');
    if (side) {
      const b = box(small, side);
      expect(b.l < big.x + big.radius && big.x - big.radius < b.r && b.t < big.y + big.radius && big.y - big.radius < b.b).toBe(false);
    }
    expect(placed.has('党中央')).toBe(true);
  });

  it('keeps labels on the stage: a node at the right edge is labelled on its left', () => {
    const edge = node('中国共产党巡视工作条例', 790, 300, 5);
    expect(placeLabels([edge], { width: 800, height: 600 }).get(edge.id)).toBe('left');
    expect(placeLabels([edge]).get(edge.id)).toBe('right');
  });

  it('depends only on the distances between nodes: moving the picture moves no label', () => {
    const nodes = [node('东莞市', 100, 100, 15), node('习近平', 130, 110, 15), node('党中央', 160, 95, 13), node('广东省', 110, 80, 9)];
    const moved = nodes.map((c) => ({ ...c, x: c.x + 250, y: c.y + 170 }));
    expect([...placeLabels(moved).entries()]).toEqual([...placeLabels(nodes).entries()]);
  });
});
