import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Every file below `dir` (relative to the repo root) whose name ends with one of `extensions`. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (extensions.some((ext) => name.endsWith(ext))) out.push(relative(ROOT, full));
    }
  };
  walk(join(ROOT, dir));
  return out.sort();
}

export function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

export interface ImportRef {
  specifier: string;
  typeOnly: boolean;
}

/** Static imports, re-exports and dynamic imports of a TypeScript, Astro or MDX file. */
export function importsOf(source: string): ImportRef[] {
  const refs: ImportRef[] = [];
  // Code shown in Markdown fences is text for the reader, not an import of the page.
  source = source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(statement)) refs.push({ specifier: match[3]!, typeOnly: Boolean(match[2]) });
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) refs.push({ specifier: match[1]!, typeOnly: false });
  return refs;
}
