import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Recipe, Variant } from '../../src/lib/catalog/schema';
import { loadCatalog } from '../../src/loader/load-catalog';
import { nodeImportAllowed, nodeImports, pythonImportAllowed, pythonImports } from './imports';
import { startMockApi, type MockApi } from './mock-api';
import { pythonWithSdks, systemPython } from './python-env';

/** Every recipe file compiles or parses, imports only its SDK and the standard library, and runs against a mock API. */

const ROOT = join(import.meta.dirname, '..', '..');
const catalog = loadCatalog(ROOT);
interface RecipeFile {
  recipe: Recipe;
  variant: Variant & { file: NonNullable<Variant['file']> };
  path: string;
}
const files: RecipeFile[] = catalog.recipes.flatMap((recipe) =>
  recipe.variants.flatMap((variant) =>
    variant.file ? [{ recipe, variant: variant as RecipeFile['variant'], path: join(ROOT, 'content/catalog/recipes', recipe.id, variant.file.name) }] : [],
  ),
);
const ofLang = (lang: string) => files.filter((f) => f.variant.file.lang === lang);
const label = (f: RecipeFile) => `${f.recipe.id}/${f.variant.file.name}`;
const allowedImports = (f: RecipeFile) => (f.variant.sdk ? (catalog.sdks[f.variant.sdk].imports[f.variant.tool as 'python' | 'node'] ?? []) : []);

describe('every recipe file compiles or parses', () => {
  it('has files of every kind', () => {
    for (const lang of ['python', 'js', 'bash', 'json', 'yaml']) expect(ofLang(lang).length, lang).toBeGreaterThan(0);
  });

  it('Python files compile', () => {
    const script = 'import sys\nfor p in sys.argv[1:]:\n    compile(open(p, encoding="utf-8").read(), p, "exec")';
    expect(() => execFileSync(systemPython(), ['-c', script, ...ofLang('python').map((f) => f.path)], { stdio: 'pipe' })).not.toThrow();
  });

  it.each(ofLang('js').map((f) => [label(f), f] as const))('node --check %s', (_name, f) => {
    execFileSync(process.execPath, ['--check', f.path], { stdio: 'pipe' });
  });

  it.each(ofLang('bash').map((f) => [label(f), f] as const))('bash -n %s', (_name, f) => {
    execFileSync('bash', ['-n', f.path], { stdio: 'pipe' });
  });

  it.each(ofLang('json').map((f) => [label(f), f] as const))('%s is a JSON object', (_name, f) => {
    const data: unknown = JSON.parse(f.variant.file.code);
    expect(typeof data === 'object' && data !== null && !Array.isArray(data)).toBe(true);
  });

  it.each(ofLang('yaml').map((f) => [label(f), f] as const))('%s is a complete Continue config.yaml', (_name, f) => {
    const doc = parseDocument(f.variant.file.code, { strict: true, uniqueKeys: true });
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    const config = doc.toJS() as Record<string, unknown>;
    expect(Object.keys(config)).toEqual(expect.arrayContaining(['name', 'version', 'schema']));
    expect(Array.isArray(config['models'])).toBe(true);
  });
});

