import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { LANGS, type Lang } from '../lib/catalog/ids';
import { SITE_ORIGIN } from '../lib/urls';
import { loadCatalog } from '../loader/load-catalog';
import { llmsFull, llmsIndex, type DocPage } from '../site/llms-txt';

/** `/llms.txt`, `/llms-full.txt` and their `/zh-cn/` twins (see src/site/llms-txt.ts). */
export const getStaticPaths = (() =>
  LANGS.flatMap((lang) => (['llms', 'llms-full'] as const).map((file) => ({ params: { lang: lang === 'en' ? undefined : lang, file }, props: { lang, file } })))) satisfies GetStaticPaths;

async function pagesIn(lang: Lang): Promise<DocPage[]> {
  const prefix = lang === 'en' ? '' : `${lang}/`;
  const docs = await getCollection('docs', (d) => (lang === 'en' ? !/^zh-cn\//.test(d.id) : d.id.startsWith(prefix)));
  return docs.map((d) => ({
    path: `/${d.id.slice(prefix.length)}/`.replace(/\/index\/$/, '/').replace(/^\/\/$/, '/'),
    title: d.data.title,
    description: d.data.description,
    order: d.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER,
  }));
}

export const GET: APIRoute<{ lang: Lang; file: 'llms' | 'llms-full' }> = async ({ props: { lang, file } }) => {
  const catalog = loadCatalog();
  const pages = await pagesIn(lang);
  const body = file === 'llms' ? llmsIndex(catalog, pages, lang, SITE_ORIGIN) : llmsFull(catalog, pages, lang, SITE_ORIGIN);
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
