import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { labelledPastes } from '../shared/pastes';
import { ADVERSARIAL } from './adversarial';
import { dataAssetWeights, formatWeights, htmlWeights } from './page-weight';
import { startPreview } from './preview-server';

/** Size and speed of the built site: JavaScript per page (gzip) and paste-to-result time in Chromium. */

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const PORT = 4391;

/** Every JS file a page loads: its scripts, islands and preloads, and whatever those import, transitively. */
function pageScripts(pagePath: string): Set<string> {
  const html = readFileSync(join(DIST, pagePath, 'index.html'), 'utf8');
  const found = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const url = queue.pop()!;
    if (found.has(url)) continue;
    found.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(posix.join(posix.dirname(url), m[1]!));
  }
  return found;
}

const gzipTotal = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Runs in the page: for each paste, the time from the paste event to the result's next rendered frame. */
const MEASURE_IN_PAGE = `async (pastes) => {
  const area = document.querySelector('#dx-input');
  const result = document.querySelector('.dx-result');
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  const out = [];
  for (const text of pastes) {
    area.value = '';
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
    await frame();
    await frame();
    const start = performance.now();
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(true); });
      observer.observe(result, { attributes: true, childList: true, subtree: true });
      setTimeout(() => { observer.disconnect(); resolve(false); }, 2000);
    });
    // A paste as the browser delivers it: the paste event first; the text lands in the box unless the page took it.
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    if (area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))) {
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
    const rendered = await changed;
    await frame();
    out.push(rendered ? performance.now() - start : -1);
  }
  return out;
}`;

/** The JS files a page fetches while it loads and hydrates, as site paths. */
async function scriptsFetched(browser: Browser, url: string): Promise<Set<string>> {
  const page = await browser.newPage();
  const fetched = new Set<string>();
  page.on('request', (request) => { const { pathname } = new URL(request.url()); if (pathname.endsWith('.js')) fetched.add(pathname); });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  return fetched;
}

export async function benchSite(): Promise<void> {
  if (!existsSync(join(DIST, 'diagnose', 'index.html'))) {
    console.log('site: no build found in dist/ — run `npm run build` first to measure the site');
    return;
  }
  const plain = pageScripts('guides/retry-and-backoff');
  const diagnose = pageScripts('diagnose');
  const extra = [...diagnose].filter((f) => !plain.has(f));
  console.log(`JS reachable by imports (gzip, including lazy chunks a page may never fetch): plain content page ${kb(gzipTotal(plain))}, /diagnose/ ${kb(gzipTotal(diagnose))}, extra for /diagnose/ ${kb(gzipTotal(extra))}`);
  const pages = htmlWeights(DIST);
  const named = ['/', '/diagnose/', '/status/429/', '/failures/connection/', '/zh-cn/status/503/'].map((p) => pages.find((w) => w.path === p));
  console.log(`HTML (gzip, budget 40 KB per page): heaviest ${pages[0]?.path} ${kb(pages[0]?.gzipBytes ?? 0)}; ${named.map((w) => w && `${w.path} ${kb(w.gzipBytes)}`).join(', ')}`);
  console.log(formatWeights(pages, 8));
  const data = dataAssetWeights(DIST);
  const line = (files: typeof data) => files.map((w) => `${w.path} ${kb(w.gzipBytes)} (${kb(w.rawBytes)} raw)`).join(', ');
  const first = data.filter((w) => w.path.startsWith('/data/diagnose-'));
  console.log(`diagnose data the first verdict waits for (gzip, budget 120 KB): ${line(first)}`);
  console.log(`fetched with it, read when a fix or "More detail" shows: ${line(data.filter((w) => !first.includes(w)))}`);

  const server = await startPreview(PORT);
  try {
    const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-gpu', '--disable-background-networking'] });
    const page = await browser.newPage();
    const fetchedJs = await scriptsFetched(browser, `${server.origin}/guides/retry-and-backoff/`);
    const fetched = new Set<string>();
    page.on('request', (request) => { const { pathname } = new URL(request.url()); if (pathname.endsWith('.js')) fetched.add(pathname); });
    await page.goto(`${server.origin}/diagnose/`);
    await page.waitForSelector('.dx[data-hydrated="true"] .dx-chip');
    await page.focus('#dx-input');
    await page.waitForSelector('.dx[data-ready="true"]');
    const extraFetched = [...fetched].filter((f) => !fetchedJs.has(f));
    console.log(`JS fetched by Chromium (gzip): plain content page ${kb(gzipTotal(fetchedJs))}, /diagnose/ until ready ${kb(gzipTotal(fetched))}, extra for /diagnose/ ${kb(gzipTotal(extraFetched))} = ${gzipTotal(extraFetched)} bytes (budget 40 KB = 40960 bytes)`);
    const texts = labelledPastes().map((f) => f.text);
    // A string, not a function: tsx would add helpers the page does not have.
    const times = (await page.evaluate(`(${MEASURE_IN_PAGE})(${JSON.stringify(texts)})`)) as number[];
    const unchanged = times.filter((t) => t < 0).length;
    times.splice(0, times.length, ...times.filter((t) => t >= 0).sort((a, b) => a - b));
    if (unchanged) console.log(`paste -> result: ${unchanged} paste(s) left the result unchanged (blank text), not timed`);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    console.log(`paste -> result rendered in Chromium over ${times.length} pastes: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms (budget: median < 30 ms)`);
    // Hostile pastes, built in the page from their expressions (one at a time: megabytes each).
    let hostileWorst = 0;
    for (const [label, expression] of ADVERSARIAL) {
      const [t] = (await page.evaluate(`(${MEASURE_IN_PAGE})([${expression}])`)) as number[];
      hostileWorst = Math.max(hostileWorst, t!);
      console.log(`paste -> result, hostile: ${label.padEnd(32)} ${t! < 0 ? 'no change (blank text)' : `${t!.toFixed(1)} ms`}`);
    }
    console.log(`paste -> result, hostile worst: ${hostileWorst.toFixed(1)} ms (bound: 50 ms + one 16.7 ms frame)`);
    await browser.close();
  } finally {
    server.stop();
  }
}
