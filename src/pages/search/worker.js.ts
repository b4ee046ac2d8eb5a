import type { APIRoute } from 'astro';
import { bundleClientScript } from '../../site/graph/bundleClientScript.ts';

// The full-text search's worker (src/client/search/searchWorker.ts): the search page starts one per core.
export const GET: APIRoute = async () =>
  new Response(await bundleClientScript('src/client/search/searchWorker.ts'), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
