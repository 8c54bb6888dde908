import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { timePlainStarlightBuild } from './build-baseline';

const ROOT = join(import.meta.dirname, '..', '..');

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).length;
}

/** Builds this site into dist/, then a plain Starlight site with as many pages, and prints both times and their ratio. */
export async function benchBuild(): Promise<void> {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const ours = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`astro build failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
  const pages = countPages(join(ROOT, 'dist'));
  const plain = await timePlainStarlightBuild(pages);
  console.log(`build: this site ${ours.toFixed(1)} s for ${pages} pages; plain Starlight ${plain.seconds.toFixed(1)} s for ${plain.pages} pages; ratio ${(ours / plain.seconds).toFixed(2)}x (budget 2x)`);
}
