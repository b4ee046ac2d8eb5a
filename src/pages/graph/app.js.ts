import type { APIRoute } from 'astro';
import { bundleClientScript } from '../../site/graph/bundleClientScript.ts';

// The graph's browser code (sigma + src/client/graph) as one classic script, shared by the graph page and entity pages.
export const GET: APIRoute = async () =>
  new Response(await bundleClientScript('src/client/graph/main.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
