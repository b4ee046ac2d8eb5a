// Entry of graph/app.js (a classic script, bundled at build time): mounts every [data-kg-graph] element of the page,
// the graph page's whole graph or an entity page's local graph, from the positions computed at build time.
import { OPTIONAL_KINDS, type CompactGraph } from '../../site/graph/compactGraph.ts';
import { graphLabels as L } from '../../site/graph/labels.ts';
import { loadScript, rootFromScript } from '../search/siteRoot.ts';
import { decodeGraph, type GraphModel } from './graphModel.ts';
import { GraphView } from './graphView.ts';

declare global {
  interface Window {
    __KG_GRAPH__?: CompactGraph;
    __kgGraphViews?: GraphView[];
  }
}

const root = rootFromScript(document.currentScript);

/** JSON over http (parsed faster, cached); from disk fetch is forbidden, so the same data comes as a script. */
async function loadGraphData(): Promise<CompactGraph> {
  if (window.__KG_GRAPH__) return window.__KG_GRAPH__;
  if (root.protocol !== 'file:') {
    try {
      const response = await fetch(new URL('graph/graph.json', root));
      if (response.ok) return (await response.json()) as CompactGraph;
    } catch {
      // fall through to the script form
    }
  }
  await loadScript(new URL('graph/graph.js', root).href);
  if (!window.__KG_GRAPH__) throw new Error('graph data missing');
  return window.__KG_GRAPH__;
}

async function mount(): Promise<void> {
  const containers = [...document.querySelectorAll<HTMLElement>('[data-kg-graph]')];
  if (containers.length === 0) return;
  let model: GraphModel;
  try {
    model = decodeGraph(await loadGraphData());
  } catch {
    for (const container of containers) setStatus(container, L.loadFailed);
    return;
  }
  window.__kgGraphViews = [];
  for (const container of containers) {
    const mode = container.dataset.kgGraph === 'local' ? 'local' : 'full';
    const focus = container.dataset.focus;
    if (mode === 'local' && (!focus || !model.graph.hasNode(focus) || !model.graph.someNeighbor(focus, (_, a) => !OPTIONAL_KINDS.includes(a.kind)))) {
      // Nothing to draw around an unlinked entity: say so rather than show one lonely dot.
      setStatus(container, L.noNeighbours);
      container.querySelector('[data-kg-stage]')?.setAttribute('hidden', '');
      continue;
    }
    if (mode === 'full' && model.graph.order === 0) {
      setStatus(container, L.empty);
      continue;
    }
    window.__kgGraphViews.push(new GraphView(container, model, { mode, focus, root }));
  }
  document.documentElement.dataset.kgGraph = 'ready';
}

function setStatus(container: HTMLElement, text: string): void {
  const status = container.querySelector('[data-kg-status]');
  if (status) status.textContent = text;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void mount());
else void mount();
