import type { APIRoute } from 'astro';
import { foldPairs, foldScript } from '../../site/search/foldTable.ts';

// Traditional → simplified pairs for folding queries in the browser (src/client/search/foldQuery.ts).
export const GET: APIRoute = () => new Response(foldScript(foldPairs()), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
