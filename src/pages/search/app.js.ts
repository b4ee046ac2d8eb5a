import type { APIRoute } from 'astro';
import { bundleClientScript } from '../../site/graph/bundleClientScript.ts';

// The search's browser code (header box and search page) as one classic script: it also runs from disk.
export const GET: APIRoute = async () =>
  new Response(await bundleClientScript('src/client/search/main.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
