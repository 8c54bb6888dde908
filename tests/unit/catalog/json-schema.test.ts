import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../src/lib/catalog/schema';
import { loadCatalog } from '../../../src/loader/load-catalog';
import { toJsonSchema } from '../../../src/site/json-schema';

describe('the published JSON Schema', () => {
  const schema = toJsonSchema(catalogSchema);
  const catalog = loadCatalog();
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const entry = catalog.entries[0] as unknown as Record<string, unknown>;

  it('describes every part of the catalogue', () => {
    expect(Object.keys((schema as { properties: object }).properties)).toEqual(['kinds', 'providers', 'tools', 'clients', 'sdks', 'statuses', 'ui', 'entries', 'recipes', 'unattributed', 'wordModel']);
  });

  it('accepts the real catalogue', () => {
    expect(validate(JSON.parse(JSON.stringify(catalog))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.each([
    ['a kind outside the taxonomy', (e: Record<string, unknown>) => ({ ...e, kind: 'vibes' })],
    ['a status without a page', (e: Record<string, unknown>) => ({ ...e, statuses: [418] })],
    ['an unknown field', (e: Record<string, unknown>) => ({ ...e, severity: 'high' })],
    ['a missing title', ({ title: _t, ...e }: Record<string, unknown>) => e],
    ['a non-kebab id', (e: Record<string, unknown>) => ({ ...e, id: 'Not_Kebab' })],
    ['a paste without a source', (e: Record<string, unknown>) => ({ ...e, pastes: [{ ...(e['pastes'] as object[])[0], source: undefined }] })],
  ])('rejects %s', (_label, mutate) => {
    const broken = JSON.parse(JSON.stringify({ ...catalog, entries: [mutate(entry)] }));
    expect(validate(broken)).toBe(false);
  });
});
