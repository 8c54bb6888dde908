import { byCommonness, type Catalog } from '../lib/catalog';
import type { Lang } from '../lib/catalog/ids';
import { entryMarkdown } from '../lib/entry-markdown';
import { colon, localize, type UiKey, type UiStrings } from '../lib/i18n';
import { entryHomePath, fixPath, localePath } from '../lib/urls';

/**
 * `/llms.txt` and `/llms-full.txt` (and their `/zh-cn/` twins), after the llms.txt convention: a title, a summary
 * in a quote, then sections of links. The full file is every entry as Markdown, grouped by the page it lives on,
 * so an agent reads the whole catalogue in one fetch.
 */

export interface DocPage {
  /** Site path without the locale: `/status/429/`. */
  path: string;
  title: string;
  description: string | undefined;
  order: number;
}

const SECTIONS: { folder: string; label: UiKey }[] = [
  { folder: 'guides', label: 'navGuides' },
  { folder: 'status', label: 'navStatus' },
  { folder: 'failures', label: 'navFailures' },
  { folder: 'kinds', label: 'navKinds' },
  { folder: 'providers', label: 'navProviders' },
  { folder: 'clients', label: 'navClients' },
];

const SUMMARY: Record<Lang, string> = {
  en: 'What every error from Anthropic, OpenAI, Gemini, DeepSeek, OpenRouter, Azure OpenAI, the one-api / new-api relays and more means, whether retrying can help and how long to wait, and the fix for Python, Node, curl and each client tool.',
  'zh-cn': 'Anthropic、OpenAI、Gemini、DeepSeek、OpenRouter、Azure OpenAI、one-api / new-api 中转站等返回的每一种错误：含义、能否重试、要等多久，以及 Python、Node、curl 和各客户端工具的修复方法。',
};

const FULL: Record<Lang, string> = {
  en: 'Every catalogue entry as Markdown (message, cause, retry verdict, fixes)',
  'zh-cn': '全部条目的 Markdown（报错、原因、是否重试、修复）',
};

const header = (lang: Lang) => [`# ${lang === 'en' ? 'AI API Errors' : 'AI API 错误参考'}`, '', `> ${SUMMARY[lang]}`, ''];

/** Pages in the order of the sections, then of the sidebar. */
function inOrder(pages: readonly DocPage[]): DocPage[] {
  const section = (p: DocPage) => {
    const i = SECTIONS.findIndex(({ folder }) => p.path.startsWith(`/${folder}/`));
    return i < 0 ? SECTIONS.length : i;
  };
  return [...pages].sort((a, b) => section(a) - section(b) || a.order - b.order || a.path.localeCompare(b.path, 'en', { numeric: true }));
}

export function llmsIndex(catalog: Catalog, pages: readonly DocPage[], lang: Lang, site: string): string {
  const ui = catalog.ui[lang] as UiStrings;
  const link = (title: string, path: string, note?: string) => `- [${title}](${site}${localePath(path, lang)})${note ? `${colon(lang)}${note}` : ''}`;
  const lines = [
    ...header(lang),
    link(ui.navDiagnose, '/diagnose/'),
    `- [${FULL[lang]}](${site}${localePath('/llms-full.txt', lang)})`,
    `- [catalog.json](${site}/catalog.json)`,
    '',
  ];
  for (const { folder, label } of SECTIONS) {
    const inFolder = inOrder(pages).filter((p) => p.path.startsWith(`/${folder}/`));
    if (inFolder.length) lines.push(`## ${ui[label]}`, '', ...inFolder.map((p) => link(p.title, p.path, p.description)), '');
  }
  lines.push(`## ${ui.navFixes}`, '', ...catalog.recipes.map((r) => link(localize(r.title, lang), fixPath(r.id))), '');
  return lines.join('\n');
}

export function llmsFull(catalog: Catalog, pages: readonly DocPage[], lang: Lang, site: string): string {
  const lines = header(lang);
  const titleOf = (path: string) => pages.find((p) => p.path === path)?.title ?? path;
  const byPage = new Map<string, typeof catalog.entries>();
  for (const entry of catalog.entries.filter((e) => !e.deprecated)) {
    const path = entryHomePath(entry);
    byPage.set(path, [...(byPage.get(path) ?? []), entry]);
  }
  const sorted = inOrder(pages);
  const order = (path: string) => sorted.findIndex((p) => p.path === path);
  for (const [path, entries] of [...byPage].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))) {
    lines.push(`# ${titleOf(path)}`, '', `${site}${localePath(path, lang)}`, '');
    for (const entry of [...entries].sort(byCommonness)) lines.push(entryMarkdown(catalog, entry, lang, site), '');
  }
  return lines.join('\n');
}
