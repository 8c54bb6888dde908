import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startPreview } from './preview-server';

/**
 * Lighthouse 12 on the built site with the system Chromium (mobile profile, its default): the four category scores
 * per page, each the median of RUNS runs, as Lighthouse advises for scores that vary from run to run.
 */
const RUNS = 3;

const PORT = 4392;
/** The pages issue 10 sets a budget for, then two plain content pages for reference: what Starlight alone scores here. */
export const AUDITED_PAGES = ['/', '/diagnose/', '/status/429/', '/failures/connection/', '/zh-cn/status/503/', '/kinds/unknown/', '/zh-cn/kinds/unknown/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function auditPages(pages: readonly string[] = AUDITED_PAGES): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.log('lighthouse: no build in dist/ — run `npm run build` first');
    return;
  }
  const server = await startPreview(PORT);
  const chrome = await chromeLauncher.launch({
    ...(existsSync('/usr/bin/chromium') ? { chromePath: '/usr/bin/chromium' } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    console.log(`lighthouse 12${' '.repeat(19)}${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
    for (const path of pages) {
      const runs: number[][] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        runs.push(CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)));
      }
      const median = CATEGORIES.map((_c, i) => runs.map((r) => r[i]!).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!);
      console.log(`${path.padEnd(32)}${median.map((m) => String(m).padStart(15)).join('')}   (performance runs: ${runs.map((r) => r[0]).join(', ')})`);
    }
  } finally {
    await chrome.kill();
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await auditPages();
