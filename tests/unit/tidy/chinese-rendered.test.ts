import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CJK_RANGES } from '../../../src/lib/cjk';
import { loadCatalog } from '../../../src/loader/load-catalog';
import allowedFile from './chinese-rendered-allowed.json';
import { ROOT } from './source-files';

/** A product name or term that may stand in Chinese prose, and why. */
interface Allowed {
  term: string;
  reason: string;
}
const allowed: Allowed[] = allowedFile.terms;

/**
 * The rule for Chinese pages, checked on the built HTML (`dist/zh-cn/`, so run `npm run build` first):
 * no English sentence outside code, error strings, product names and URLs; a full-width colon in Chinese prose; no
 * space between a number and `%`. Product names and terms that may stand in Chinese prose are listed, each with a
 * reason, in `chinese-rendered-allowed.json`.
 */
const DIST = join(ROOT, process.env.TIDY_DIST ?? 'dist', 'zh-cn');
const built = existsSync(DIST);

/**
 * Elements whose text is code, an error string or not prose: never checked. `astro-island` is the diagnose tool,
 * whose strings live in `content/catalog/ui/` (checked by chinese.test.ts) and whose markup is its own code.
 */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'template', 'textarea', 'mark', 'q', 'astro-island']);
/** Elements that run inside a line of prose. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** English words in a row that make a sentence rather than a name. */
const RUN = 3;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/**
 * The prose of a page's `<main>`: one string per block of text outside skipped elements. Inline elements join their
 * text into the block, and a skipped element leaves a space, so that "see `x` for" stays three separate words.
 */
export function proseBlocks(html: string): string[] {
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  const blocks: string[] = [];
  const stack: { tag: string; skip: boolean }[] = [];
  let skipping = 0;
  let current = '';
  const flush = () => {
    if (current.trim()) blocks.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  for (const m of main.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g)) {
    const [, closing, rawTag, attrs, text] = m;
    if (text !== undefined) {
      if (!skipping) current += decode(text);
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (INLINE.has(tag)) current += SKIPPED.has(tag) ? ' ' : '';
    else flush();
    if (VOID.has(tag) || attrs?.trimEnd().endsWith('/')) continue;
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at >= 0) for (const popped of stack.splice(at)) if (popped.skip) skipping--;
    } else {
      const skip = SKIPPED.has(tag) || /\baria-hidden="true"|\shidden[\s=>]|class="[^"]*\bsr-only\b/.test(attrs ?? '');
      stack.push({ tag, skip });
      if (skip) skipping++;
    }
  }
  flush();
  return blocks;
}

/**
 * Every error string the catalogue knows, lowercased with spacing folded: the real pastes, the entries' signals, and
 * the phrases and markers of kinds, statuses, providers, tools, clients and SDKs. English quoted from these is an
 * error string, which a Chinese page shows as printed.
 */
function errorStrings(): string {
  const catalog = loadCatalog();
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (key === 'text' || key === 'phrases' || key === 'signals' || /^\d+$/.test(key)) out.push(value);
    } else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  const { kinds, statuses, providers, tools, clients, sdks } = catalog;
  walk({ kinds, statuses, providers, tools, clients, sdks }, '');
  for (const entry of catalog.entries) {
    out.push(...entry.signals);
    for (const paste of entry.pastes) out.push(paste.text);
  }
  for (const paste of catalog.unattributed) out.push(paste.text);
  return fold(out.join('\n'));
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[\s'’"]+/g, ' ');
}

/** A text with URLs, quoted strings and the allowed terms taken out, so that what is left is prose. */
function withoutAllowed(text: string): string {
  let out = text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ')
    // Quoted text on a Chinese page is what a program printed or a setting is called.
    // Markdown's smart quotes may open with ” after Chinese punctuation, so any double quote pairs with the next.
    .replace(/["“”][^"“”]*["“”]|「[^」]*」|(^|[^A-Za-z])'[^']*'(?![A-Za-z])/g, '$1 · ');
  for (const { term } of [...allowed].sort((a, b) => b.term.length - a.term.length)) out = out.split(term).join(' · ');
  return out;
}

/** Runs of `RUN` or more English words in a row (words separated by spaces and light punctuation only). */
export function englishRuns(text: string): string[] {
  const runs: string[] = [];
  for (const segment of withoutAllowed(text).split(new RegExp(`[${CJK_RANGES}\\u3000-\\u303f\\uff00-\\uffef·—–()\\[\\]{}"“”‘’:;|/<>=]+`))) {
    let run: string[] = [];
    const end = () => {
      if (run.length >= RUN) runs.push(run.join(' '));
      run = [];
    };
    for (const token of segment.split(/\s+/)) {
      const word = token.replace(/^[('"“‘]+|[)'"”’,.!?…]+$/g, '');
      if (/^[A-Za-z][A-Za-z'’-]*$/.test(word)) {
        run.push(word);
        if (/[.!?…]$/.test(token)) end();
      } else end();
    }
    end();
  }
  return runs;
}

const CJK_COLON = new RegExp(`[${CJK_RANGES}]:(?=[${CJK_RANGES}\\s]|$)`);
const SPACED_PERCENT = /\d[ \u00a0]+%/;

describe.skipIf(!built)('the built Chinese pages read as Chinese', () => {
  if (!built) console.log(`chinese-rendered: no build in ${relative(ROOT, DIST)}/ — run \`npm run build\` first`);
  const pages = built
    ? htmlFiles(DIST).map((file) => ({ page: relative(DIST, file), blocks: proseBlocks(readFileSync(file, 'utf8')) }))
    : [];

  it('no English sentence outside code, error strings, URLs and the allowed terms', () => {
    const known = errorStrings();
    const found = pages.flatMap(({ page, blocks }) =>
      blocks.flatMap((b) => englishRuns(b).filter((run) => !known.includes(fold(run))).map((run) => `${page}: ${run}`)),
    );
    expect([...new Set(found)]).toEqual([]);
  });

  it('Chinese prose takes a full-width colon', () => {
    const found = pages.flatMap(({ page, blocks }) => blocks.filter((b) => CJK_COLON.test(b)).map((b) => `${page}: ${b.slice(0, 80)}`));
    expect([...new Set(found)]).toEqual([]);
  });

  it('no space between a number and %', () => {
    const found = pages.flatMap(({ page, blocks }) => blocks.filter((b) => SPACED_PERCENT.test(b)).map((b) => `${page}: ${b.slice(0, 80)}`));
    expect([...new Set(found)]).toEqual([]);
  });

  it('every allowed term is still used, so the list does not grow stale', () => {
    const text = pages.flatMap(({ blocks }) => blocks).join('\n');
    expect(allowed.filter(({ term }) => !text.includes(term)).map(({ term }) => term)).toEqual([]);
  });
});
