import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBatch, HELD_OUT_DIR, isHeldOut, scoreBatch, storedPastes, TRAINING_DIR, type BatchPaste } from '../../src/loader/intake';
import { loadCatalog } from '../../src/loader/load-catalog';
import { generatedKeys } from '../shared/generated-keys';

const ROOT = join(import.meta.dirname, '..', '..');
const ids = (dir: string, file: string) =>
  readFileSync(join(ROOT, dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { id: string }).id);

describe('the split of a batch (npm run intake)', () => {
  it('puts each stored paste of every batch split in two halves since b213 on the side its id says', () => {
    // Batches kept whole as held out (b204-b207 and others, named in tests/fixtures/README.md) have no training file.
    const trainingFiles = new Set(readdirSync(join(ROOT, TRAINING_DIR)));
    const split = readdirSync(join(ROOT, HELD_OUT_DIR))
      .map((f) => /^b(\d+)-fresh\.jsonl$/.exec(f))
      .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) >= 213 && trainingFiles.has(`b${m[1]}.jsonl`))
      .map((m) => `b${m[1]}`);
    expect(split.length).toBeGreaterThan(100);
    const misplaced = split.flatMap((b) => [
      ...ids(HELD_OUT_DIR, `${b}-fresh.jsonl`).filter((id) => !isHeldOut(id)),
      ...ids(TRAINING_DIR, `${b}.jsonl`).filter((id) => isHeldOut(id)),
    ]);
    expect(misplaced).toEqual([]);
  });
});

describe('the checks of a batch', () => {
  const catalog = loadCatalog();
  const stored = storedPastes(catalog, ROOT);
  const fresh: BatchPaste = {
    id: 'b999-made-up-1',
    text: 'Error: a message no stored paste has, 7f3c',
    source: 'https://github.com/example/made-up/issues/1',
    origin: 'issue',
    expected: { kind: 'rate_limit', retryable: true, status: 429 },
    provider: null,
    client: null,
    lang: 'en',
  };
  const batch = (...rows: unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');

  it('take a new paste from a new thread as it is', () => {
    const checked = checkBatch(batch(fresh), 'b999', stored);
    expect(checked.problems).toEqual([]);
    expect(checked.warnings).toEqual([]);
    expect(checked.pastes).toEqual([fresh]);
  });

  it('refuse a text, a thread or an id the project holds, and a line that repeats another', () => {
    const held = JSON.parse(readFileSync(join(ROOT, HELD_OUT_DIR, 'b300-fresh.jsonl'), 'utf8').split('\n')[0]!) as BatchPaste;
    const entry = catalog.entries[0]!;
    const rows = [
      { ...fresh, id: 'b999-same-text', text: `  ${held.text}\n` },
      { ...fresh, id: 'b999-same-thread', text: 'another new message, 91ab', source: `${held.source}#issuecomment-1` },
      { ...fresh, id: 'b999-entry-source', text: 'a third new message, 44cd', source: entry.pastes[0]!.source },
      { ...fresh, text: 'a fourth new message, 12ef', source: 'https://github.com/example/made-up/issues/2' },
      { ...fresh, text: 'a fifth new message, 34aa', source: 'https://github.com/example/made-up/issues/3' },
      { ...fresh, id: 'b999-same-words', text: `\`${held.text.toUpperCase().replace(/\s+/g, '  ')}\``, source: 'https://github.com/example/made-up/issues/4' },
    ];
    const { problems } = checkBatch(batch(...rows), 'b999', stored);
    expect(problems).toEqual([
      expect.stringMatching(/^line 1 \(b999-same-text\): this text is stored already/),
      expect.stringMatching(/^line 2 \(b999-same-thread\): the thread is cited already/),
      expect.stringMatching(/^line 3 \(b999-entry-source\): the thread is cited already/),
      'line 5 (b999-made-up-1): the id is taken',
      expect.stringMatching(/^line 6 \(b999-same-words\): this text is stored already/),
    ]);
  });

  it('name every malformed line instead of failing on it', () => {
    const { problems, pastes } = checkBatch(
      batch('{not json', 'null', { ...fresh, id: 'b998-wrong-batch' }, { ...fresh, id: 'b999-bad-label', text: 'x 1', expected: { kind: 'slow', retryable: 'maybe', status: 42 } }, { ...fresh, id: 'b999-blog', text: 'x 2', source: 'https://example.com/blog/1' }),
      'b999',
      stored,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^line 1: not valid JSON/),
      'line 2: not a JSON object',
      'line 3 (b998-wrong-batch): the id must be "b999-" and lowercase letters, digits and hyphens',
      'line 4 (b999-bad-label): unknown kind "slow"',
      'line 4 (b999-bad-label): retryable must be true, false or null',
      'line 4 (b999-bad-label): status must be an HTTP status or null',
      'line 5 (b999-blog): the source must be a GitHub issue, pull request or discussion',
    ]);
    expect(pastes.map((p) => p.id)).toEqual(['b998-wrong-batch', 'b999-bad-label', 'b999-blog']);
  });

  it('ask for a look at every credential the redaction would remove, and not at a masked one', () => {
    const [key] = generatedKeys();
    const rows = [
      { ...fresh, id: 'b999-key', text: `Error code: 401 - Incorrect API key provided: ${key!.key}` },
      { ...fresh, id: 'b999-masked', text: 'Error code: 401 - Incorrect API key provided: sk-XXXX' },
    ];
    const { warnings, problems } = checkBatch(batch(...rows), 'b999', stored);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^line 1 \(b999-key\): the redaction would remove 1 api_key/)]);
  });
});

describe('the first-contact score of a batch', () => {
  const paste = (kind: string, retryable: boolean | null, status: number | null, client: string | null): BatchPaste => ({
    id: 'b999-x',
    text: `${kind} ${retryable} ${status} ${client}`,
    source: '',
    origin: 'issue',
    expected: { kind, retryable, status },
    provider: null,
    client,
    lang: 'en',
  });
  it('counts kind and retry over all pastes, retry where the label tells, status where it has one, the printer right or unnamed', () => {
    const pastes = [paste('rate_limit', true, 429, 'claude-code'), paste('auth', false, null, null), paste('timeout', null, null, 'cline')];
    // Verdicts written out by hand: the first right on everything; the second wrong kind, right retry, names a runtime
    // where the thread names no program; the third right kind, says retry where the thread does not tell, names another
    // program.
    const verdicts = [
      { kind: 'rate_limit', retryable: true, status: 429, client: 'claude-code', runtime: null },
      { kind: 'permission', retryable: false, status: 403, client: null, runtime: 'python' },
      { kind: 'timeout', retryable: true, status: null, client: 'continue', runtime: null },
    ] as const;
    const score = scoreBatch(pastes, (text) => verdicts[pastes.findIndex((p) => p.text === text)]! as never);
    expect(score).toEqual({ pastes: 3, kind: 2, retry: 2, told: 2, retryTold: 2, stated: 1, status: 1, printer: 2, printerWithRuntime: 1 });
  });
});
