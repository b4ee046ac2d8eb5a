import type { APIRoute } from 'astro';
import { bundleClientScript } from '../../site/graph/bundleClientScript.ts';

// The reader's script (src/client/reader) as one classic script: module scripts do not run from disk.
export const GET: APIRoute = async () =>
  new Response(await bundleClientScript('src/client/reader/main.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
