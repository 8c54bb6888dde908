import { describe, expect, it } from 'vitest';
import { CJK_CHAR as CJK } from '../../../src/lib/cjk';
import { loadCatalog } from '../../../src/loader/load-catalog';
import { listFiles, read } from './source-files';

// Starlight serves the root 404 page for every missing URL; the Chinese one only replaces its English fallback at /zh-cn/404/.
const pages = listFiles('content/docs', ['.md', '.mdx']).map((f) => f.replace(/^content\/docs\//, '')).filter((p) => p !== '404.md' && p !== 'zh-cn/404.md');
const english = pages.filter((p) => !p.startsWith('zh-cn/'));
const chinese = pages.filter((p) => p.startsWith('zh-cn/')).map((p) => p.slice('zh-cn/'.length));

describe('the Chinese site is as complete as the English one', () => {
  it('every English page has a Chinese page, and every Chinese page an English one', () => {
    expect(english.filter((p) => !chinese.includes(p))).toEqual([]);
    expect(chinese.filter((p) => !english.includes(p))).toEqual([]);
  });

  it('every Chinese page has a Chinese description, and a Chinese title unless it is a product name', () => {
    const field = (file: string, name: string) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(read(file))?.[1] ?? '';
      return new RegExp(`^${name}:(.*)$`, 'm').exec(front)?.[1]?.trim() ?? '';
    };
    const untitled = chinese.filter((p) => {
      const title = field(`content/docs/zh-cn/${p}`, 'title');
      const sameName = title === field(`content/docs/${p}`, 'title');
      return !(CJK.test(title) || sameName) || !CJK.test(field(`content/docs/zh-cn/${p}`, 'description'));
    });
    expect(untitled).toEqual([]);
  });

  it('every Chinese page links within the Chinese site', () => {
    const strays = chinese.flatMap((p) =>
      [...read(`content/docs/zh-cn/${p}`).matchAll(/\]\((\/(?!zh-cn\/|catalog\.)[^)]*)\)/g)].map((m) => `${p}: ${m[1]}`),
    );
    expect(strays).toEqual([]);
  });

  it('every Chinese UI string is written in Chinese', () => {
    const zh = loadCatalog().ui['zh-cn'];
    expect(Object.entries(zh).filter(([, text]) => !CJK.test(text)).map(([key]) => key)).toEqual([]);
  });
});

describe('UI strings and code agree', () => {
  it('every UI string is used by the code (pages, island, CLI), so none drifts unseen', () => {
    const code = listFiles('src', ['.ts', '.tsx', '.astro']).map(read).join('\n');
    const unused = Object.keys(loadCatalog().ui.en).filter((key) => !new RegExp(`(ui\\.${key}\\b|['"]${key}['"])`).test(code));
    expect(unused).toEqual([]);
  });
});
