import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './diagnose-helpers';

/** Checks on the built files themselves (dist/), no browser needed. */
const DIST = join(ROOT, 'dist');
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

test('every entry anchor that existed on 2026-12-02 still lands on its entry, in both languages', () => {
  const anchors = readFileSync(join(ROOT, 'tests/fixtures/anchors-2026-12-02.txt'), 'utf8').split('\n').filter(Boolean);
  expect(anchors.length).toBe(176);
  const missing = anchors.flatMap((anchor) => {
    const [path, id] = anchor.split('#') as [string, string];
    return ['', '/zh-cn'].filter((locale) => !html(`${locale}${path}`).includes(`id="${id}"`)).map((locale) => `${locale}${anchor}`);
  });
  expect(missing).toEqual([]);
});

test('the home page and /diagnose/ load the same hashed data file, inlining none of it; both languages share one code file', () => {
  const codeUrls = new Set<string>();
  const dataUrl = (page: string) => [...html(page).matchAll(/dataUrl&quot;:\[0,&quot;(\/data\/diagnose-[a-z-]+-[0-9a-f]{12}\.json)&quot;/g)].map((m) => m[1]);
  for (const [home, diagnose, lang] of [['', 'diagnose', 'en'], ['zh-cn', 'zh-cn/diagnose', 'zh-cn']] as const) {
    const urls = [...dataUrl(home), ...dataUrl(diagnose)];
    expect(urls).toHaveLength(2);
    expect(new Set(urls).size).toBe(1);
    expect(urls[0]).toContain(`diagnose-${lang}-`);
    expect(readdirSync(join(DIST, 'data'))).toContain(urls[0]!.slice('/data/'.length));
    expect(html(diagnose)).not.toContain('application/json');
    codeUrls.add((JSON.parse(readFileSync(join(DIST, urls[0]!), 'utf8')) as { codeUrl: string }).codeUrl);
  }
  expect(codeUrls.size).toBe(1);
  const [codeUrl] = [...codeUrls];
  expect(codeUrl).toMatch(/^\/data\/fixes-[0-9a-f]{12}\.json$/);
  expect(readdirSync(join(DIST, 'data'))).toContain(codeUrl!.slice('/data/'.length));
});

test('the JavaScript /diagnose/ loads carries no zod, no shiki and no catalogue loader', () => {
  const queue = [...html('diagnose').matchAll(/(?:src|href|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(new URL(m[1]!, `http://x${url}`).pathname);
  }
  expect(seen.size).toBeGreaterThan(0);
  const offenders = [...seen].filter((url) => /ZodError|createHighlighter|content\/catalog|node:fs/.test(readFileSync(join(DIST, url), 'utf8')));
  expect(offenders).toEqual([]);
});
