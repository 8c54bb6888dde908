import Ajv from 'ajv';
import { expect, test } from '@playwright/test';
import { readCatalog } from '../../src/loader/load-catalog';
import { publishedCatalog } from './catalog-data';

test('/catalog.json is exactly the catalogue the loader reads, and validates against /catalog.schema.json', async ({ request }) => {
  const schema = await (await request.get('/catalog.schema.json')).json();
  const catalog = await publishedCatalog(request);
  expect(catalog).toEqual(JSON.parse(JSON.stringify(readCatalog())));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  expect(validate(catalog), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
});
