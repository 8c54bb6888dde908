import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/lib/taxonomy';
import { UI_TEXT } from '../../../src/lib/ui-text';
import { listFiles, read } from './source-files';

const CJK = /[\u3400-\u9fff]/;
// Starlight serves one 404 page for every locale.
const pages = listFiles('content/docs', ['.md', '.mdx']).map((f) => f.replace(/^content\/docs\//, '')).filter((p) => p !== '404.md');
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

  it('every UI string and kind meaning is written in Chinese', () => {
    const missing = [
      ...Object.entries(UI_TEXT).filter(([, v]) => !CJK.test(v['zh-cn'] ?? '')).map(([k]) => `ui-text ${k}`),
      ...KINDS.filter((k) => !CJK.test(k.meaning['zh-cn'] ?? '')).map((k) => `kind ${k.id}`),
    ];
    expect(missing).toEqual([]);
  });
});
