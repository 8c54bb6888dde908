import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip (level 9) sizes of the built site's HTML pages and data assets. */

/** One measured file: its site path and its raw and gzip sizes in bytes. */
export interface Weight {
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Files under dir (recursively) whose name passes keep, as POSIX paths relative to dir. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => keep(basename(rel)))
    .map((rel) => rel.split(sep).join('/'));
}

/** Measures each file (rel to dir) and sorts by gzip size, heaviest first; toPath turns rel into the site path. */
function measure(dir: string, rels: string[], toPath: (rel: string) => string): Weight[] {
  return rels
    .map((rel) => {
      const buf = readFileSync(join(dir, rel));
      return { path: toPath(rel), rawBytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.path.localeCompare(b.path));
}

/** Every index.html and 404.html under distDir, as site paths (`/status/429/`, `/404.html`), heaviest gzip first. */
export function htmlWeights(distDir: string): Weight[] {
  const rels = filesUnder(distDir, (name) => name === 'index.html' || name === '404.html');
  return measure(distDir, rels, (rel) => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
}

/** Every .json file under distDir/data/ (none if that folder does not exist), heaviest gzip first. */
export function dataAssetWeights(distDir: string): Weight[] {
  const dataDir = join(distDir, 'data');
  return measure(dataDir, filesUnder(dataDir, (name) => name.endsWith('.json')), (rel) => `/data/${rel}`);
}

/** A plain-text table (path, raw KB, gzip KB) of the first limit rows. */
export function formatWeights(rows: readonly Weight[], limit: number): string {
  const shown = rows.slice(0, Math.max(0, limit));
  const width = Math.max(4, ...shown.map((r) => r.path.length));
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(10);
  const lines = [`${'path'.padEnd(width)}${'raw KB'.padStart(10)}${'gzip KB'.padStart(10)}`];
  for (const r of shown) lines.push(`${r.path.padEnd(width)}${kb(r.rawBytes)}${kb(r.gzipBytes)}`);
  if (rows.length > shown.length) lines.push(`… ${rows.length - shown.length} more`);
  return lines.join('\n');
}
