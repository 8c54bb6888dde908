import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN } from '../../../src/lib/urls';
import { loadCatalog } from '../../../src/loader/load-catalog';
import { ROOT } from './source-files';

/**
 * The built `/llms.txt` and `/llms-full.txt` (both languages): the full file holds every entry, the index links only
 * to files the build wrote. Needs `npm run build` first (`npm run test:rendered` runs it after the build).
 */
const DIST = join(ROOT, process.env.TIDY_DIST ?? 'dist');
const built = existsSync(join(DIST, 'llms.txt'));
const catalog = loadCatalog();
const ids = catalog.entries.filter((e) => !e.deprecated).map((e) => e.id);

describe.skipIf(!built && process.env.TIDY_REQUIRE_DIST !== '1')('llms.txt', () => {
  for (const prefix of ['', 'zh-cn/']) {
    it(`/${prefix}llms-full.txt holds every entry, each under its own heading with its id`, () => {
      const full = readFileSync(join(DIST, prefix, 'llms-full.txt'), 'utf8');
      const missing = ids.filter((id) => !new RegExp(`^## .+\\n\\n\`${id}\` · `, 'm').test(full));
      expect(missing).toEqual([]);
      expect(full.match(/^## /gm)?.length).toBe(ids.length);
    });

    it(`/${prefix}llms.txt follows the convention and links only to files the build wrote`, () => {
      const index = readFileSync(join(DIST, prefix, 'llms.txt'), 'utf8');
      expect(index).toMatch(/^# .+\n\n> .+\n/);
      const links = [...index.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThan(100);
      const broken = links.filter((url) => {
        if (!url.startsWith(SITE_ORIGIN)) return true;
        const path = url.slice(SITE_ORIGIN.length);
        return !existsSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
      });
      expect(broken).toEqual([]);
    });
  }
});
