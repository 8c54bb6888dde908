import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryById } from '../../src/lib/catalog';
import { loadCatalog } from '../../src/loader/load-catalog';
import { classify } from '../../src/loader/classify';
import { labelledPastes, pasteById } from '../shared/pastes';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'diagnose-test-'));

function diagnose(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/diagnose.ts', ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixtures = labelledPastes();
const recognised = fixtures.find((f) => f.lang === 'en' && classify(f.text).entry !== null)!;
const recognisedZh = fixtures.find((f) => f.lang === 'zh-cn' && classify(f.text).entry !== null)!;

describe('diagnose CLI', () => {
  it('explains a paste from standard input with the entry title, the retry verdict and a link', () => {
    const expected = classify(recognised.text);
    const { code, stdout, stderr } = diagnose([], recognised.text);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(entryById(loadCatalog(), expected.entry!)!.title.en);
    expect(stdout).toMatch(/^Retry: /m);
    expect(stdout).toContain(`#${expected.entry}`);
    expect(stdout).not.toContain('\u001b[');
  });

  it("names the fix file of the paste's own tool and SDK: Anthropic code for an anthropic-python traceback", () => {
    const paste = pasteById('p-an-529-py-overloadederror-boxpwnr-69', fixtures);
    expect([paste.client, paste.provider]).toEqual(['python', 'anthropic']);
    const { code, stdout } = diagnose([], paste.text);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\[python\.anthropic\.py\]/);
    expect(stdout).not.toMatch(/\[python\.(openai|google-genai|azure-openai)\.py\]/);
  });

  it('reads a FILE and prints one Diagnosis with --json', () => {
    const file = join(dir, 'paste.txt');
    writeFileSync(file, recognised.text);
    const { code, stdout } = diagnose(['--json', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(classify(recognised.text));
  });

  it('answers in Chinese with --lang zh-cn', () => {
    const { code, stdout } = diagnose(['--lang', 'zh-cn'], recognisedZh.text);
    expect(code).toBe(0);
    expect(stdout).toMatch(/重试/);
  });

  it('prints one JSON line per input with --batch, keeping ids and reporting bad lines', () => {
    const file = join(dir, 'batch.jsonl');
    const good = fixtures.slice(0, 5);
    writeFileSync(file, [...good.map((f) => JSON.stringify({ id: f.id, text: f.text })), 'not json', JSON.stringify({ id: 'x' })].join('\n'));
    const { code, stdout } = diagnose(['--batch', file]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    good.forEach((f, i) => expect(lines[i]).toEqual({ id: f.id, ...classify(f.text) }));
    expect(lines[5]).toMatchObject({ id: null, error: 'not a JSON object' });
    expect(lines[6]).toMatchObject({ id: 'x', error: 'needs a "text" string' });
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['--lang', 'fr'], '--lang must be en or zh-cn'],
    [['/no/such/file'], 'no such file'],
    [['--batch'], '--batch needs a file'],
    [[ROOT], 'it is a directory'],
  ])('exits 2 with a one-line reason for %j', (args, reason) => {
    const { code, stderr, stdout } = diagnose(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(reason);
  });

  it('refuses an empty input and an input over the size limit clearly', () => {
    expect(diagnose([], '   \n').stderr).toContain('the input is empty');
    const big = join(dir, 'big.log');
    writeFileSync(big, 'x'.repeat(5 * 1024 * 1024));
    const { code, stderr } = diagnose([big]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/input is 5\.0 MB; the limit is 4 MB/);
  });

  it('survives binary input', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256));
    const { code, stdout } = diagnose(['--json'], bytes);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).kind).toBeTypeOf('string');
  });
});
