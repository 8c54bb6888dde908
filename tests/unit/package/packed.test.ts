import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
    // As a user types it: npx finds the command the install linked into node_modules/.bin.
    const npx = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--offline', 'ai-api-errors', 'diagnose', file], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const text = { code: npx.status, stdout: npx.stdout, stderr: npx.stderr };
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

/** The retry wrapper the README shows, the same block as on the guide page in both languages. */
function readmeWrapper(): string {
  const block = (file: string) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const start = text.indexOf("```js\nimport OpenAI from 'openai';");
    if (start < 0) throw new Error(`${file} has no retry wrapper`);
    return text.slice(start + 6, text.indexOf('```', start + 6));
  };
  const readme = block('README.md');
  expect(block('content/docs/guides/use-with-agents.mdx')).toBe(readme);
  expect(block('content/docs/zh-cn/guides/use-with-agents.mdx')).toBe(readme);
  return readme;
}

describe('the README retry wrapper, run with the packed package', () => {
  it('waits what the 429 asks, retries, and returns the reply', async () => {
    let calls = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        calls++;
        if (calls === 1) {
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after-ms': '80', 'x-request-id': 'req_1f2e3d4c5b6a79880716253443526170' });
          res.end(JSON.stringify({ error: { message: 'Rate limit reached for gpt-4o-mini in organization org-Q1w2E3 on requests per min (RPM): Limit 3, Used 3, Requested 1.', type: 'requests', param: null, code: 'rate_limit_exceeded' } }));
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', created: 0, model: 'gpt-4o-mini', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Hello' } }] }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      // The wrapper imports openai: the project gets the clone's copy (it has no dependencies).
      symlinkSync(join(ROOT, 'node_modules', 'openai'), join(project, 'node_modules', 'openai'), 'dir');
      writeFileSync(join(project, 'wrapper.mjs'), `${readmeWrapper()}\nconsole.log(JSON.stringify(reply.choices[0].message));\n`);
      const env = { ...process.env, OPENAI_API_KEY: 'sk-test-not-a-key', OPENAI_BASE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` };
      const child = spawn(process.execPath, ['wrapper.mjs'], { cwd: project, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({ role: 'assistant', content: 'Hello' });
      expect(calls).toBe(2);
      expect(stderr).toMatch(/^openai-rate-limit \(req_1f2e3d4c5b6a79880716253443526170\): Retry after 80 ms, as the server asked \(retry-after-ms\).* Waiting 80 ms\.$/m);
    } finally {
      server.close();
    }
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
