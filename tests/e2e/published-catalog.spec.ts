import Ajv from 'ajv';
import { expect, test } from '@playwright/test';
import { publishedCatalog } from './catalog-data';

test('/catalog.json validates against /catalog.schema.json', async ({ request }) => {
  const schema = await (await request.get('/catalog.schema.json')).json();
  const catalog = await publishedCatalog(request);
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const valid = validate(catalog);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  expect(catalog.entries.length).toBeGreaterThan(0);
});

test('the schema rejects a catalogue with a kind outside the taxonomy', async ({ request }) => {
  const schema = await (await request.get('/catalog.schema.json')).json();
  const catalog = await publishedCatalog(request);
  const ajv = new Ajv({ allErrors: true, strict: false });
  const broken = { ...catalog, entries: [{ ...catalog.entries[0], kind: 'vibes' }] };
  expect(ajv.validate(schema, broken)).toBe(false);
});
