import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Times `astro build` of a plain Starlight site with as many Markdown pages as ours, for comparison in the same run. */

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['guides', 'reference'] as const;

const EN_WORDS = ('request response retry limit quota token model provider gateway client server header status error timeout key '
  + 'account billing region latency stream payload proxy budget window burst backoff upstream network config endpoint usage '
  + 'the a of to and when your after before every with without each is are can should may will not only then often').split(' ');
const ZH_WORDS = ('请求 响应 重试 限制 配额 令牌 模型 服务 网关 客户端 服务器 状态 错误 超时 密钥 账户 计费 区域 延迟 代理 '
  + '预算 窗口 上游 网络 配置 端点 用量 的 和 在 时 如果 需要 可以 应该 不会 然后 每次 之后 之前 通常').split(' ');

/** Deterministic pseudo-random generator (LCG), so every run builds the same content. */
function rng(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** About 600 words of Markdown prose in 4–5 `##` sections, with one list and one 5-line js code block. */
function pageMarkdown(index: number, zh: boolean): string {
  const rand = rng(index + (zh ? 100_000 : 1));
  const pick = (words: readonly string[]) => words[Math.floor(rand() * words.length)]!;
  const words = zh ? ZH_WORDS : EN_WORDS;
  const sentence = (n: number) => {
    const parts = Array.from({ length: n }, () => pick(words));
    return zh ? `${parts.join('')}。` : `${parts.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraph = (wordCount: number) => {
    const out: string[] = [];
    for (let left = wordCount; left > 0; left -= 12) out.push(sentence(Math.min(12, Math.max(4, left))));
    return out.join(zh ? '' : ' ');
  };
  const sections = 4 + (Math.floor(index / 2) % 2);
  const body = [paragraph(60)];
  for (let s = 0; s < sections; s++) {
    body.push(zh ? `## 第${s + 1}节：${pick(words)}${pick(words)}` : `## Section ${s + 1}: ${pick(words)} ${pick(words)}`);
    body.push(paragraph(Math.round(480 / sections)));
    if (s === 1) body.push(['', '', '', ''].map(() => `- ${sentence(5)}`).join('\n'));
    if (s === 2) {
      body.push(['```js', `const res = await fetch(url, { method: 'POST', body: JSON.stringify(payload${index}) });`,
        'if (res.status === 429) {', '  await sleep(Number(res.headers.get(\'retry-after\') ?? 1) * 1000);', '}', '```'].join('\n'));
    }
    body.push(paragraph(10));
  }
  const title = zh ? `页面 ${index}：${pick(words)}${pick(words)}` : `Page ${index}: ${pick(words)} ${pick(words)}`;
  const description = sentence(14).replace(/"/g, '');
  return `---\ntitle: "${title}"\ndescription: "${description}"\n---\n\n${body.join('\n\n')}\n`;
}

/** Writes the throwaway project: package.json, node_modules symlink, config, content config and pageCount pages. */
function writeProject(dir: string, pageCount: number, locales: boolean): void {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }, null, 2));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const localeConfig = locales
    ? `defaultLocale: 'root',\n      locales: { root: { label: 'English', lang: 'en' }, 'zh-cn': { label: '简体中文', lang: 'zh-CN' } },\n      `
    : '';
  // Both caches stay inside the temp dir: through the symlink they would default to our own node_modules/.astro and .vite.
  // preserveSymlinks (here and node --preserve-symlinks): Astro reads a /-path outside its root as root-relative,
  // so modules resolved to their real /work/main/node_modules paths fail ("No cached compile metadata found").
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  cacheDir: './.cache/astro',
  vite: { cacheDir: ${JSON.stringify(join(dir, '.cache', 'vite'))}, resolve: { preserveSymlinks: true } },
  integrations: [
    starlight({
      title: 'Baseline',
      ${localeConfig}sidebar: [${FOLDERS.map((f) => `{ label: '${f}', autogenerate: { directory: '${f}' } }`).join(', ')}],
    }),
  ],
});
`);
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(join(dir, 'src', 'content.config.ts'), `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`);
  // zh-cn mirrors the root slugs so Starlight adds no fallback pages; an odd extra page is zh-cn only.
  const rootCount = locales ? Math.floor(pageCount / 2) : pageCount;
  const files: [string, string][] = [];
  for (let i = 0; i < rootCount; i++) files.push([`${FOLDERS[i % 2]}/page-${i}.md`, pageMarkdown(i, false)]);
  for (let i = 0; i < pageCount - rootCount; i++) files.push([`zh-cn/${FOLDERS[i % 2]}/page-${i}.md`, pageMarkdown(i, true)]);
  for (const [rel, text] of files) {
    const file = join(dir, 'src', 'content', 'docs', rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** Runs `astro build` in dir; resolves with the exit code and the combined output. */
function runBuild(dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', 'node_modules/astro/astro.js', 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** Builds a plain Starlight site of pageCount Markdown pages in a temp dir; returns build seconds and index.html count. */
export async function timePlainStarlightBuild(pageCount: number, locales = true): Promise<{ seconds: number; pages: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'starlight-baseline-'));
  try {
    writeProject(dir, pageCount, locales);
    const start = performance.now();
    const { code, output } = await runBuild(dir);
    const seconds = (performance.now() - start) / 1000;
    if (code !== 0) {
      console.error(output.trimEnd().split('\n').slice(-30).join('\n'));
      throw new Error(`baseline: astro build of the plain Starlight site (${pageCount} pages) failed with exit code ${code}`);
    }
    const dist = join(dir, 'dist');
    if (!existsSync(join(dist, 'pagefind'))) throw new Error('baseline: the plain Starlight build produced no pagefind index');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f === 'index.html' || f.endsWith('/index.html'));
    return { seconds, pages: pages.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
