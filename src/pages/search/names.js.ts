import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { buildNamesIndex, namesScript } from '../../site/search/namesIndex.ts';

// Every entity's name, as a script (loads from disk too): suggestions, exact-name ranking, and the offline search.
export const GET: APIRoute = () =>
  new Response(namesScript(buildNamesIndex(siteData().entities)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
