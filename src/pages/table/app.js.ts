import type { APIRoute } from 'astro';
import { bundleClientScript } from '../../site/graph/bundleClientScript.ts';

// Sorting and filtering of the site's tables (src/client/table) as one classic script: module scripts do not run from disk.
export const GET: APIRoute = async () =>
  new Response(await bundleClientScript('src/client/table/main.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