describe('recipe files import only their SDK and the standard library', () => {
  it('Python', () => {
    const imports = pythonImports(systemPython(), ofLang('python').map((f) => f.path));
    const stdlib = new Set(imports.get('<stdlib>'));
    const wrong = ofLang('python').flatMap((f) =>
      (imports.get(f.path) ?? []).filter((name) => !pythonImportAllowed(name, allowedImports(f), stdlib)).map((name) => `${label(f)} imports ${name}`),
    );
    expect(wrong).toEqual([]);
  });

  it('Node', () => {
    const wrong = ofLang('js').flatMap((f) =>
      nodeImports(f.variant.file.code).filter((s) => !nodeImportAllowed(s, allowedImports(f))).map((s) => `${label(f)} imports ${s}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('Python and Node recipe files run their main path against a local mock API', () => {
  let mock: MockApi;
  let python = '';
  let run = 0;
  beforeAll(async () => {
    mock = await startMockApi();
    python = pythonWithSdks();
  }, 600_000);
  afterAll(() => mock?.close());

  const runs = [...ofLang('python'), ...ofLang('js')].flatMap((f) => [
    [label(f), f, 'ok'] as const,
    ...f.recipe.mockScenarios.map((s) => [`${label(f)} (${s})`, f, s] as const),
  ]);
  it.concurrent.each(runs)('%s', async (_name, f, scenario) => {
    const key = `mock-${scenario}-${++run}`;
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      OPENAI_API_KEY: key,
      ANTHROPIC_API_KEY: key,
      ANTHROPIC_BASE_URL: mock.url,
      GEMINI_API_KEY: key,
      GOOGLE_GEMINI_BASE_URL: mock.url,
      AZURE_OPENAI_API_KEY: key,
      AZURE_OPENAI_ENDPOINT: mock.url,
      OPENAI_API_VERSION: '2024-10-21',
      NO_PROXY: '127.0.0.1,localhost',
      PYTHONDONTWRITEBYTECODE: '1',
    };
    // openai-node's AzureOpenAI prefers OPENAI_BASE_URL over AZURE_OPENAI_ENDPOINT: an Azure user sets only the latter.
    if (f.variant.sdk !== 'azure-openai') env['OPENAI_BASE_URL'] = `${mock.url}/v1`;
    // The Entra ID recipe takes a token as `az account get-access-token` prints it; the other recipes send the key.
    if (f.recipe.id === 'use-entra-id-token') env['AZURE_OPENAI_AD_TOKEN'] = key;
    const command = f.variant.file.lang === 'python' ? python : process.execPath;
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(command, [f.path], { cwd: join(f.path, '..'), env, timeout: 90_000 });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('close', (exitCode) => resolve({ code: exitCode, output }));
    });
    expect(code, `${label(f)} exited ${code}:\n${output.slice(-3000)}`).toBe(0);
    if (f.variant.sdk) expect(mock.requestsFor(key), `${label(f)} made no request to the API`).toBeGreaterThan(0);
  }, 120_000);
});

describe('the mock API answers like the real ones', () => {
  it('serves a chat completion', async () => {
    const mock = await startMockApi();
    try {
      const res = await fetch(`${mock.url}/v1/chat/completions`, { method: 'POST', headers: { authorization: 'Bearer k' }, body: '{"model":"m"}' });
      expect(((await res.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content).toBe('pong');
      const flaky = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers: { 'x-api-key': 'flaky-1', 'anthropic-version': '2023-06-01' }, body: '{}' });
      expect(flaky.status).toBe(429);
      expect(mock.requestsFor('flaky-1')).toBe(1);
      expect(readFileSync(join(ROOT, 'tests/recipes/requirements.txt'), 'utf8')).toMatch(/openai==\d/);
    } finally {
      await mock.close();
    }
  });

  it("plays a thinking model's tool call and refuses a follow-up that drops its reasoning", async () => {
    const mock = await startMockApi();
    try {
      const post = async (body: unknown) => {
        const res = await fetch(`${mock.url}/v1/chat/completions`, { method: 'POST', headers: { authorization: 'Bearer k' }, body: JSON.stringify(body) });
        return { status: res.status, body: (await res.json()) as { choices: { message: Record<string, unknown> }[]; error: { message: string } } };
      };
      const tools = [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }];
      const ask = { role: 'user', content: 'umbrella?' };
      const first = await post({ model: 'm', tools, messages: [ask] });
      const turn = first.body.choices[0]!.message;
      expect(turn['reasoning_content']).toEqual(expect.any(String));
      const result = { role: 'tool', tool_call_id: 'call_mock', content: '{"forecast":"rain"}' };
      const kept = await post({ model: 'm', tools, messages: [ask, turn, result] });
      expect([kept.status, kept.body.choices[0]?.message['content']]).toEqual([200, 'pong']);
      const rebuilt = await post({ model: 'm', tools, messages: [ask, { role: 'assistant', content: null, tool_calls: turn['tool_calls'] }, result] });
      expect(rebuilt.status).toBe(400);
      expect(rebuilt.body.error.message).toMatch(/^Missing `reasoning_content` field in the assistant message at message index 1\./);
    } finally {
      await mock.close();
    }
  });
});
