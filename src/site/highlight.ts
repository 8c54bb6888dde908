import { createHighlighter, type BundledLanguage } from 'shiki';
import type { CodeLang } from '../lib/catalog/ids';
import type { Catalog } from '../lib/catalog/schema';
import type { CodeLines } from '../lib/code-lines';

const SHIKI_LANG: Record<CodeLang, BundledLanguage | 'text'> = {
  python: 'python',
  js: 'javascript',
  bash: 'bash',
  powershell: 'powershell',
  json: 'json',
  yaml: 'yaml',
  text: 'text',
};
const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Every recipe file highlighted once, by `<recipe>/<file name>`, and the stylesheet for all their token classes. */
export interface HighlightedCatalog {
  files: ReadonlyMap<string, CodeLines>;
  css: string;
}

export const fileKey = (recipeId: string, fileName: string) => `${recipeId}/${fileName}`;

let done: Promise<HighlightedCatalog> | undefined;

/**
 * Highlights every recipe file at build time into lines of [class, text] tokens whose colours follow the site's light
 * and dark themes. Pages render them as HTML; the diagnose island renders the same tokens, so no highlighter ships.
 */
export function highlightCatalog(catalog: Catalog): Promise<HighlightedCatalog> {
  done ??= (async () => {
    const langs = [...new Set(Object.values(SHIKI_LANG))].filter((l): l is BundledLanguage => l !== 'text');
    const shiki = await createHighlighter({ themes: Object.values(THEMES), langs });
    // A short class per distinct token style (`k0`, `k1`...), numbered in the order styles are first met.
    const styles = new Map<string, string>();
    const classFor = (style: string) => {
      if (!styles.has(style)) styles.set(style, `k${styles.size.toString(36)}`);
      return styles.get(style)!;
    };
    const files = new Map<string, CodeLines>();
    let rootStyle = '';
    for (const recipe of catalog.recipes) {
      for (const { file } of recipe.variants) {
        if (!file) continue;
        const highlighted = shiki.codeToTokens(file.code.replace(/\n$/, ''), { lang: SHIKI_LANG[file.lang], themes: THEMES, defaultColor: false });
        const root = typeof highlighted.rootStyle === 'string' ? highlighted.rootStyle : '';
        rootStyle ||= root;
        // Text in the theme's own foreground colour needs no span: the block's root style gives it that colour.
        const plain = root.split(';').filter((d) => !d.includes('-bg:')).join(';');
        const lines = highlighted.tokens.map((line) => {
          const merged: [string, string][] = [];
          for (const token of line) {
            const style = Object.entries(token.htmlStyle ?? {}).map(([k, v]) => `${k}:${v}`).join(';');
            const name = style && style.toLowerCase() !== plain.toLowerCase() ? classFor(style) : '';
            const last = merged[merged.length - 1];
            // Neighbouring tokens of one colour are one span.
            if (last && last[0] === name) last[1] += token.content;
            else merged.push([name, token.content]);
          }
          return merged;
        });
        files.set(fileKey(recipe.id, file.name), lines);
      }
    }
    const css = [`.shiki{${rootStyle}}`, ...[...styles].map(([style, name]) => `.${name}{${style}}`)].join('\n');
    return { files, css };
  })();
  return done;
}
