// The graph page and an entity page's local graph in chromium, on the site built from data/reports under /kg/.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/chromium.ts';
import { inkShare, newPage, openSite, waitForGraph, type OpenSite } from './browserSite.ts';

const run = hasChromium();
let open: OpenSite;

beforeAll(async () => {
  if (run) open = await openSite();
});
afterAll(async () => {
  await open?.close();
});

interface NodeInfo {
  id: string;
  label: string;
  kind: string;
}

/** The most-mentioned place of the graph (the report's city or town), and how to reach it on screen. */
const biggestPlace = (): NodeInfo => {
  const view = (window as any).__kgGraphViews[0];
  let best: NodeInfo | null = null;
  let mentions = -1;
  view.graph.forEachNode((id: string, a: any) => {
    if (a.kind === 'place' && a.mentions > mentions && view.graph.degree(id) > 0) {
      best = { id, label: a.label, kind: a.kind };
      mentions = a.mentions;
    }
  });
  return best!;
};

describe.skipIf(!run)('the graph page', () => {
  it('draws the graph: the canvas is not blank, and no script fails', async () => {
    const { page, errors } = await newPage(open.browser);
    await page.goto(`${open.url}graph/`);
    await waitForGraph(page);
    await page.waitForTimeout(300);
    const stage = page.locator('[data-kg-stage]');
    const share = await inkShare(page, await stage.screenshot());
    expect(share).toBeGreaterThan(0.01);
    const counts = await page.evaluate(() => ({
      nodes: (window as any).__kgGraphViews[0].graph.order,
      labels: document.querySelector('[data-kg-status]')!.textContent,
    }));
    expect(counts.nodes).toBeGreaterThan(20);
    expect(counts.labels).toMatch(/显示 \d+ 个节点/);
    // One report: the file leaves edge reports out, and every link is decoded as read in it (so the report filter keeps it).
    const edgeReports = await page.evaluate(() => {
      const view = (window as any).__kgGraphViews[0];
      const seen = new Set<string>();
      view.graph.forEachEdge((_: string, a: any) => seen.add(JSON.stringify(a.reports)));
      return [...seen];
    });
    expect(edgeReports).toEqual(['[0]']);
    await page.screenshot({ path: path.join(open.site.dist, '..', 'graph-page.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names every hub at the overview, and draws no label over another', async () => {
    const { page } = await newPage(open.browser);
    await page.goto(`${open.url}graph/`);
    await waitForGraph(page);
    const drawn = await page.evaluate(() => {
      const view = (window as any).__kgGraphViews[0];
      const shown: { label: string; size: number }[] = view
        .visibleNodes()
        .map((n: string) => ({ label: view.graph.getNodeAttribute(n, 'label'), size: view.graph.getNodeAttribute(n, 'size') }));
      shown.sort((a, b) => b.size - a.size);
      // What sigma drew on its label canvas this frame (forced labels only: its grid offers none).
      const labelled: string[] = [...view.sigma.displayedNodeLabels].map((n: string) => view.graph.getNodeAttribute(n, 'label'));
      return { hubs: shown.slice(0, 8).map((s) => s.label), labelled, shown: shown.length };
    });
    // Before: one label per 120-pixel cell, so 习近平, 东莞市 and 党中央 (three of the five biggest dots) had none.
    expect(drawn.labelled).toEqual(expect.arrayContaining(drawn.hubs));
    expect(drawn.labelled.length).toBeGreaterThan(20);
    expect(drawn.labelled.length).toBeLessThan(drawn.shown);
    await page.close();
  });

  it('fades all but a hovered node and its neighbours, and opens the panel on click', async () => {
    const { page } = await newPage(open.browser);
    await page.goto(`${open.url}graph/`);
    await waitForGraph(page);
    const node = await page.evaluate(biggestPlace);
    const box = (await page.locator('[data-kg-stage]').boundingBox())!;
    const at = await page.evaluate((id) => (window as any).__kgGraphViews[0].nodeViewport(id), node.id);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    // The hover refresh runs on the next frame: poll until it has.
    const colours = () =>
      page.evaluate((id) => {
        const view = (window as any).__kgGraphViews[0];
        const neighbours = new Set(view.graph.neighbors(id));
        const other = view.graph.findNode((n: string) => n !== id && !neighbours.has(n) && view.isVisible(n));
        // A neighbour through a link the filters show (co-occurrence, off by default, links nothing).
        const [neighbour] = view.state.focus(id).neighbours;
        return {
          other: other ? view.sigma.getNodeDisplayData(other).color : '#e6e8eb',
          neighbour: view.sigma.getNodeDisplayData(neighbour).color,
        };
      }, node.id);
    await expect.poll(async () => (await colours()).other).toBe('#e6e8eb');
    expect((await colours()).neighbour).not.toBe('#e6e8eb');

    await page.mouse.click(box.x + at.x, box.y + at.y);
    const panel = page.locator('[data-kg-panel]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await page.locator('#kg-panel-title').textContent()).toBe(node.label);
    expect(await panel.locator('.kg-link').count()).toBeGreaterThan(0);
    // The panel's link leads to the entity's page.
    await panel.locator('[data-kg-open]').click();
    await page.waitForLoadState('load');
    expect(page.url()).toContain('/kg/entity/place/');
    expect(await page.locator('h1').textContent()).toContain(node.label);
    await page.close();
  });

  it('hides the nodes of a type when its box is unticked', async () => {
    const { page } = await newPage(open.browser);
    await page.goto(`${open.url}graph/`);
    await waitForGraph(page);
    const before = await page.evaluate(() => (window as any).__kgGraphViews[0].visibleNodes().length);
    await page.locator('input[name="kind"][value="place"]').uncheck();
    const after = await page.evaluate(() => {
      const view = (window as any).__kgGraphViews[0];
      const visible: string[] = view.visibleNodes();
      const place = view.graph.findNode((_: string, a: any) => a.kind === 'place');
      return {
        count: visible.length,
        places: visible.filter((n) => view.graph.getNodeAttribute(n, 'kind') === 'place').length,
        hidden: view.sigma.getNodeDisplayData(place).hidden,
      };
    });
    expect(after.places).toBe(0);
    expect(after.count).toBeLessThan(before);
    expect(after.hidden).toBe(true);
    await page.close();
  });

  it('finds a node by name from Chinese suggestions and zooms to it', async () => {
    const { page } = await newPage(open.browser);
    await page.goto(`${open.url}graph/`);
    await waitForGraph(page);
    await page.locator('input.kg-find').fill('大朗');
    const suggestion = page.locator('.kg-suggestion', { hasText: '大朗镇' }).first();
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    await page.locator('input.kg-find').press('Enter');
    await page.waitForTimeout(900);
    const state = await page.evaluate(() => {
      const view = (window as any).__kgGraphViews[0];
      const stage = document.querySelector('[data-kg-stage]')!.getBoundingClientRect();
      const at = view.nodeViewport(view.selection);
      return {
        label: view.graph.getNodeAttribute(view.selection, 'label'),
        ratio: view.sigma.getCamera().ratio,
        at,
        width: stage.width,
        height: stage.height,
      };
    });
    expect(state.label).toBe('大朗镇');
    expect(state.ratio).toBeLessThan(1);
    expect(state.at.x).toBeGreaterThan(0);
    expect(state.at.x).toBeLessThan(state.width);
    expect(state.at.y).toBeGreaterThan(0);
    expect(state.at.y).toBeLessThan(state.height);
    expect(await page.locator('#kg-panel-title').textContent()).toBe('大朗镇');
    await page.close();
  });

  it('shows measures on demand, and colours by community', async () => {
    const { page, errors } = await newPage(open.browser);
    await page.goto(`${open.url}graph/`);
    await waitForGraph(page);
    const measures = page.locator('input[name="kind"][value="measure"]');
    if ((await measures.count()) > 0) {
      expect(await measures.isChecked()).toBe(false);
      await measures.check();
      const shown = await page.evaluate(() => {
        const view = (window as any).__kgGraphViews[0];
        return view.visibleNodes().filter((n: string) => view.graph.getNodeAttribute(n, 'kind') === 'measure').length;
      });
      expect(shown).toBeGreaterThan(0);
    }
    await page.locator('input[name="kg-colour"][value="community"]').check();
    expect(await page.locator('.kg-communities li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!run)("an entity page's local graph", () => {
  it('draws the entity and its neighbours, and expands a neighbour on demand', async () => {
    const { page, errors } = await newPage(open.browser);
    await page.goto(`${open.url}search/?q=${encodeURIComponent('大朗镇')}`);
    await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done');
    await page.locator('.kg-result-title', { hasText: '大朗镇' }).first().click();
    await page.waitForLoadState('load');
    // The local graph loads when it comes into view.
    await page.locator('.kg-local').scrollIntoViewIfNeeded();
    await waitForGraph(page);
    await page.waitForTimeout(300);
    const local = page.locator('.kg-local');
    expect(await inkShare(page, await local.locator('[data-kg-stage]').screenshot())).toBeGreaterThan(0.005);
    const before = await page.evaluate(() => (window as any).__kgGraphViews[0].graph.order);
    expect(before).toBeGreaterThan(1);
    // Expand the most mentioned neighbour (its own data, loaded on demand, brings its links); the next if it brings none.
    const grown = await page.evaluate(async () => {
      const view = (window as any).__kgGraphViews[0];
      const focus = document.querySelector<HTMLElement>('.kg-local')!.dataset.focus!;
      const mentions = (n: string) => view.model.graph.getNodeAttribute(n, 'mentions');
      const order = view.graph.order;
      for (const neighbour of view.graph.neighbors(focus).sort((a: string, b: string) => mentions(b) - mentions(a))) {
        view.select(neighbour);
        await view.expand(neighbour);
        if (view.graph.order > order) break;
      }
      return view.graph.order;
    });
    expect(grown).toBeGreaterThan(before);
    await local.screenshot({ path: path.join(open.site.dist, '..', 'local-graph.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!run)('page weight', () => {
  it("an entity page loads its own graph data, not the whole graph's, and only when its local graph comes near the viewport", async () => {
    const { page } = await newPage(open.browser);
    await page.setViewportSize({ width: 1280, height: 400 });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${open.url}search/?q=${encodeURIComponent('东莞市')}`);
    await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done');
    const href = await page.locator('.kg-result[data-kind="entity"] .kg-result-title').first().getAttribute('href');
    requested.length = 0;
    await page.goto(href!);
    await page.waitForTimeout(500);
    const far = await page.evaluate(() => document.querySelector('.kg-local')!.getBoundingClientRect().top > window.innerHeight + 400);
    expect(far).toBe(true); // 东莞市's page holds many mentions above its graph
    const graphData = () => requested.filter((p) => p.endsWith('/graph.js') || p.endsWith('/graph.json'));
    expect(graphData()).toEqual([]);
    await page.locator('.kg-local').scrollIntoViewIfNeeded();
    await waitForGraph(page);
    expect(graphData()).toEqual([new URL('graph.js', href!).pathname]);
    await page.close();
  });
});

describe.skipIf(!run)('the graph opened from disk (file://)', () => {
  it('still draws: data and code load as classic scripts', async () => {
    const { page, errors } = await newPage(open.browser);
    await page.goto(pathToFileURL(path.join(open.site.dist, 'graph', 'index.html')).href);
    await waitForGraph(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__kgGraphViews[0].graph.order)).toBeGreaterThan(20);
    expect(await inkShare(page, await page.locator('[data-kg-stage]').screenshot())).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws an entity page's local graph from the entity's own data, and expands a neighbour from its own", async () => {
    const { page, errors } = await newPage(open.browser);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    const dalang = fs.readdirSync(path.join(open.site.dist, 'entity', 'place')).find((d) => d.startsWith('da-lang-zhen'))!;
    await page.goto(pathToFileURL(path.join(open.site.dist, 'entity', 'place', dalang, 'index.html')).href);
    await page.locator('.kg-local').scrollIntoViewIfNeeded();
    await waitForGraph(page);
    const order = () => page.evaluate(() => (window as any).__kgGraphViews[0].graph.order as number);
    const before = await order();
    expect(before).toBeGreaterThan(1);
    await page.evaluate(async () => {
      const view = (window as any).__kgGraphViews[0];
      const focus = document.querySelector<HTMLElement>('.kg-local')!.dataset.focus!;
      await view.expand(view.graph.neighbors(focus).find((n: string) => n !== focus));
    });
    expect(loaded.filter((u) => u.endsWith('/graph.json') || u.endsWith('/graph/graph.js'))).toEqual([]);
    expect(loaded.filter((u) => u.endsWith('/graph.js')).length).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!run)('a local graph of two nodes', () => {
  let open: OpenSite;
  beforeAll(async () => {
    open = await openSite();
  });
  afterAll(async () => {
    await open?.close();
  });

  it('draws both nodes with room for their labels on the stage', async () => {
    const fs = await import('node:fs');
    const graph = JSON.parse(fs.readFileSync(path.join(open.site.dist, 'graph', 'graph.json'), 'utf8'));
    const types = ['person', 'place', 'organization', 'regulation', 'campaign'];
    const degree = new Map<number, number>();
    for (let i = 0; i < graph.e.length; i += 4) {
      if (graph.e[i + 3] & 48) continue;
      for (const k of [graph.e[i], graph.e[i + 1]]) degree.set(k, (degree.get(k) ?? 0) + 1);
    }
    const index = [...degree].find(([k, d]) => d === 1 && types[graph.n[k][2]] && degree.get(k) === 1)?.[0];
    expect(index, 'an entity with exactly one linked entity').toBeDefined();
    const [id, , kind] = graph.n[index!];
    const { page } = await newPage(open.browser);
    await page.goto(`${open.url}entity/${types[kind]}/${id.slice(id.indexOf(':') + 1)}/`);
    await page.locator('.kg-local-section').scrollIntoViewIfNeeded();
    await waitForGraph(page);
    await page.waitForTimeout(500);
    const placed = await page.evaluate(() => {
      const view = (window as any).__kgGraphViews[0];
      const width = document.querySelector('.kg-local [data-kg-stage]')!.getBoundingClientRect().width;
      return { width, nodes: view.graph.mapNodes((n: string, a: any) => ({ ...view.nodeViewport(n), label: a.label })) };
    });
    expect(placed.nodes).toHaveLength(2);
    // A label is drawn to the right of its node, about 13 px per character (at most 12 shown).
    for (const n of placed.nodes) expect(n.x + 12 + Math.min(n.label.length, 12) * 13, n.label).toBeLessThanOrEqual(placed.width);
    await page.close();
  });
});
