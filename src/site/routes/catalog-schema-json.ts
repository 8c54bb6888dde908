import type { APIRoute } from 'astro';
import { publishedCatalogSchema } from '../published-catalog';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(publishedCatalogSchema(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
