import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './security-headers';

/**
 * Writes a Content-Security-Policy meta tag into every built page: scripts and stylesheets only from this
 * origin or as the exact inline blocks the page ships (by hash), connections, images and fonts only from this
 * origin. Pasted text can reach no other server, and injected markup cannot run.
 */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Every `<tag ...>body</tag>` of the page as [attributes, body], found by a linear scan (no regex backtracking). */
function elements(html: string, tag: string): [string, string][] {
  const found: [string, string][] = [];
  const open = `<${tag}`;
  const close = `</${tag}>`;
  for (let at = html.indexOf(open); at !== -1; at = html.indexOf(open, at + 1)) {
    const next = html[at + open.length];
    if (next !== '>' && next !== ' ' && next !== '\n' && next !== '\t') continue;
    const headEnd = html.indexOf('>', at);
    const end = headEnd === -1 ? -1 : html.indexOf(close, headEnd);
    if (end === -1) break;
    found.push([html.slice(at + open.length, headEnd), html.slice(headEnd + 1, end)]);
    at = end;
  }
  return found;
}

/** Inline <script> bodies that execute (JSON data blocks do not) and inline <style> bodies. */
function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = elements(html, 'script')
    .filter(([attributes]) => !attributes.includes('src=') && !attributes.includes('type="application/json"') && !attributes.includes('type="application/ld+json"'))
    .map(([, body]) => body);
  const styles = elements(html, 'style').map(([, body]) => body);
  return { scripts, styles };
}

function policyFor(html: string): string {
  const { scripts, styles } = inlineBlocks(html);
  const unique = (blocks: string[]) => [...new Set(blocks.map(sha256))].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${unique(scripts)}`.trim(),
    `style-src-elem 'self' ${unique(styles)}`.trim(),
    "style-src-attr 'unsafe-inline'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy goes right after <meta charset> (which must stay within the first 1024 bytes), before any script. */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  return html.replace(/<head>/, `<head>${meta}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

export function cspIntegration(): AstroIntegration {
  return {
    name: 'ai-api-errors:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
        logger.info(`Content-Security-Policy written into ${files.length} pages`);
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}
