import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startPreview } from './preview-server';

/** Lighthouse 12 on the built site with the system Chromium: the four category scores per page. */

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
      const result = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const scores = CATEGORIES.map((c) => String(Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)).padStart(15));
      console.log(`${path.padEnd(32)}${scores.join('')}`);
    }
  } finally {
    await chrome.kill();
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await auditPages();
