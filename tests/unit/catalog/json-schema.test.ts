import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { publishedCatalog, publishedCatalogSchema } from '../../../src/site/published-catalog';

describe('the published JSON Schema', () => {
  const schema = publishedCatalogSchema();
  const catalog = publishedCatalog();
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('describes entries and recipes field by field', () => {
    expect(JSON.stringify(schema)).toContain('"enum"');
    expect(Object.keys((schema as unknown as { properties: object }).properties)).toEqual(["entries", "recipes"]);
  });

  it('accepts the real catalogue', () => {
    expect(validate(catalog), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.each([
    ['a kind outside the taxonomy', (e: Record<string, unknown>) => ({ ...e, kind: 'vibes' })],
    ['a status without a page', (e: Record<string, unknown>) => ({ ...e, statuses: [418] })],
    ['an unknown field', (e: Record<string, unknown>) => ({ ...e, severity: 'high' })],
    ['a missing title', ({ title: _t, ...e }: Record<string, unknown>) => e],
    ['a non-kebab id', (e: Record<string, unknown>) => ({ ...e, id: 'Not_Kebab' })],
  ])('rejects %s', (_label, mutate) => {
    const broken = { ...catalog, entries: [mutate(catalog.entries[0] as unknown as Record<string, unknown>)] };
    expect(validate(broken)).toBe(false);
  });
});
