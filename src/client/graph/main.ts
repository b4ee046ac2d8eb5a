// Entry of graph/app.js (a classic script, bundled at build time): mounts every [data-kg-graph] element of the page,
// the graph page's whole graph or an entity page's local graph (from the entity's own file: localData.ts), from the
// positions computed at build time.
import { OPTIONAL_KINDS, type CompactGraph } from '../../site/graph/compactGraph.ts';
import { graphLabels as L } from '../../site/graph/labels.ts';
import { loadScript, rootFromScript } from '../search/siteRoot.ts';
import type { EntityType } from '../../types.ts';
import { decodeGraph, type GraphModel } from './graphModel.ts';
import { GraphView } from './graphView.ts';
import { LocalModel } from './localData.ts';

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

let model: Promise<GraphModel> | undefined;
const loadModel = () => (model ??= loadGraphData().then(decodeGraph));

/**
 * The graph page draws at once; an entity page's local graph only when it comes near the viewport, so a reader who
 * never scrolls to it does not download its data.
 */
function mountAll(): void {
  const containers = [...document.querySelectorAll<HTMLElement>('[data-kg-graph]')];
  window.__kgGraphViews = [];
  const lazy = containers.filter((c) => c.dataset.kgGraph === 'local' && 'IntersectionObserver' in window);
  for (const container of containers) if (!lazy.includes(container)) void mount(container);
  if (lazy.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void mount(entry.target as HTMLElement);
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const container of lazy) observer.observe(container);
}

async function mount(container: HTMLElement): Promise<void> {
  const mode = container.dataset.kgGraph === 'local' ? 'local' : 'full';
  const focus = container.dataset.focus;
  let graphModel: GraphModel;
  let local: LocalModel | undefined;
  try {
    if (mode === 'local' && focus) {
      local = await LocalModel.load(root, container.dataset.type as EntityType, focus);
      graphModel = local.model;
    } else graphModel = await loadModel();
  } catch {
    setStatus(container, L.loadFailed);
    return;
  }
  const graph = graphModel.graph;
  if (mode === 'local' && (!focus || !graph.hasNode(focus) || !graph.someNeighbor(focus, (_, a) => !OPTIONAL_KINDS.includes(a.kind)))) {
    // Nothing to draw around an unlinked entity: say so rather than show one lonely dot.
    setStatus(container, L.noNeighbours);
    container.querySelector('[data-kg-stage]')?.setAttribute('hidden', '');
  } else if (mode === 'full' && graph.order === 0) {
    setStatus(container, L.empty);
  } else {
    window.__kgGraphViews!.push(new GraphView(container, graphModel, { mode, focus, root, more: local && ((node) => local.more(node)) }));
  }
  document.documentElement.dataset.kgGraph = 'ready';
}

function setStatus(container: HTMLElement, text: string): void {
  const status = container.querySelector('[data-kg-status]');
  if (status) status.textContent = text;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
