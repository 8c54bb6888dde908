import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startPreview } from './preview-server';

/** Lighthouse 12 on the built site with the system Chromium: prints the four category scores per page. */

const PORT = 4392;
const PAGES = ['/', '/diagnose/', '/status/429/', '/kinds/billing/', '/clients/cherry-studio/', '/zh-cn/status/503/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync('dist/index.html')) {
  console.error('audit: no build in dist/ — run `npm run build` first');
  process.exit(2);
}
const server = await startPreview(PORT);
const chrome = await chromeLauncher.launch({
  ...(existsSync('/usr/bin/chromium') ? { chromePath: '/usr/bin/chromium' } : {}),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  console.log(`page${' '.repeat(26)}${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  for (const path of PAGES) {
    const result = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const scores = CATEGORIES.map((c) => String(Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)).padStart(15));
    console.log(`${path.padEnd(30)}${scores.join('')}`);
  }
} finally {
  await chrome.kill();
  server.stop();
}
