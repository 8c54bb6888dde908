import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CJK_RANGES } from '../../../src/lib/cjk';
import { loadCatalog } from '../../../src/loader/load-catalog';
import allowedFile from './chinese-rendered-allowed.json';
import { htmlFiles, proseBlocks } from './rendered-html';
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
/** English words in a row that make a sentence rather than a name. */
const RUN = 3;


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

describe.skipIf(!built && process.env.TIDY_REQUIRE_DIST !== '1')('the built Chinese pages read as Chinese', () => {
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
