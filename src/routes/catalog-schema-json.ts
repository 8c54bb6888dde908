import type { APIRoute } from 'astro';
import { catalogSchema } from '../lib/catalog/schema';
import { toJsonSchema } from '../site/json-schema';

/** `/catalog.schema.json`: JSON Schema of /catalog.json, derived from the zod schema that validates the catalogue. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title: 'AI API error catalogue', ...toJsonSchema(catalogSchema) }, null, 2),
    { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } },
  );
