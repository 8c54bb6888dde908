/** Reading built pages: their HTML files and the prose of their `<main>` (used by the rendered-page tidy tests). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Elements whose text is code, an error string or not prose: never checked. `astro-island` is the diagnose tool,
 * whose strings live in `content/catalog/ui/` (checked by chinese.test.ts) and whose markup is its own code.
 */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'template', 'textarea', 'mark', 'q', 'astro-island']);
/** Elements that run inside a line of prose. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function htmlFiles(dir: string): string[] {
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
