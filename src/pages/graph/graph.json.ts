import type { APIRoute } from 'astro';
import { graphJson } from '../../site/graph/graphData.ts';

// The graph page's data: nodes with build-time positions and the links between them (format: src/site/graph/compactGraph.ts).
export const GET: APIRoute = () => new Response(graphJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
