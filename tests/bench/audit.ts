import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Lighthouse 12 on the built site with the system Chromium: prints the four category scores per page. */

const PORT = 4392;
const PAGES = ['/', '/diagnose/', '/status/429/', '/kinds/billing/', '/clients/cherry-studio/', '/zh-cn/status/503/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

if (!existsSync('dist/index.html')) {
  console.error('audit: no build in dist/ — run `npm run build` first');
  process.exit(2);
}
const server = spawn(process.execPath, ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const chrome = await chromeLauncher.launch({
  ...(existsSync('/usr/bin/chromium') ? { chromePath: '/usr/bin/chromium' } : {}),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  console.log(`page${' '.repeat(26)}${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  for (const path of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const scores = CATEGORIES.map((c) => String(Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)).padStart(15));
    console.log(`${path.padEnd(30)}${scores.join('')}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
