import type { APIRoute } from 'astro';
import { graphScript } from '../../site/graph/buildGraphAssets.ts';
import { graphJson } from '../../site/graph/graphData.ts';

// The same data as graph.json, loadable as a classic script: a site opened from disk (file://) cannot fetch.
export const GET: APIRoute = () => new Response(graphScript(graphJson()), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
