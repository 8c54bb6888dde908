import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { classify } from '../../src/loader/classify';
import { redact } from '../../src/lib/redact';
import { labelledPastes } from '../shared/pastes';
import { auditPages } from './audit';
import { benchBuild } from './build';
import { benchSite } from './site';

/**
 * Prints numbers on this machine, nothing passes or fails: classify / redact / CLI timings; then, unless `--quick`,
 * the build time against a plain Starlight site of the same size (this rebuilds dist/); page and data sizes, the JS
 * per page and paste-to-result time in Chromium; and, unless `--quick`, Lighthouse scores.
 */
const quick = process.argv.includes('--quick');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(fn: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const ms = (n: number) => `${n.toFixed(n < 1 ? 3 : 1)} ms`;
const fixtures = labelledPastes();
classify('warm up: Error code: 429');
for (let i = 0; i < 3; i++) for (const f of fixtures) classify(f.text);

const samples: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const f of fixtures) {
    const start = performance.now();
    classify(f.text);
    samples.push(performance.now() - start);
  }
}
samples.sort((a, b) => a - b);
console.log(`classify over the corpus (${fixtures.length} pastes x 20): p50 ${ms(percentile(samples, 50))}, p99 ${ms(percentile(samples, 99))}, max ${ms(samples[samples.length - 1]!)}`);

const logLine = '2026-11-23T10:00:00.123Z INFO request handled path=/v1/chat/completions status=200 latency=812ms user=alice\n';
const bigLog = logLine.repeat(Math.ceil((1024 * 1024) / logLine.length)) + fixtures[0]!.text;
console.log(`1 MB log with the error at the end: classify ${ms(time(() => classify(bigLog)))}, redact ${ms(time(() => redact(bigLog)))}`);

const K100 = 100_000;
const adversarial: [string, string][] = [
  ['100k of one character', 'a'.repeat(K100)],
  ['100k spaces', ' '.repeat(K100)],
  ['deep nesting {[ x 50k', '{"a":['.repeat(50_000)],
  ['unclosed quotes', '"'.repeat(K100)],
  ['unclosed braces', '{'.repeat(K100)],
  ['backslashes', '\\'.repeat(K100)],
  ['escaped unicode', '\\u00'.repeat(K100 / 4)],
  ['1 MB line without newlines', 'error timeout quota '.repeat(52_429)],
  ['repeated status wording', 'Error code: 4'.repeat(K100 / 13)],
  ['repeated key prefixes', 'sk-ant-api03-'.repeat(K100 / 13)],
  ['Bearer without token', 'Bearer '.repeat(K100 / 7)],
  ['x-api-key: without end', 'x-api-key: '.repeat(K100 / 11) + 'a'.repeat(K100)],
  ['ANSI escapes', '\u001b['.repeat(K100 / 2)],
  ['curl exit prefixes', 'curl: ('.repeat(K100 / 7)],
  ['HTML title soup', '<title>'.repeat(K100 / 7)],
  ['binary bytes', Array.from({ length: 1024 * 1024 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
  // The security review's slowest shapes (2026-12-02), at 4 MB.
  ['4 MB of <title> + digit lines', ('error <title>' + '1234567890'.repeat(16) + 'x'.repeat(1830) + '\n').repeat(2048)],
  ['4 M newlines', '\n'.repeat(4 * 1024 * 1024)],
  ['4 MB of status lines', 'status: 4291 request id: 429 Error 429\n'.repeat(4 * 1024 * 1024 / 39)],
  ['2 MB of Bearer Bearer', 'Bearer '.repeat((2 * 1024 * 1024) / 7)],
  // Separator floods the redaction's value reader slows on (issue 14's 50 ms bound).
  ['4 MB of a=', 'a='.repeat(2 * 1024 * 1024)],
  ['4 MB of a:', 'a:'.repeat(2 * 1024 * 1024)],
];
let worst = 0;
for (const [label, text] of adversarial) {
  const c = time(() => classify(text), 3);
  const r = time(() => redact(text), 3);
  worst = Math.max(worst, c, r);
  console.log(`adversarial: ${label.padEnd(30)} classify ${ms(c).padStart(9)}  redact ${ms(r).padStart(9)}`);
}
console.log(`adversarial worst: ${ms(worst)}`);

const dir = mkdtempSync(join(tmpdir(), 'diagnose-bench-'));
const batch = join(dir, 'batch.jsonl');
const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: fixtures[i % fixtures.length]!.text }));
writeFileSync(batch, lines.join('\n'));
const start = performance.now();
execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/diagnose.ts', '--batch', batch], { maxBuffer: 256 * 1024 * 1024 });
const seconds = (performance.now() - start) / 1000;
console.log(`diagnose --batch: ${lines.length} pastes in ${seconds.toFixed(2)} s (${Math.round(lines.length / seconds)} per second, including start-up)`);

if (!quick) await benchBuild();
await benchSite();
if (!quick) await auditPages();
