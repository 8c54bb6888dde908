import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CatalogFile } from '../lib/catalog/validate';

/** Reads every JSON file under content/catalog/ (entries/ and recipes/) as CatalogFile records. */
export function readCatalogFiles(root = process.cwd()): CatalogFile[] {
  const files: CatalogFile[] = [];
  for (const dir of ['entries', 'recipes']) {
    const full = join(root, 'content', 'catalog', dir);
    for (const name of readdirSync(full).filter((n) => n.endsWith('.json')).sort()) {
      const path = join(full, name);
      const file = relative(root, path);
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        data = { $invalidJson: (error as Error).message };
      }
      files.push({ file, data });
    }
  }
  return files;
}
