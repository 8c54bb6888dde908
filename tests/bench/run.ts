import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { classify } from '../../src/loader/classify';
import { redact } from '../../src/lib/redact';
import { shownPaste } from '../../src/lib/shown-paste';
import { ADVERSARIAL, buildPaste } from './adversarial';
import { labelledPastes } from '../shared/pastes';
import { heldOutSummary } from './held-out-summary';
import { readerAgreement } from './reader-agreement';
import { auditPages } from './audit';
import { benchBuild } from './build';
import { benchSite } from './site';

/**
 * Prints numbers on this machine, nothing passes or fails: classify / redact / CLI timings; the held-out pastes'
 * scores, and how a careful reader's labels from the text alone and the classifier's compare with the threads' labels;
 * then, unless `--quick`, the build time against a plain Starlight site of the same size (this rebuilds dist/); page
 * and data sizes, the JS per page and paste-to-result time in Chromium; and, unless `--quick`, Lighthouse scores.
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

// What the page and the CLI do with a paste: classify it all, redact what they show or share (shownPaste; the CLI
// redacts its evidence inside classify). `redact` of the whole text is printed too: a caller of the library pays it.
let worst = 0;
for (const [label, expression] of ADVERSARIAL) {
  const text = buildPaste(expression);
  const c = time(() => classify(text), 3);
  const evidence = classify(text).evidence.map((e) => e.text);
  const r = time(() => shownPaste(text, evidence), 3);
  const whole = time(() => redact(text), 3);
  worst = Math.max(worst, c + r);
  console.log(`adversarial: ${label.padEnd(32)} classify ${ms(c).padStart(9)}  redact shown ${ms(r).padStart(9)}  (whole text ${ms(whole)})`);
}
console.log(`adversarial worst classify + redact shown: ${ms(worst)} (bound 50 ms)`);

heldOutSummary();
readerAgreement();

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
