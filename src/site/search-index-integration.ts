import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Starlight builds the site-search index with Pagefind. On a loaded two-core machine Pagefind once left some of its
 * files empty (`pagefind-entry.json` among them): search then fails in the browser ("Failed to load Pagefind
 * metadata") while the build reports success; another run left its Chinese WASM cut at 64 KiB ("Failed to load the
 * Pagefind WASM: unexpected EOF"). This runs after Starlight, checks the index, builds it again the same way when it is
 * incomplete, and fails the build if the second index is incomplete too.
 */

/** Pagefind's own files, each gzip-compressed whole: one that does not decompress was cut short. */
const GZIPPED = /\.(pagefind|pf_meta|pf_index|pf_fragment)$/;

function cutShort(path: string): boolean {
  try {
    gunzipSync(readFileSync(path));
    return false;
  } catch {
    return true;
  }
}

/**
 * What is wrong with the index in `outDir`: missing or unreadable entry file, a language without metadata, empty files,
 * compressed files cut short.
 */
export function indexProblems(outDir: string): string[] {
  const problems: string[] = [];
  let entry: { languages?: Record<string, { hash: string }> } = {};
  try {
    entry = JSON.parse(readFileSync(join(outDir, 'pagefind-entry.json'), 'utf8')) as typeof entry;
  } catch (error) {
    return [`pagefind-entry.json: ${(error as Error).message}`];
  }
  const languages = Object.values(entry.languages ?? {});
  if (languages.length === 0) problems.push('pagefind-entry.json names no language');
  for (const { hash } of languages) {
    if (!existsSync(join(outDir, `pagefind.${hash}.pf_meta`))) problems.push(`pagefind.${hash}.pf_meta is missing`);
  }
  for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(outDir, name));
    if (!stat.isFile()) continue;
    if (stat.size === 0) problems.push(`${name} is empty`);
    else if (GZIPPED.test(name) && cutShort(join(outDir, name))) problems.push(`${name} is cut short`);
  }
  return problems;
}

async function buildIndex(siteDir: string, outDir: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
}

export function searchIndexIntegration(): AstroIntegration {
  return {
    name: 'ai-api-errors:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const outDir = join(siteDir, 'pagefind');
        const first = indexProblems(outDir);
        if (first.length === 0) return;
        logger.warn(`search index incomplete (${first.slice(0, 3).join('; ')}): building it again`);
        await buildIndex(siteDir, outDir);
        const second = indexProblems(outDir);
        if (second.length > 0) throw new Error(`The search index is still incomplete after a second build: ${second.slice(0, 5).join('; ')}`);
        logger.info('search index complete');
      },
    },
  };
}
