import { classify } from '../../src/loader/classify';
import { readJsonlDir } from './jsonl';

/**
 * All held-out pastes pooled (tests/fixtures/held-out), with the two readings of the retry and printer scores that the
 * raw ones hide: retry only where the thread tells whether a retry helped (a `null` label cannot be matched by a
 * yes or a no), and whether a verdict names a program other than the one that printed the paste (the runtime, or
 * LiteLLM whose exception text the paste carries, is not another program). The printer is also scored as it was before
 * a runtime got a field of its own (`client ?? runtime`): a runtime named where the thread names an app counted wrong.
 * Prints totals only.
 */

interface HeldOut {
  text: string;
  client: string | null;
  expected: { kind: string; retryable: boolean | null; status: number | null };
}

const RUNTIMES = new Set(['python', 'node']);

export function heldOutSummary(dir = 'tests/fixtures/held-out'): void {
  const rows = readJsonlDir<HeldOut>(dir);
  let kind = 0, retry = 0, told = 0, retryTold = 0, stated = 0, status = 0, printer = 0, withRuntime = 0, noOther = 0;
  for (const row of rows) {
    const d = classify(row.text);
    const e = row.expected;
    kind += +(d.kind === e.kind);
    retry += +(d.retryable === e.retryable);
    if (e.retryable !== null) {
      told++;
      retryTold += +(d.retryable === e.retryable);
    }
    if (e.status !== null) {
      stated++;
      status += +(d.status === e.status);
    }
    printer += +(d.client === null || d.client === row.client);
    const named = d.client ?? d.runtime;
    const right = named === null || named === row.client;
    withRuntime += +right;
    noOther += +(right || RUNTIMES.has(named!) || (named === 'litellm' && /litellm/i.test(row.text)));
  }
  const pct = (n: number, of: number) => `${((n / Math.max(of, 1)) * 100).toFixed(1)} %`;
  console.log(
    `held-out pastes (${rows.length}): kind ${pct(kind, rows.length)}, retry ${pct(retry, rows.length)} ` +
      `(${pct(retryTold, told)} of the ${told} whose thread tells), status ${pct(status, stated)} of ${stated}, ` +
      `printer right or unnamed ${pct(printer, rows.length)} (${pct(withRuntime, rows.length)} counting the runtime as the printer), ` +
      `no other program named ${pct(noOther, rows.length)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) heldOutSummary();
