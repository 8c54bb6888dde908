import { createHighlighter, type BundledLanguage, type Highlighter, type ShikiTransformer } from 'shiki';
import { catalog } from '../lib/catalog';
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
    themes: ['github-light-default', 'github-dark-default'],
    langs: Object.values(SHIKI_LANG).filter((l): l is BundledLanguage => l !== 'text'),
  });
  return highlighter;
}

/** A short class per distinct token style, the same on every page and in every build. */
function classFor(style: string): string {
  let hash = 5381;
  for (let i = 0; i < style.length; i++) hash = ((hash << 5) + hash + style.charCodeAt(i)) >>> 0;
  return `t${hash.toString(36)}`;
}

/** Token styles seen while highlighting, by class; the stylesheet below holds one rule per entry. */
const tokenStyles = new Map<string, string>();

const styleToClass: ShikiTransformer = {
  name: 'style-to-class',
  pre(node) {
    // A code block that scrolls sideways must be reachable by keyboard.
    node.properties['tabindex'] = '0';
  },
  span(node) {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    const name = classFor(style);
    tokenStyles.set(name, style);
    delete node.properties['style'];
    this.addClassToHast(node, name);
  },
};

/**
 * Highlights code at build time into HTML whose colours follow the site's light and dark themes. Tokens carry
 * short classes instead of inline styles (pages repeat the same recipes many times); codeColorsCss() has the rules.
 */
export async function highlight(code: string, lang: CodeLang): Promise<string> {
  const shiki = await getHighlighter();
  return shiki.codeToHtml(code, {
    lang: SHIKI_LANG[lang],
    themes: { light: 'github-light-default', dark: 'github-dark-default' },
    defaultColor: false,
    transformers: [styleToClass],
  });
}

let css: Promise<string> | undefined;

/** The token rules for every snippet the catalogue holds, computed once from all recipe code. */
export function codeColorsCss(): Promise<string> {
  css ??= (async () => {
    for (const recipe of catalog.recipes) {
      for (const variant of Object.values(recipe.variants)) if (variant?.code) await highlight(variant.code, variant.lang ?? 'text');
    }
    return [...tokenStyles].map(([name, style]) => `.${name}{${style}}`).join('\n');
  })();
  return css;
}
