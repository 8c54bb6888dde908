import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, listFiles, read } from './source-files';

/** STYLE.md section 6: which layer may import what. Type-only imports are erased and always allowed. */
type Layer = 'lib' | 'loader' | 'cli' | 'package' | 'islands' | 'site' | 'components' | 'routes' | 'docs' | 'catalog';
const LAYER_DIRS: Record<Exclude<Layer, 'docs' | 'catalog'>, string> = {
  lib: 'src/lib/',
  loader: 'src/loader/',
  cli: 'src/cli/',
  package: 'src/package/',
  islands: 'src/islands/',
  site: 'src/site/',
  components: 'src/components/',
  routes: 'src/routes/',
};
/** `catalog` (content/catalog) is data: only types may be imported from it; the loader reads it from disk. */
const ALLOWED_LAYERS: Record<Layer, Layer[]> = {
  lib: ['lib'],
  loader: ['loader', 'lib'],
  cli: ['cli', 'lib', 'loader'],
  // The npm package: the library, its command and the MCP server. Its one loader import (catalog.ts) is swapped for
  // the packed catalogue when it is bundled, and the build fails if the bundle reaches the loader.
  package: ['package', 'cli', 'lib', 'loader'],
  islands: ['islands', 'lib'],
  site: ['site', 'lib', 'loader'],
  components: ['components', 'lib', 'loader', 'site', 'islands'],
  routes: ['routes', 'components', 'lib', 'loader', 'site'],
  docs: ['components'],
  catalog: [],
};
const ALLOWED_PACKAGES: Record<Layer, RegExp> = {
  lib: /^(astro\/zod|fuse\.js(\/basic)?)$/,
  loader: /^(node:|astro\/zod$)/,
  // esbuild and typescript: src/cli/build-package.ts builds the npm package.
  cli: /^(node:|esbuild$|typescript$)/,
  package: /^(node:|@modelcontextprotocol\/sdk\/|zod\/v4$)/,
  islands: /^preact(\/|$)/,
  // pagefind: search-index-integration.ts checks and, if needed, rebuilds the site-search index after the build.
  site: /^(node:|shiki$|astro(\/zod)?$|pagefind$)/,
  components: /^(@astrojs\/starlight\/components|astro(:|$)|preact)/,
  routes: /^(@astrojs\/starlight\/components|astro(:|$))/,
  docs: /^@astrojs\/starlight\/components$/,
  catalog: /^$/,
};
const ALIASES: Record<string, string> = { '@components/': 'src/components/', '@lib/': 'src/lib/' };

function layerOf(path: string): Layer | undefined {
  if (path.startsWith('content/docs/')) return 'docs';
  if (path.startsWith('content/catalog/')) return 'catalog';
  return (Object.entries(LAYER_DIRS) as [Layer, string][]).find(([, dir]) => path.startsWith(dir))?.[0];
}

function resolve(from: string, specifier: string): string | undefined {
  for (const [alias, target] of Object.entries(ALIASES)) if (specifier.startsWith(alias)) return target + specifier.slice(alias.length);
  if (specifier.startsWith('.')) return normalize(join(dirname(from), specifier));
  return undefined;
}

function violations(file: string): string[] {
  const layer = layerOf(file)!;
  const problems: string[] = [];
  for (const { specifier, typeOnly } of importsOf(read(file))) {
    if (typeOnly) continue;
    const target = resolve(file, specifier);
    if (target === undefined) {
      if (!ALLOWED_PACKAGES[layer].test(specifier)) problems.push(`${file} imports package "${specifier}"`);
      continue;
    }
    const targetLayer = layerOf(target);
    if (!targetLayer || !ALLOWED_LAYERS[layer].includes(targetLayer)) problems.push(`${file} imports ${target}`);
  }
  return problems;
}

describe('imports follow the layer table', () => {
  const files = [
    ...listFiles('src', ['.ts', '.tsx', '.astro']),
    ...listFiles('content/docs', ['.mdx']),
  ];

  it('finds the source files, every one of them in a layer', () => {
    expect(files.some((f) => f.startsWith('src/lib/'))).toBe(true);
    expect(files.filter((f) => !layerOf(f))).toEqual([]);
  });

  it('every import is allowed for its layer', () => {
    expect(files.flatMap(violations)).toEqual([]);
  });

  it('the checker catches a forbidden import', () => {
    expect(layerOf('src/lib/x.ts')).toBe('lib');
    expect(ALLOWED_PACKAGES.lib.test('node:fs')).toBe(false);
    expect(ALLOWED_PACKAGES.islands.test('shiki')).toBe(false);
    expect(ALLOWED_PACKAGES.islands.test('astro/zod')).toBe(false);
    expect(ALLOWED_LAYERS.lib.includes(layerOf(resolve('src/lib/a.ts', '../site/highlight')!)!)).toBe(false);
    expect(ALLOWED_LAYERS.islands.includes(layerOf(resolve('src/islands/a.tsx', '../loader/load-catalog')!)!)).toBe(false);
    expect(ALLOWED_LAYERS.lib.includes(layerOf(resolve('src/lib/a.ts', '../../content/catalog/kinds.json')!)!)).toBe(false);
  });
});
