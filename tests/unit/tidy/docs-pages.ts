import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, read, ROOT } from './source-files';

/** The docs page file behind a site path such as `/status/429/`, if it exists. */
export function pageFile(path: string): string | undefined {
  const base = join(ROOT, 'content', 'docs', path.replace(/^\/|\/$/g, ''));
  return ['.mdx', '.md'].map((ext) => base + ext).find(existsSync);
}

export interface PageExample {
  page: string;
  section: string;
  title: string;
  text: string;
}

/** Every ```text fenced block of the docs pages, in both languages: the pastes a page shows as "what the message looks like". */
export function pageTextExamples(): PageExample[] {
  const examples: PageExample[] = [];
  for (const file of listFiles('content/docs', ['.md', '.mdx'])) {
    const page = file.replace(/^content\/docs\/(zh-cn\/)?/, '').replace(/\.mdx?$/, '');
    const [section = ''] = page.split('/');
    const fence = /^```text([^\n]*)\n([\s\S]*?)^```\s*$/gm;
    for (const m of read(file).matchAll(fence)) {
      const title = /title="([^"]*)"/.exec(m[1]!)?.[1] ?? '';
      examples.push({ page, section, title, text: m[2]! });
    }
  }
  return examples;
}
