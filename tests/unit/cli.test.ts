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

  it('says a quota of zero is a plan to change, not a limit to wait for (home-assistant/core#132832)', () => {
    const { code, stdout } = diagnose([], pasteById('b16-gm-ha-429-quota-limit-zero-132832', fixtures).text);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Retry: Do not retry: the quota for this is zero/m);
    expect(stdout).not.toMatch(/Not before the limit resets/);
  });

  it("marks a status the paste does not print as the kind's usual one (aledipa/Free-GPT4-WEB-API#69)", () => {
    const { code, stdout } = diagnose([], pasteById('b155-freegpt4-hourly-request-limit-69', fixtures).text);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Status: 429 \(usual for this kind; the paste shows none\)/);
    const printed = diagnose([], pasteById('b16-gm-ha-429-quota-limit-zero-132832', fixtures).text);
    expect(printed.stdout).toMatch(/Status: 429(?! \()/);
  });

  it("names the fix file of the paste's own tool and SDK: Anthropic code for an anthropic-python traceback", () => {
    const paste = pasteById('p-an-529-py-overloadederror-boxpwnr-69', fixtures);
    expect([paste.client, paste.provider]).toEqual(['python', 'anthropic']);
    const { code, stdout } = diagnose([], paste.text);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\[python\.anthropic\.py\]/);
    expect(stdout).not.toMatch(/\[python\.(openai|google-genai|azure-openai)\.py\]/);
    // A traceback names its runtime, not a program that printed it.
    expect(stdout).toContain('Output of: Python');
    expect(stdout).not.toContain('Printed by:');
  });

  it('names a printer of clients.json by its name, not its id', () => {
    const paste = fixtures.find((f) => classify(f.text).client === 'litellm')!;
    const { code, stdout } = diagnose([], paste.text);
    expect(code).toBe(0);
    expect(stdout).toContain('Printed by: LiteLLM');
    expect(stdout).not.toContain('Printed by: litellm');
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
    const { code, stdout, stderr } = diagnose(['--batch', file]);
    expect(code).toBe(1);
    expect(stderr).toContain('2 of 7 lines were not usable');
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
    expect(stderr).toMatch(/is over 4 MB, the limit/);
  });

  it('exits 0 for a batch of good lines, 1 when every line is unusable, 2 when there is no line at all', () => {
    const good = join(dir, 'good.jsonl');
    writeFileSync(good, fixtures.slice(0, 2).map((f) => JSON.stringify({ id: f.id, text: f.text })).join('\n'));
    expect(diagnose(['--batch', good]).code).toBe(0);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, 'nope\n{"id": 1}\n');
    const all = diagnose(['--batch', bad]);
    expect(all.code).toBe(1);
    expect(all.stderr).toContain('2 of 2 lines were not usable');
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '\n\n');
    expect(diagnose(['--batch', empty])).toMatchObject({ code: 2, stdout: '' });
  });

  it('reads a large paste from a shell pipe whose producer is slow (the pipe the README shows)', () => {
    const log = join(dir, 'long.log');
    writeFileSync(log, 'INFO starting\n'.repeat(8000) + recognised.text + '\n');
    const result = spawnSync('sh', ['-c', `(head -c 70000 '${log}'; sleep 0.3; tail -c +70001 '${log}') | '${process.execPath}' --import tsx src/cli/diagnose.ts`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`#${classify(recognised.text).entry}`);
  });

  it('refuses endless input at the limit instead of reading it all', () => {
    const { code, stderr } = diagnose(['/dev/zero']);
    expect(code).toBe(2);
    expect(stderr).toContain('/dev/zero is over 4 MB');
  });

  it('reads a UTF-16 log as PowerShell writes it', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(recognised.text, 'utf16le')]);
    const { code, stdout } = diagnose(['--json'], utf16);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).entry).toBe(classify(recognised.text).entry);
  });

  it('prints the paste\'s control characters and direction overrides as visible escapes, never raw', () => {
    const hostile = `${recognised.text}\nx-request-id: req_\u001b[2J\u202eevil\r`;
    const { code, stdout } = diagnose([], hostile);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('survives binary input', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256));
    const { code, stdout } = diagnose(['--json'], bytes);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).kind).toBeTypeOf('string');
  });
});
