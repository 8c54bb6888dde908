import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, proseBlocks } from './rendered-html';
import { ROOT } from './source-files';

/**
 * Catalogue strings carry inline Markdown (`code`, **bold**, links): every page must render it, never print it. Walks
 * the prose of every built page (`dist/`, so run `npm run build` first), outside code, and looks for backticks.
 */
const DIST = join(ROOT, process.env.TIDY_DIST ?? 'dist');
const built = existsSync(join(DIST, 'index.html'));

describe.skipIf(!built && process.env.TIDY_REQUIRE_DIST !== '1')('rendered Markdown', () => {
  it('no page shows a raw Markdown backtick or ** in its prose', () => {
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(200);
    const raw: string[] = [];
    for (const file of files) {
      for (const block of proseBlocks(readFileSync(file, 'utf8'))) {
        if (/`|\*\*[\p{L}][^*\n]{0,80}\*\*/u.test(block)) raw.push(`${relative(DIST, file)}: ${block.slice(0, 160)}`);
      }
    }
    expect(raw).toEqual([]);
  });

  it('no English page runs a word into the link after it ("as shown for<a …>")', () => {
    const joined: string[] = [];
    for (const file of htmlFiles(DIST).filter((f) => !relative(DIST, f).startsWith('zh-cn'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/[A-Za-z]<a\s[^>]{0,60}/g)) joined.push(`${relative(DIST, file)}: ${m[0]}`);
    }
    expect(joined).toEqual([]);
  });
});

if (!built) console.log('rendered-markdown.test.ts: no build in dist/, skipped (run `npm run build` first)');
