import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedKeys, secretPart } from '../../shared/generated-keys';
import { pasteById } from '../../shared/pastes';

/**
 * The package as a user gets it: `npm pack` (which builds it), installed into an empty project, used from plain
 * Node with no build step: the library, the `ai-api-errors` command and the MCP server over stdio.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'ai-api-errors-pack-'));
const project = join(work, 'project');
const bin = () => join(project, 'node_modules', 'ai-api-errors', 'pkg', 'bin.js');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

beforeAll(() => {
  execFileSync(npm, ['pack', '--pack-destination', work], { cwd: ROOT, stdio: 'pipe' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true, type: 'module' }));
  // The package has no dependencies: the install needs nothing but the tarball.
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', join(work, tarball)], { cwd: project, stdio: 'pipe' });
}, 240_000);

function node(args: string[], input = '') {
  const run = spawnSync(process.execPath, args, { cwd: project, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the packed package in an empty project', () => {
  it('import("ai-api-errors") diagnoses an openai-node RateLimitError and a plain-text relay error', () => {
    const relay = pasteById('z-oneapi-no-token-nextchat-823');
    const openai = pathToFileURL(join(ROOT, 'node_modules', 'openai', 'index.mjs')).href;
    const script = `
      const m = await import('ai-api-errors');
      const { APIError } = await import(${JSON.stringify(openai)});
      const error = APIError.generate(429,
        { error: { message: 'Rate limit reached for gpt-4o-mini in organization org-Q1w2E3 on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
        undefined, new Headers({ 'retry-after': '20', 'x-request-id': 'req_7f3c9a1e2b4d6f8a0c1e3b5d7f9a2c4e' }));
      console.log(JSON.stringify({ name: error.constructor.name, rate: m.diagnoseError(error), relay: m.diagnoseError(${JSON.stringify(relay.text)}), url: m.entryUrl('openai-insufficient-quota') }));`;
    const { code, stdout, stderr } = node(['--input-type=module', '-e', script]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.name).toBe('RateLimitError');
    expect(out.rate).toMatchObject({ kind: 'rate_limit', status: 429, requestId: 'req_7f3c9a1e2b4d6f8a0c1e3b5d7f9a2c4e', retry: { should: true, afterMs: 20_000, sdkRetried: true } });
    expect(out.relay).toMatchObject({ kind: relay.expected.kind, retryable: relay.expected.retryable, retry: { should: relay.expected.retryable === true } });
    expect(out.url).toMatch(/\/status\/429\/#openai-insufficient-quota$/);
  });

  it('npx ai-api-errors diagnose FILE prints the explanation, and --json the Diagnosis', () => {
    const paste = pasteById('z-oneapi-no-token-nextchat-823');
    const file = join(work, 'error.log');
    writeFileSync(file, paste.text);
    const text = node([bin(), 'diagnose', file]);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Retry: /m);
    expect(text.stdout).toMatch(/https:\/\/\S+#\S+/);
    const json = node([bin(), 'diagnose', '--json', file]);
    expect(JSON.parse(json.stdout)).toMatchObject({ kind: paste.expected.kind });
    const usage = node([bin(), 'nonsense']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown command');
  });

  it('its types compile in a TypeScript consumer (nodenext, no skipLibCheck)', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { diagnoseError, entryUrl, type ErrorDiagnosis } from 'ai-api-errors';
       const d: ErrorDiagnosis = diagnoseError(new Error('x'));
       const wait: number | null = d.retry.afterMs;
       const kind: 'rate_limit' | string = d.kind;
       const url: string | null = entryUrl('x', 'zh-cn');
       export { wait, kind, url };`,
    );
    const options = { noEmit: true, strict: true, module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'], types: [], skipLibCheck: false };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['use.ts'] }));
    const run = node([join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
    expect(run.stdout + run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('the MCP server of the packed package, over stdio', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ name: 'packed-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [bin(), 'mcp'], cwd: project, stderr: 'pipe' }));
  }, 60_000);
  afterAll(() => client?.close());

  it('lists diagnose_error and lookup_error', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['diagnose_error', 'lookup_error']);
  });

  it('diagnose_error gives the verdict of a paste that holds a key, and returns the key nowhere', async () => {
    const paste = pasteById('z-oneapi-no-token-nextchat-823');
    const generated = generatedKeys().find((k) => k.label === 'OpenAI project key')!;
    const key = generated.key;
    const result = await client.callTool({ name: 'diagnose_error', arguments: { text: `OPENAI_API_KEY=${key}\nAuthorization: Bearer ${key}\n${paste.text}` } });
    const everything = JSON.stringify(result);
    expect(everything).not.toContain(key);
    expect(everything).not.toContain(secretPart(generated).slice(0, 24));
    expect(result.structuredContent).toMatchObject({ kind: paste.expected.kind, retry: { should: paste.expected.retryable === true } });
    const text = (result.content as { type: string; text: string }[])[0]!.text;
    expect(text).toMatch(/^Retry: /m);
  });

  it('lookup_error finds an entry by id and lists the entries of a status', async () => {
    const byId = await client.callTool({ name: 'lookup_error', arguments: { query: 'openai-insufficient-quota' } });
    expect((byId.content as { text: string }[])[0]!.text).toMatch(/^## .+\n\n`openai-insufficient-quota`/);
    const byStatus = await client.callTool({ name: 'lookup_error', arguments: { query: '529' } });
    expect((byStatus.content as { text: string }[])[0]!.text).toContain('anthropic-overloaded');
  });

  it('serves each entry as a Markdown resource', async () => {
    const { resources } = await client.listResources();
    expect(resources.length).toBeGreaterThan(100);
    const read = await client.readResource({ uri: 'ai-api-errors://entry/anthropic-overloaded' });
    expect(read.contents[0]).toMatchObject({ mimeType: 'text/markdown' });
    expect((read.contents[0] as { text: string }).text).toContain('anthropic-overloaded');
  });
});
