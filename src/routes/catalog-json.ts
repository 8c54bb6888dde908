import type { APIRoute } from 'astro';
import { loadCatalog } from '../loader/load-catalog';

/** `/catalog.json`: exactly the catalogue the loader validated. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadCatalog(), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
