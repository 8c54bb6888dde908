import type { APIRoute } from 'astro';
import { publishedCatalog } from '../published-catalog';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(publishedCatalog(), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
