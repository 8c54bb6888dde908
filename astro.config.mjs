// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { catalogIntegration } from './src/site/catalog-integration.ts';
import { cspIntegration } from './src/site/csp-integration.ts';
import { searchIndexIntegration } from './src/site/search-index-integration.ts';
import { SEARCH_RANKING } from './src/site/search-ranking.ts';
import { SECURITY_HEADERS } from './src/site/security-headers.ts';
import { sidebar } from './src/site/sidebar.ts';
import { slimFuse } from './src/site/slim-fuse.ts';
import { SITE_ORIGIN } from './src/lib/urls.ts';

export default defineConfig({
  // Starlight 0.37 reads docs only from <srcDir>/content/docs: our docs live in the top-level content/.
  srcDir: './',
  site: SITE_ORIGIN,
  trailingSlash: 'always',
  // Headers a meta tag cannot set (frame-ancestors): sent by astro dev and preview; the build writes dist/_headers.
  server: { headers: SECURITY_HEADERS },
  vite: { plugins: [slimFuse()] },
  integrations: [
    catalogIntegration(),
    starlight({
      title: { en: 'AI API Errors', 'zh-CN': 'AI API 错误参考' },
      description: 'What every Anthropic, OpenAI, Gemini, DeepSeek, OpenRouter, Azure OpenAI and relay error means, whether to retry, and how to fix it.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      sidebar: sidebar(),
      head: [{ tag: 'script', attrs: { type: 'module', src: '/focusable-scroll.js' } }],
      customCss: ['./src/styles/custom.css', './src/styles/diagnose.css'],
      components: { MarkdownContent: './src/components/MarkdownContent.astro' },
      pagefind: { ranking: SEARCH_RANKING },
      plugins: [starlightLinksValidator({ errorOnLocalLinks: false })],
      lastUpdated: false,
      pagination: false,
    }),
    // Preact's JSX transform (Babel) only where JSX is: the default runs Babel over every .ts file too.
    preact({ include: [/\.[jt]sx$/] }),
    // After Starlight, whose build:done hook writes the search index.
    searchIndexIntegration(),
    cspIntegration(),
  ],
});
