import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, read, ROOT } from './source-files';

/** The docs page file behind a site path such as `/status/429/`, if it exists. */
export function pageFile(path: string): string | undefined {
  const base = join(ROOT, 'content', 'docs', path.replace(/^\/|\/$/g, ''));
  return ['.mdx', '.md'].map((ext) => base + ext).find(existsSync);
}

export interface PagePastes {
  /** `kinds/rate-limit`, without the locale. */
  page: string;
  section: string;
  ids: string[];
}

/** The paste ids each docs page shows with `<Pastes ids={[...]} />`, in both languages. */
export function pagePastes(): PagePastes[] {
  return listFiles('content/docs', ['.mdx']).flatMap((file) => {
    const page = file.replace(/^content\/docs\/(zh-cn\/)?/, '').replace(/\.mdx$/, '');
    return [...read(file).matchAll(/<Pastes ids=\{(\[[^\]]*\])\}/g)].map((m) => ({ page, section: page.split('/')[0]!, ids: JSON.parse(m[1]!) as string[] }));
  });
}

/** Fenced blocks marked `text` left in the docs: pastes belong in the catalogue, so there should be none. */
export function textFences(): string[] {
  return listFiles('content/docs', ['.md', '.mdx']).flatMap((file) => [...read(file).matchAll(/^`{3,}text\b/gm)].map(() => file));
}
