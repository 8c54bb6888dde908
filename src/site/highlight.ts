import { createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';
import type { CodeLang } from '../lib/catalog/ids';

const SHIKI_LANG: Record<CodeLang, BundledLanguage | 'text'> = {
  python: 'python',
  ts: 'typescript',
  js: 'javascript',
  bash: 'bash',
  powershell: 'powershell',
  json: 'json',
  yaml: 'yaml',
  ini: 'ini',
  text: 'text',
};

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: ['github-light', 'github-dark'],
    langs: Object.values(SHIKI_LANG).filter((l): l is BundledLanguage => l !== 'text'),
  });
  return highlighter;
}

/** Highlights code at build time into HTML whose colours follow the site's light and dark themes. */
export async function highlight(code: string, lang: CodeLang): Promise<string> {
  const shiki = await getHighlighter();
  return shiki.codeToHtml(code, {
    lang: SHIKI_LANG[lang],
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
  });
}
