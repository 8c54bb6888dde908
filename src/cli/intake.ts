import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { classify } from '../loader/classify';
import { checkBatch, HELD_OUT_DIR, isHeldOut, scoreBatch, storedPastes, TRAINING_DIR, type BatchPaste, type Score } from '../loader/intake';
import { CatalogError, loadCatalog } from '../loader/load-catalog';

/**
 * `npm run intake -- bNNN-batch.jsonl [--write]`: a new batch of real pastes, before anything is written from it.
 * Checks every line, prints the batch's first-contact score against the catalogue as it stands (record it in
 * tests/fixtures/README.md), and with --write puts the held-out half in tests/fixtures/held-out/bNNN-fresh.jsonl and
 * the training half in content/training/bNNN.jsonl. It writes nothing while a line has a problem.
 */
const USAGE = 'Usage: npm run intake -- bNNN-batch.jsonl [--write]';

const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)} %`);
const line = (s: Score) =>
  `${s.pastes} pastes: kind ${pct(s.kind, s.pastes)}, retry ${pct(s.retry, s.pastes)} (${pct(s.retryTold, s.told)} of ${s.told} whose thread tells), ` +
  `status ${pct(s.status, s.stated)} of ${s.stated}, printer right or unnamed ${pct(s.printer, s.pastes)} ` +
  `(${pct(s.printerWithRuntime, s.pastes)} counting a runtime as the printer)`;
/** The floor the held-out test keeps a batch at: its first-contact share, cut (not rounded) to three decimals. */
const floor = (n: number, of: number) => (of === 0 ? 1 : Math.floor((1000 * n) / of + 1e-9) / 1000);

function main(args: string[]): number {
  const file = args.find((a) => !a.startsWith('--'));
  const write = args.includes('--write');
  if (!file || args.includes('--help')) {
    console.error(USAGE);
    return file ? 0 : 2;
  }
  if (!existsSync(file)) {
    console.error(`${file}: no such file\n${USAGE}`);
    return 2;
  }
  const prefix = /^(b\d+)/.exec(basename(file))?.[1];
  if (!prefix) {
    console.error(`${file}: the file name must start with the batch's name (b345-batch.jsonl)\n${USAGE}`);
    return 2;
  }
  const catalog = loadCatalog();
  const { pastes, problems, warnings } = checkBatch(readFileSync(file, 'utf8'), prefix, storedPastes(catalog));
  for (const p of problems) console.error(`problem: ${p}`);
  for (const w of warnings) console.error(`check: ${w}`);
  const held = pastes.filter((p) => isHeldOut(p.id));
  const training = pastes.filter((p) => !isHeldOut(p.id));
  const commit = (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      return 'an uncommitted tree';
    }
  })();
  const diagnose = (text: string) => classify(text);
  const [all, h, t] = [pastes, held, training].map((group) => scoreBatch(group, diagnose)) as [Score, Score, Score];
  console.log(`${prefix} at ${commit}: ${line(all)}`);
  console.log(`  held out: ${line(h)}`);
  console.log(`  training: ${line(t)}`);
  if (!write) return problems.length > 0 ? 1 : 0;
  if (problems.length > 0) {
    console.error('nothing written: fix or drop the lines above first');
    return 1;
  }
  const rows = (group: BatchPaste[]) => group.map((p) => JSON.stringify(p)).join('\n') + '\n';
  if (held.length > 0) writeFileSync(join(HELD_OUT_DIR, `${prefix}-fresh.jsonl`), rows(held));
  if (training.length > 0) writeFileSync(join(TRAINING_DIR, `${prefix}.jsonl`), rows(training));
  console.log(`written: ${held.length} to ${HELD_OUT_DIR}/${prefix}-fresh.jsonl, ${training.length} to ${TRAINING_DIR}/${prefix}.jsonl; then run npm run word-model`);
  if (held.length > 0) {
    console.log(`for FIRST_CONTACT in tests/unit/classify/held-out.test.ts:`);
    console.log(`  '${prefix}-fresh.jsonl': { kind: ${floor(h.kind, h.pastes)}, retry: ${floor(h.retry, h.pastes)}, status: ${floor(h.status, h.stated)} },`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof CatalogError ? error.message : String(error));
  process.exitCode = 1;
}
