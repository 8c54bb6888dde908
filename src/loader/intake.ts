import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../lib/catalog/schema';
import type { Diagnosis } from '../lib/classify';
import { redactWithReport, type SecretType } from '../lib/redact';
import { isKindId } from '../lib/taxonomy';
import { listDir } from './read-json';

/**
 * Taking in a batch of real pastes the way tests/fixtures/README.md ("Measuring blind") asks: check each line against
 * what the project already holds, score the batch against the catalogue as it stands (its first-contact score), and
 * split it into a held-out half and a training half by the hash of each id.
 */

/** One line of a batch file, as the collectors write it (`note` and any other field are not kept). */
export interface BatchPaste {
  id: string;
  text: string;
  source: string;
  origin: string;
  expected: { kind: string; retryable: boolean | null; status: number | null };
  provider: string | null;
  client: string | null;
  lang: string;
}

/** The half a paste belongs to, from its id alone: SHA-1 of the id, held out when its last byte is even. */
export function isHeldOut(id: string): boolean {
  const digest = createHash('sha1').update(id).digest();
  return digest[digest.length - 1]! % 2 === 0;
}

/** What the project already holds: no new paste may reuse an id, a text or a thread of these. */
export interface Stored {
  ids: Set<string>;
  texts: Set<string>;
  sources: Set<string>;
}

export const HELD_OUT_DIR = 'tests/fixtures/held-out';
export const TRAINING_DIR = 'content/training';
/** A thread is the same thread with or without a fragment (`#issuecomment-…`). */
const threadOf = (url: string) => url.split('#')[0]!;
/**
 * A text is the same text spaced, cased or punctuated differently (a message quoted with or without backticks, its
 * JSON re-indented): only its letters and digits are compared.
 */
const lettersAndDigits = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') || text.trim();

export function storedPastes(catalog: Catalog, root = process.cwd()): Stored {
  const stored: Stored = { ids: new Set(), texts: new Set(), sources: new Set() };
  const add = (p: { id: string; text: string; source?: string }) => {
    stored.ids.add(p.id);
    stored.texts.add(lettersAndDigits(p.text));
    if (p.source) stored.sources.add(threadOf(p.source));
  };
  for (const dir of [HELD_OUT_DIR, TRAINING_DIR]) {
    const path = join(root, dir);
    for (const name of listDir(path).files.filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(path, name), 'utf8').split('\n')) if (line.trim()) add(JSON.parse(line) as BatchPaste);
    }
  }
  for (const e of catalog.entries) {
    e.pastes.forEach(add);
    for (const s of e.sources) stored.sources.add(threadOf(s.url));
  }
  catalog.unattributed.forEach(add);
  return stored;
}

/** Credentials, as the redaction names them; what identifies a network or a person (hosts, IPs, ids) may stay. */
const CREDENTIALS: ReadonlySet<SecretType> = new Set(['api_key', 'token', 'password', 'cookie', 'private_key', 'url_credentials', 'cloud_key']);

export interface Checked {
  pastes: BatchPaste[];
  /** Lines that cannot be taken in, each with its line number and why. */
  problems: string[];
  /** What a person must look at before the batch is written: a credential the redaction would remove. */
  warnings: string[];
}

/** Parses and checks a batch file's text; `prefix` is the batch's name (`b345`), which every id starts with. */
export function checkBatch(text: string, prefix: string, stored: Stored): Checked {
  const out: Checked = { pastes: [], problems: [], warnings: [] };
  const seen = { ids: new Set<string>(), texts: new Set<string>() };
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `line ${i + 1}`;
    let p: BatchPaste;
    try {
      p = JSON.parse(line) as BatchPaste;
    } catch (error) {
      out.problems.push(`${where}: not valid JSON (${(error as Error).message})`);
      return;
    }
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      out.problems.push(`${where}: not a JSON object`);
      return;
    }
    const id = typeof p?.id === 'string' ? p.id : '';
    const say = (why: string) => out.problems.push(`${where} (${id || 'no id'}): ${why}`);
    if (!new RegExp(`^${prefix}-[a-z0-9][a-z0-9-]{2,80}$`).test(id)) say(`the id must be "${prefix}-" and lowercase letters, digits and hyphens`);
    else if (stored.ids.has(id) || seen.ids.has(id)) say('the id is taken');
    if (typeof p.text !== 'string' || !p.text.trim()) say('no text');
    else if (stored.texts.has(lettersAndDigits(p.text)) || seen.texts.has(lettersAndDigits(p.text))) say('this text is stored already (drop the paste: the same message from another thread, perhaps spaced or punctuated differently)');
    if (typeof p.source !== 'string' || !/^https:\/\/github\.com\/[^/]+\/[^/]+\/(?:issues|pull|discussions)\/\d+/.test(p.source)) say('the source must be a GitHub issue, pull request or discussion');
    else if (stored.sources.has(threadOf(p.source))) say(`the thread is cited already: ${threadOf(p.source)}`);
    const e = p.expected;
    if (!e || !isKindId(e.kind)) say(`unknown kind "${e?.kind}"`);
    if (e && ![true, false, null].includes(e.retryable)) say('retryable must be true, false or null');
    if (e && !(e.status === null || (Number.isInteger(e.status) && e.status >= 100 && e.status < 600))) say('status must be an HTTP status or null');
    if (typeof p.text === 'string') {
      const found = Object.entries(redactWithReport(p.text).removed).filter(([type]) => CREDENTIALS.has(type as SecretType));
      if (found.length > 0) out.warnings.push(`${where} (${id}): the redaction would remove ${found.map(([type, n]) => `${n} ${type}`).join(', ')}: check that no real credential is left`);
    }
    seen.ids.add(id);
    if (typeof p.text === 'string') seen.texts.add(lettersAndDigits(p.text));
    out.pastes.push({ id, text: p.text, source: p.source, origin: p.origin ?? 'issue', expected: e, provider: p.provider ?? null, client: p.client ?? null, lang: p.lang });
  });
  return out;
}

/** How many verdicts match the labels: kind and retry over all, retry where the label tells, status where it has one. */
export interface Score {
  pastes: number;
  kind: number;
  retry: number;
  told: number;
  retryTold: number;
  stated: number;
  status: number;
  /** The printing program named right, or not named at all. */
  printer: number;
  /** The same with a runtime named (a Python traceback's) taken as the printer, as the score read before 2026-12-07. */
  printerWithRuntime: number;
}

export function scoreBatch(pastes: readonly BatchPaste[], diagnose: (text: string) => Pick<Diagnosis, 'kind' | 'retryable' | 'status' | 'client' | 'runtime'>): Score {
  const score: Score = { pastes: pastes.length, kind: 0, retry: 0, told: 0, retryTold: 0, stated: 0, status: 0, printer: 0, printerWithRuntime: 0 };
  for (const p of pastes) {
    const d = diagnose(p.text);
    const e = p.expected;
    score.kind += +(d.kind === e.kind);
    score.retry += +(d.retryable === e.retryable);
    if (e.retryable !== null) {
      score.told++;
      score.retryTold += +(d.retryable === e.retryable);
    }
    if (e.status !== null) {
      score.stated++;
      score.status += +(d.status === e.status);
    }
    score.printer += +(d.client === null || d.client === p.client);
    const named = d.client ?? d.runtime;
    score.printerWithRuntime += +(named === null || named === p.client);
  }
  return score;
}
