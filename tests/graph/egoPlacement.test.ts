import { describe, expect, it } from 'vitest';
import { outwardArc, placeRing } from '../../src/client/graph/egoPlacement.ts';

describe("placeRing (an entity page's local graph)", () => {
  const members = [
    { id: 'east', gx: 10, gy: 0, weight: 1 },
    { id: 'north', gx: 0, gy: 10, weight: 5 },
    { id: 'west', gx: -10, gy: 0, weight: 1 },
    { id: 'south', gx: 0, gy: -10, weight: 1 },
  ];
  const placed = placeRing({ x: 0, y: 0 }, { gx: 0, gy: 0 }, members);

  it('puts every neighbour on a ring around the entity, none on another', () => {
    expect(placed.size).toBe(4);
    const spots = new Set([...placed.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(spots.size).toBe(4);
    for (const p of placed.values()) expect(Math.hypot(p.x, p.y)).toBeGreaterThan(50);
  });

  it('keeps the directions of the global layout and draws stronger links nearer', () => {
    expect(placed.get('east')!.x).toBeGreaterThan(0);
    expect(placed.get('west')!.x).toBeLessThan(0);
    expect(placed.get('north')!.y).toBeGreaterThan(0);
    const r = (id: string) => Math.hypot(placed.get(id)!.x, placed.get(id)!.y);
    expect(r('north')).toBeLessThan(r('east'));
  });

  it("fans an expanded node's neighbours outwards, away from the centre", () => {
    const at = { x: 100, y: 0 };
    const arc = outwardArc({ x: 0, y: 0 }, at, 3);
    const more = placeRing(at, { gx: 0, gy: 0 }, members.slice(0, 3), { radius: 70, arc });
    for (const p of more.values()) expect(p.x).toBeGreaterThan(at.x);
  });

  it('places nothing for no neighbours', () => {
    expect(placeRing({ x: 0, y: 0 }, { gx: 0, gy: 0 }, []).size).toBe(0);
  });
});
